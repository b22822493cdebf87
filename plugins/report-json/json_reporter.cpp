#include "json_reporter.hpp"

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

nlohmann::ordered_json report_document(const ReportModel& model) {
    ordered_json chapters = ordered_json::array();
    for (const auto& chapter : model.chapters) chapters.push_back(chapter_json(chapter, false));
    ordered_json submissions = ordered_json::array();
    for (const auto& submission : model.submissions) {
        submissions.push_back(submission_json(submission, model.with_personal_data));
    }
    ordered_json points = ordered_json::array();
    for (const auto& point : model.points) points.push_back(point_json(point));
    ordered_json workstreams = ordered_json::array();
    for (const auto& workstream : model.workstreams) workstreams.push_back(workstream_json(workstream));
    ordered_json changes = ordered_json::array();
    for (const auto& change : model.framework_changes) changes.push_back(change_json(change));

    return ordered_json{
        {"round", {{"title", model.title}, {"date", model.date}, {"language", model.language}}},
        {"framework", {{"title", model.framework_title}, {"chapters", chapters}}},
        {"submissions", submissions},
        {"points", points},
        {"workstreams", workstreams},
        {"problems", model.problems},
        {"framework_changes", changes}};
}

Result<std::string> JsonReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> {
        // Text that is not valid UTF-8 gets U+FFFD instead of failing the whole report.
        return report_document(model).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    });
}

}  // namespace inspraak::report_json
