#include "pipeline/report_source.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <limits>
#include <set>
#include <string_view>

#include "group/campaign_text.hpp"
#include "pipeline/change_annex.hpp"
#include "pipeline/general_reaction.hpp"
#include "pipeline/origin.hpp"
#include "pipeline/parallel_for.hpp"
#include "revise/linked_changes.hpp"
#include "util/paths.hpp"

namespace inspraak::core {

// What every row needs from the whole round: read once per report and shared by the sources of
// all formats, which read side by side on their own connections. The groups are read in one walk
// through the round (a campaign's letters are scattered over it), not by a lead's row.
struct StoreReportSource::Context {
    std::string language;
    bool personal = false;
    Framework framework;
    std::map<std::string, const Section*> sections;
    std::map<std::string, std::string> route_names;     // workstream id -> name
    std::map<int64_t, EmbeddedFileRow> embedded;         // the files found inside files
    std::map<std::string, KeptPublic> kept;              // per point: what an officer kept public

    // A group as its lead's row publishes it.
    struct Group {
        std::vector<std::string> members;  // in round order, the lead left out
        std::string common_text;           // the text the row shows (group::CommonText::shown)
    };
    std::map<std::string, Group> groups;  // by lead; only groups of two or more points
};

namespace {

ReportChapter report_chapter(const Section& section, double score) {
    return ReportChapter{section.id, section.number, section.title, score};
}

ReportSubmission published_submission(const StoredSubmission& stored, const std::string& language, bool personal) {
    ReportSubmission submission{stored.id, stored.source, stored.stakeholder,
                                published_sender_label(stored.stakeholder, language)};
    if (!personal) submission.stakeholder.name = submission.stakeholder.email = submission.stakeholder.phone = "";
    return submission;
}

// Every group of two or more points as its lead's row publishes it: its members in round order and
// the text it shows (group::CommonText), read in one walk through the round's groups.
std::map<std::string, StoreReportSource::Context::Group> read_groups(Store& store) {
    std::map<std::string, StoreReportSource::Context::Group> groups;
    std::map<std::string, group::CommonText> texts;          // by lead
    std::map<std::string, std::vector<std::string>> early;   // texts of members met before their lead
    RoundCursor cursor;
    for (;;) {
        GroupedPointPage page = store.grouped_points_after(cursor, report_page_size);
        if (page.points.empty()) break;
        cursor = page.next;
        for (GroupedPoint& p : page.points) {
            if (p.point_id == p.group_id) {
                texts.try_emplace(p.group_id, std::move(p.text));
                continue;
            }
            groups[p.group_id].members.push_back(p.point_id);
            if (auto lead = texts.find(p.group_id); lead != texts.end())
                lead->second.add_member(p.text);
            else  // a lead placed after its members by an officer's change of groups
                early[p.group_id].push_back(std::move(p.text));
        }
    }
    for (auto it = groups.begin(); it != groups.end();) {
        auto lead = texts.find(it->first);
        if (lead == texts.end()) {  // no row of its own for the lead: nothing leads the group
            it = groups.erase(it);
            continue;
        }
        for (const auto& text : early[it->first]) lead->second.add_member(text);
        it->second.common_text = lead->second.shown();
        ++it;
    }
    return groups;
}

// The published row of a point (a group's lead, or a point alone) with its submission.
ReportEntry report_entry(const StoreReportSource::Context& c, const PointDetail& detail) {
    const Point& point = detail.point;
    const Stakeholder& sender = detail.submission.stakeholder;  // full: redaction needs the sender's name
    ReportEntry entry;
    entry.submission = published_submission(detail.submission, c.language, c.personal);
    ReportPoint& out = entry.point;
    out.id = point.id;
    out.submission_id = point.submission_id;
    out.label = entry.submission.label;
    out.group = entry.submission.stakeholder.group;
    const auto found = detail.group && detail.group->group_id == point.id ? c.groups.find(point.id) : c.groups.end();
    const StoreReportSource::Context::Group* group = found != c.groups.end() ? &found->second : nullptr;
    // A campaign shows its common text: what the lead added to it is a point of its own (group stage).
    const std::string& text = group ? group->common_text : point.text;
    const auto kept = c.kept.find(point.id);
    out.text = c.personal ? text
                          : redact_personal_data(text, sender, c.language, kept != c.kept.end() ? kept->second : KeptPublic{});
    out.notes = detail.submission.notes;
    if (detail.embedded_file_id != 0) {
        // A file's name or a mail's subject may carry a name or an address too.
        out.origin = describe_origin(detail.embedded_file_id, c.embedded, c.language);
        if (!c.personal) out.origin = redact_personal_data(out.origin, sender, c.language);
    }
    if (group) {
        out.group_members = group->members;
        out.group_size = static_cast<int>(out.group_members.size()) + 1;
    }
    out.route = "geen";
    if (detail.classification) {
        const Classification& classification = detail.classification->classification;
        for (const auto& chapter : classification.chapters)
            if (auto it = c.sections.find(chapter.section_id); it != c.sections.end())
                out.chapters.push_back(report_chapter(*it->second, chapter.score));
        if (!classification.chapters.empty())
            if (auto it = c.sections.find(classification.chapters.front().best_section_id); it != c.sections.end())
                out.section = it->second->number;
        out.route = classification.route;
        out.confidence = classification.confidence;
        out.why = classification.why;
    }
    const auto name = c.route_names.find(out.route);
    out.route_name = name != c.route_names.end() ? name->second : (c.language == "en" ? "No follow-up" : "Geen vervolg");
    if (detail.reaction) {
        out.reaction = detail.reaction->text;
        out.status = detail.reaction->status;
    }
    return entry;
}

}  // namespace

std::shared_ptr<const StoreReportSource::Context> StoreReportSource::read_context(Store& store, const ReportHead& head) {
    auto c = std::make_shared<StoreReportSource::Context>();
    c->language = head.language;
    c->personal = head.with_personal_data;
    c->framework = store.framework();
    for (const auto& section : c->framework.sections) c->sections[section.id] = &section;
    for (const auto& w : head.workstreams) c->route_names[w.id] = w.name;
    for (auto& row : store.embedded_files()) c->embedded.emplace(row.id, std::move(row));
    for (const auto& row : store.kept_public()) c->kept[row.point_id].emplace(row.kind, row.text);
    c->groups = read_groups(store);
    return c;
}

namespace {

// Rows in round order: the round's published rows read a page at a time (Store::points_after).
class StorePointReader final : public ReportPointReader {
public:
    StorePointReader(Store& store, std::shared_ptr<const StoreReportSource::Context> context, ReportPointFilter filter,
                     unsigned threads)
        : store_(store), context_(std::move(context)), filter_(std::move(filter)), threads_(std::max(threads, 1u)) {}

