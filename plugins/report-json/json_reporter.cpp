#include "json_reporter.hpp"

#include "inspraak/report_stream.hpp"

namespace inspraak::report_json {
namespace {

using nlohmann::ordered_json;  // keeps the keys in the order of the contract, for people who read it

ordered_json chapter_json(const ReportChapter& chapter, bool with_score) {
    ordered_json json{{"id", chapter.id}, {"number", chapter.number}, {"title", chapter.title}};
    if (with_score) json["score"] = chapter.score;
    return json;
}

ordered_json submission_json(const ReportSubmission& submission, bool with_personal_data) {
    ordered_json json{{"id", submission.id},
                      {"source", submission.source},
                      {"stakeholder", submission.label},
                      {"group", submission.stakeholder.group}};
    if (with_personal_data) {
        json["contact"] = {{"name", submission.stakeholder.name},
                           {"email", submission.stakeholder.email},
                           {"phone", submission.stakeholder.phone}};
    }
    return json;
}

ordered_json point_json(const ReportPoint& point) {
    ordered_json chapters = ordered_json::array();
    for (const auto& chapter : point.chapters) chapters.push_back(chapter_json(chapter, true));
    // notes, origin, group_size and group_members extend the contract: a campaign's lead stands for its members,
    // which have no entry of their own.
    return ordered_json{{"id", point.id},
                        {"submission", point.submission_id},
                        {"stakeholder", point.label},
                        {"text", point.text},
                        {"chapters", chapters},
                        {"route", point.route},
                        {"confidence", point.confidence},
                        {"why", point.why},
                        {"reaction", point.reaction},
                        {"status", point.status},
                        {"section", point.section},
                        {"route_name", point.route_name},
                        {"notes", point.notes},
                        {"origin", point.origin},
                        {"group_size", point.group_size},
                        {"group_members", point.group_members}};
}

ordered_json workstream_json(const Workstream& workstream) {
    return ordered_json{{"id", workstream.id},
                        {"name", workstream.name},
                        {"description", workstream.description},
                        {"keywords", workstream.keywords}};
}

// A change of the revised framework (the annex "Wijzigingen in het kader"): where it stands,
// where it stood, both texts, the word-by-word difference and the points that led to it.
ordered_json change_json(const ReportChange& change) {
    ordered_json diff = ordered_json::array();
    for (const auto& segment : change.diff) diff.push_back({{"op", segment.op}, {"text", segment.text}});
    ordered_json points = ordered_json::array();
    for (const auto& point : change.points)
        points.push_back({{"id", point.id}, {"stakeholder", point.label}, {"group_size", point.group_size}});
    return ordered_json{{"number", change.number},
                        {"id", change.id},
                        {"kind", change.kind},
                        {"scope", change.scope},
                        {"chapter", {{"number", change.chapter}, {"title", change.chapter_title}}},
                        {"section", change.section},
                        {"page", change.page},
                        {"old", {{"chapter", change.old_chapter}, {"section", change.old_section}, {"page", change.old_page}}},
                        {"old_text", change.old_text},
                        {"new_text", change.new_text},
                        {"diff", diff},
                        {"points", points}};
}

}  // namespace

namespace {

// A value as dump(2) prints it `depth` levels deep: its inner lines indented by as much. JSON text
// has no line break inside a string, so every '\n' is one of the layout's.
std::string printed(const ordered_json& value, int depth) {
    // Text that is not valid UTF-8 gets U+FFFD instead of failing the whole report.
    std::string text = value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
    const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

// A top-level member whose value is an array written element by element, as dump(2) would.
class ArrayMember {
public:
    ArrayMember(report::SinkWriter& out, const char* key) : out_(out) { out_ << "  \"" << key << "\": ["; }
    void add(const ordered_json& element) {
        out_ << (empty_ ? "\n    " : ",\n    ") << printed(element, 2);
        empty_ = false;
    }
    void close(bool last) {
        out_ << (empty_ ? "]" : "\n  ]") << (last ? "\n" : ",\n");
    }

private:
    report::SinkWriter& out_;
    bool empty_ = true;
};

void member(report::SinkWriter& out, const char* key, const ordered_json& value, bool last) {
    out << "  \"" << key << "\": " << printed(value, 1) << (last ? "\n" : ",\n");
}

}  // namespace

Result<void> JsonReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> {
        const ReportHead& model = source.head();
        ordered_json chapters = ordered_json::array();
        for (const auto& chapter : model.chapters) chapters.push_back(chapter_json(chapter, false));
        ordered_json workstreams = ordered_json::array();
        for (const auto& workstream : model.workstreams) workstreams.push_back(workstream_json(workstream));
        ordered_json changes = ordered_json::array();
        for (const auto& change : model.framework_changes) changes.push_back(change_json(change));

        report::SinkWriter out(sink);
        out << "{\n";
        member(out, "round", {{"title", model.title}, {"date", model.date}, {"language", model.language}}, false);
        member(out, "framework", {{"title", model.framework_title}, {"chapters", chapters}}, false);
        ArrayMember submissions(out, "submissions");
        report::for_each_submission(source, [&](const ReportSubmission& submission) {
            submissions.add(submission_json(submission, model.with_personal_data));
        });
        submissions.close(false);
        ArrayMember points(out, "points");
        report::for_each_point(source, {}, [&](const ReportEntry& entry) { points.add(point_json(entry.point)); });
        points.close(false);
        member(out, "workstreams", workstreams, false);
        member(out, "problems", model.problems, false);
        member(out, "framework_changes", changes, true);
        out << "}\n";
        out.flush();
        return {};
    });
}

Result<std::string> JsonReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_json
