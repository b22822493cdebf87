#include "summary_writer.hpp"

namespace summary_plugin {
namespace {

// Appends the parts and a line end (append, not operator+: GCC 12 misjudges chains of the
// latter under -O2 as overlapping copies, -Wrestrict).
template <typename... Parts>
void line(std::string& out, const Parts&... parts) {
    (out.append(parts), ...);
    out.append("\n");
}

}  // namespace

std::string write_summary(const inspraak::ReportModel& model) {
    const bool english = model.language == "en";
    std::string out;
    line(out, model.title);
    line(out, std::string(model.title.size(), '='));
    if (!model.date.empty()) line(out, model.date);
    line(out, "");
    line(out, std::to_string(model.points.size()), english ? " points" : " punten");
    for (const auto& point : model.points) {
        line(out, "");
        line(out, "[", point.id, "] ", point.label);
        line(out, "  ", point.text);
        if (!point.chapters.empty())
            line(out, english ? "  chapter: " : "  hoofdstuk: ", point.chapters.front().number, " ",
                 point.chapters.front().title);
        line(out, "  route: ", point.route_name);
        if (!point.reaction.empty()) line(out, english ? "  reaction: " : "  reactie: ", point.reaction);
    }
    return out;
}

}  // namespace summary_plugin