    Result<const ReportEntry*> next() noexcept override {
        return guard([&]() -> Result<const ReportEntry*> {
            while (at_ == page_.size()) {
                if (done_) return static_cast<const ReportEntry*>(nullptr);
                read_page();
            }
            return &page_[at_++];
        });
    }

private:
    // The next page of points, read in one run of reads (Store::read), then made into rows on the
    // reader's threads: redacting personal data is most of a row's work, and needs no store.
    void read_page() {
        page_.clear();
        at_ = 0;
        RoundPointPage page;
        store_.read([&](Store& store) { page = store.points_after(cursor_, report_page_size, RoundWalk::published_rows); });
        done_ = static_cast<int64_t>(page.points.size()) < report_page_size;
        cursor_ = page.next;
        std::vector<ReportEntry> made(page.points.size());
        std::vector<std::exception_ptr> failed(page.points.size());
        parallel_for(page.points.size(), page.points.size() > 64 ? threads_ : 1u, [&](size_t i) {
            try {
                made[i] = report_entry(*context_, page.points[i]);
            } catch (...) {
                failed[i] = std::current_exception();
            }
        });
        for (size_t i = 0; i < made.size(); ++i) {
            if (failed[i]) std::rethrow_exception(failed[i]);
            // On the row, not the point: an unclassified point's row has the route "geen".
            if (row_matches(made[i], filter_)) page_.push_back(std::move(made[i]));
        }
    }

    Store& store_;
    std::shared_ptr<const StoreReportSource::Context> context_;
    ReportPointFilter filter_;
    RoundCursor cursor_;  // after the last point read
    const unsigned threads_;
    std::vector<ReportEntry> page_;
    std::size_t at_ = 0;
    bool done_ = false;
};

class StoreSubmissionReader final : public ReportSubmissionReader {
public:
    StoreSubmissionReader(Store& store, std::shared_ptr<const StoreReportSource::Context> context)
        : store_(store), context_(std::move(context)) {}

