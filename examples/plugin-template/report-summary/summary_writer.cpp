#include "summary_writer.hpp"

#include <string>

namespace summary_plugin {
namespace {

// Writes the parts and a line end.
template <typename... Parts>
void line(inspraak::report::SinkWriter& out, const Parts&... parts) {
    (out.write(parts), ...);
    out.write("\n");
}

}  // namespace

void write_summary(inspraak::ReportSource& source, inspraak::report::SinkWriter& out) {
    // The head: everything but the points, and how many there are.
    const inspraak::ReportHead& head = source.head();
    const bool english = head.language == "en";
    line(out, head.title);
    line(out, std::string(head.title.size(), '='));
    if (!head.date.empty()) line(out, head.date);
    line(out, "");
    line(out, std::to_string(head.point_count), english ? " points" : " punten");
    // The points in round order, one at a time: memory does not grow with the round.
    inspraak::report::for_each_point(source, {}, [&](const inspraak::ReportEntry& entry) {
        const inspraak::ReportPoint& point = entry.point;
        line(out, "");
        line(out, "[", point.id, "] ", point.label);
        line(out, "  ", point.text);
        if (!point.chapters.empty())
            line(out, english ? "  chapter: " : "  hoofdstuk: ", point.chapters.front().number, " ",
                 point.chapters.front().title);
        line(out, "  route: ", point.route_name);
        if (!point.reaction.empty()) line(out, english ? "  reaction: " : "  reactie: ", point.reaction);
    });
}

}  // namespace summary_plugin
