// Builds the ReportModel from the store (without personal data unless asked for).
#include "pipeline/report_model.hpp"

#include <fmt/core.h>

#include <map>

#include "group/campaign_text.hpp"
#include "pipeline/change_annex.hpp"
#include "inspraak/text.hpp"
#include "pipeline/general_reaction.hpp"
#include "pipeline/origin.hpp"
#include "privacy/redactor.hpp"
#include "util/paths.hpp"

namespace inspraak::core {
namespace {

ReportChapter report_chapter(const Section& section, double score) {
    return ReportChapter{section.id, section.number, section.title, score};
}

// The lead's text without the sentences the lead added to its group's common text; the text
// itself for a point that leads no group or added nothing.
std::string common_text(const Point& lead, const std::map<std::string, std::vector<std::string>>& members,
                        const std::map<std::string, std::string_view>& texts) {
    const auto group = members.find(lead.id);
    if (group == members.end()) return lead.text;
    std::vector<std::string_view> member_texts{lead.text};
    for (const auto& id : group->second)
        if (auto t = texts.find(id); t != texts.end()) member_texts.push_back(t->second);
    const group::CampaignText split = group::campaign_text(member_texts);
    return split.added.front().empty() || split.common.empty() ? lead.text : split.common;
}

}  // namespace

ReportModel build_report_model(Store& s, const RoundConfig& round, const ReportModelOptions& options) {
    const bool personal = options.with_personal_data;
    const std::string& language = round.language;
    ReportModel model;
    model.title = round.title;
    model.date = round.date;
    model.language = language;
    model.templates_dir = (options.templates_dir.empty() ? default_templates_dir() : options.templates_dir).string();
    model.general_reaction = read_general_reaction(round, model.templates_dir);
    model.workstreams = round.workstreams;
    model.with_personal_data = personal;
    if (!round.word_template.empty()) model.word_template = round.word_template.string();

    Framework framework = s.framework();
    model.framework_title = framework.title;
    std::map<std::string, const Section*> sections;
    for (const auto& section : framework.sections) {
        sections[section.id] = &section;
        if (section.kind != SectionKind::section) model.chapters.push_back(report_chapter(section, 0));
    }
    std::map<std::string, const Workstream*> workstreams;
    for (const auto& w : round.workstreams) workstreams[w.id] = &w;

    std::map<std::string, ReportSubmission> submissions;
    std::map<std::string, std::vector<std::string>> notes;  // per submission
    // Personal data is redacted with the full sender at hand, before it is stripped below.
    std::map<std::string, Stakeholder> senders;
    for (const auto& stored : s.submissions()) {
        senders[stored.id] = stored.stakeholder;
        notes[stored.id] = stored.notes;
        ReportSubmission submission{stored.id, stored.source, stored.stakeholder,
                                    published_sender_label(stored.stakeholder, language)};
        if (!personal) submission.stakeholder.name = submission.stakeholder.email = submission.stakeholder.phone = "";
        submissions[stored.id] = submission;
        model.submissions.push_back(std::move(submission));
    }

    std::map<int64_t, EmbeddedFileRow> embedded;
    for (auto& row : s.embedded_files()) embedded.emplace(row.id, std::move(row));
    const auto origins = s.point_origins();

    // What officers decided to keep public of the personal data found in a point.
    std::map<std::string, KeptPublic> kept;
    for (const auto& row : s.kept_public()) kept[row.point_id].emplace(row.kind, row.text);

    auto classifications = s.classifications();
    auto reactions = s.reactions();
    // A group (a campaign, a remark sent twice) is published once: its lead stands for every
    // member, with the lead's classification and reaction; members get no row of their own.
    const auto groups = s.point_groups();
    const auto members = s.group_members_by_lead();
    const std::vector<Point> points = s.points();
    std::map<std::string, std::string_view> texts;
    for (const auto& point : points) texts[point.id] = point.text;
    for (const auto& point : points) {
        if (auto g = groups.find(point.id); g != groups.end() && g->second.group_id != point.id) continue;
        ReportPoint out;
        out.id = point.id;
        out.submission_id = point.submission_id;
        const auto& submission = submissions.at(point.submission_id);
        out.label = submission.label;
        out.group = submission.stakeholder.group;
        // A campaign shows its common text: what the lead added to it is a point of its own (group stage).
        const std::string text = common_text(point, members, texts);
        out.text = personal ? text : redact_personal_data(text, senders[point.submission_id], language, kept[point.id]);
        out.notes = notes[point.submission_id];
        if (auto o = origins.find(point.id); o != origins.end()) {
            // A file's name or a mail's subject may carry a name or an address too.
            out.origin = describe_origin(o->second, embedded, language);
            if (!personal) out.origin = redact_personal_data(out.origin, senders[point.submission_id], language);
        }
        if (auto m = members.find(point.id); m != members.end()) {
            out.group_members = m->second;
            out.group_size = static_cast<int>(m->second.size()) + 1;
        }
        out.route = "geen";
        if (auto c = classifications.find(point.id); c != classifications.end()) {
            const Classification& classification = c->second.classification;
            for (const auto& chapter : classification.chapters)
                if (auto it = sections.find(chapter.section_id); it != sections.end())
                    out.chapters.push_back(report_chapter(*it->second, chapter.score));
            if (!classification.chapters.empty())
                if (auto it = sections.find(classification.chapters.front().best_section_id); it != sections.end())
                    out.section = it->second->number;
            out.route = classification.route;
            out.confidence = classification.confidence;
            out.why = classification.why;
        }
        auto w = workstreams.find(out.route);
        out.route_name = w != workstreams.end() ? w->second->name : (language == "en" ? "No follow-up" : "Geen vervolg");
        if (auto r = reactions.find(point.id); r != reactions.end()) {
            out.reaction = r->second.text;
            out.status = r->second.status;
        }
        model.points.push_back(std::move(out));
    }
    // The annex of the revised framework's changes (inspraak revise); none without a revision.
    model.framework_changes = change_annex(s.framework_changes(), s.change_links(), groups, model.points);
    model.framework_route = round.framework_route;
    // Stored in the round's language, the report's (see ProblemLog).
    for (const auto& problem : s.problems()) model.problems.push_back(fmt::format("{}: {}", problem.file, problem.message));

    return model;
}

}  // namespace inspraak::core