    Result<const ReportSubmission*> next() noexcept override {
        return guard([&]() -> Result<const ReportSubmission*> {
            if (at_ == page_.size()) {
                if (done_) return static_cast<const ReportSubmission*>(nullptr);
                const std::string after = page_.empty() ? std::string{} : page_.back().id;
                page_ = store_.submissions_page(after, report_page_size);
                at_ = 0;
                done_ = static_cast<int64_t>(page_.size()) < report_page_size;
                if (page_.empty()) return static_cast<const ReportSubmission*>(nullptr);
            }
            submission_ = published_submission(page_[at_++], context_->language, context_->personal);
            return &submission_;
        });
    }

private:
    Store& store_;
    std::shared_ptr<const StoreReportSource::Context> context_;
    std::vector<StoredSubmission> page_;
    std::size_t at_ = 0;
    bool done_ = false;
    ReportSubmission submission_;
};

// Round order of two published rows: the submission's number ("I1204" -> 1204), then position.
int64_t submission_number(const std::string& id) {
    int64_t number = std::numeric_limits<int64_t>::max();
    if (id.size() > 1) std::from_chars(id.data() + 1, id.data() + id.size(), number);
    return number;
}

// The annex of the revised framework's changes, with the rows that answer them; none without a
// revision. Reads only the rows that answer a change, not every point.
std::vector<ReportChange> framework_changes(Store& s, const std::string& language) {
    const auto changes = s.framework_changes();
    if (changes.empty()) return {};
    const auto links = s.change_links();
    const auto groups = s.point_groups();
    std::set<std::string> rows;
    for (const ChangeLink& link : share_with_campaigns(links, groups)) {
        if (!answers_point(link)) continue;
        const auto group = groups.find(link.point_id);
        rows.insert(group != groups.end() ? group->second.group_id : link.point_id);
    }
    std::vector<std::pair<std::pair<int64_t, int>, ReportPoint>> found;
    s.read([&](Store&) {
        for (const std::string& id : rows) {
            const auto detail = s.point(id);
            if (!detail) continue;
            ReportPoint row;
            row.id = id;
            row.submission_id = detail->point.submission_id;
            row.label = published_sender_label(detail->submission.stakeholder, language);
            if (detail->group && detail->group->group_id == id)
                row.group_size = std::max<int>(1, static_cast<int>(s.group_point_ids(id).size()));
            found.push_back({{submission_number(row.submission_id), detail->point.position}, std::move(row)});
        }
    });
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.submission_id < b.second.submission_id;
    });
    std::vector<ReportPoint> published;
    for (auto& [order, row] : found) published.push_back(std::move(row));
    return change_annex(changes, links, groups, published);
}

}  // namespace

std::set<std::string> report_routes(const RoundConfig& round) {
    std::set<std::string> routes{"geen"};
    for (const auto& w : round.workstreams) routes.insert(w.id);
    return routes;
}

ReportHead build_report_head(Store& s, const RoundConfig& round, const ReportModelOptions& options, bool counted) {
    const std::string& language = round.language;
    ReportHead head;
    head.title = round.title;
    head.date = round.date;
    head.language = language;
    head.templates_dir = (options.templates_dir.empty() ? default_templates_dir() : options.templates_dir).string();
    head.general_reaction = read_general_reaction(round, head.templates_dir);
    head.workstreams = round.workstreams;
    head.with_personal_data = options.with_personal_data;
    if (!round.word_template.empty()) head.word_template = round.word_template.string();

    const Framework framework = s.framework();
    head.framework_title = framework.title;
    for (const auto& section : framework.sections)
        if (section.kind != SectionKind::section) head.chapters.push_back(report_chapter(section, 0));

    if (counted) {
        // The rows: a group (a campaign, a remark sent twice) is published once, as its lead.
        PointQuery rows;
        rows.leads_only = true;
        head.point_count = s.count_points(rows);
        for (const auto& route : report_routes(round)) {
            PointQuery query = rows;
            query.route = route;
            if (const int64_t n = s.count_points(query); n > 0) head.points_per_route[route] = n;
        }
        // An unclassified point's route is "geen" too.
        PointQuery query = rows;
        query.min_confidence = -std::numeric_limits<double>::max();
        const int64_t classified = s.count_points(query);
        if (const int64_t unclassified = head.point_count - classified; unclassified > 0)
            head.points_per_route["geen"] += unclassified;
    }

    head.framework_changes = framework_changes(s, language);
    head.framework_route = round.framework_route;
    // Stored in the round's language, the report's (see ProblemLog).
    for (const auto& problem : s.problems()) head.problems.push_back(fmt::format("{}: {}", problem.file, problem.message));
    return head;
}

StoreReportSource::StoreReportSource(Store& store, const RoundConfig& round, const ReportModelOptions& options)
    : StoreReportSource(store, build_report_head(store, round, options)) {}

StoreReportSource::StoreReportSource(Store& store, ReportHead head)
    : store_(store), head_(std::move(head)), context_(read_context(store, head_)) {}

StoreReportSource::StoreReportSource(Store& store, ReportHead head, std::shared_ptr<const Context> context,
                                     std::shared_ptr<const ReportSpool> rows)
    : store_(store), head_(std::move(head)), context_(std::move(context)), rows_(std::move(rows)) {}

StoreReportSource::~StoreReportSource() = default;

Result<std::unique_ptr<ReportPointReader>> StoreReportSource::points(const ReportPointFilter& filter) noexcept {
    return guard([&]() -> Result<std::unique_ptr<ReportPointReader>> {
        if (rows_) return rows_->reader(filter);
        return std::unique_ptr<ReportPointReader>(std::make_unique<StorePointReader>(store_, context_, filter, row_threads_));
    });
}

Result<std::unique_ptr<ReportSubmissionReader>> StoreReportSource::submissions() noexcept {
    return guard([&]() -> Result<std::unique_ptr<ReportSubmissionReader>> {
        return std::unique_ptr<ReportSubmissionReader>(std::make_unique<StoreSubmissionReader>(store_, context_));
    });
}

}  // namespace inspraak::core
