// Classify: every point gets the framework's chapters ranked, a route and a confidence from the
// classify plugin. Points already classified are left alone unless `again` is set; a point the
// officer decided is never changed by the machine, also when they decide it while the machine is
// at work: the results are written with save_machine_classification, which checks that in the
// same statement, and a point decided meanwhile is counted as skipped. The members of a group (a
// campaign, a remark sent twice) take their lead's classification: the reactienota shows the
// group once, as its lead.
//
// The stage goes through the round a page of points at a time (Store::points_after): a page's
// points are classified on every core, then written in one transaction, so that memory holds one
// page whatever the round's size, and the store's writer is free between pages; while the
// classifier works on a page, the page before it is written. What outlives a page is the
// classification of each group's lead, which the lead's members (in later pages) copy.
#include <algorithm>
#include <thread>
#include <unordered_set>
#include <unordered_map>

#include "app/app_error.hpp"
#include "pipeline/page_cache_scope.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/problem_log.hpp"
#include "util/progress.hpp"

namespace inspraak::core {
namespace {

// Points per page: enough to keep every core busy between two writes, few enough to hold.
constexpr int64_t classify_page_size = 2048;

// The first-ranked chapter of a classification, or "".
std::string primary_chapter(const Classification& c) { return c.chapters.empty() ? "" : c.chapters.front().section_id; }

// A page of points on its way: read, asked of the classifier, then written.
struct PageWork {
    RoundCursor start;  // the page is the one after this
    RoundPointPage page;
    std::vector<size_t> todo;                     // the points to ask for, by index in the page
    std::vector<Result<Classification>> results;  // per todo
    // The plugin broke its promise and threw: its result has no words of its own. (char, not a
    // vector<bool>: the threads write neighbouring elements.)
    std::vector<char> threw;
};

}  // namespace

StageCount Pipeline::classify() {
    Store& s = store();
    PageCacheScope cache(s);
    auto classifier = host_.classifier(options_.classifier);
    if (!classifier)
        throw AppException(options_.classifier.empty()
                               ? AppError{ErrorKind::not_found, Message{"classify.no_plugin"}}
                               : invalid_error("classify.plugin_not_loaded", {options_.classifier}));
    Framework framework = s.framework();
    if (framework.sections.empty()) throw AppException(AppError{ErrorKind::not_found, Message{"classify.no_framework"}});

    // The officer's decisions are examples the classifier may learn from for the open points.
    std::vector<DecidedPoint> decided_points = s.decided_points();
    ClassifierContext context{framework, round_.workstreams, round_.language, decided_points};
    auto session = host_.open_session(classifier, context);
    if (!session) throw AppException(session.error());

    std::unordered_set<std::string> known_section;
    for (const auto& section : framework.sections) known_section.insert(section.id);

    StageCount count;
    const ProblemLog problems = this->problems();
    Progress progress(render(Message{"progress.classify"}, options_.english),
                      static_cast<size_t>(s.count_points(PointQuery{})), options_.progress);
    auto pending = [&](const PointDetail& p) {
        bool decided = p.classification && !p.classification->decided_by.empty();
        return !decided && (!p.classification || options_.again);
    };
    auto is_lead = [](const PointDetail& p) { return p.group && p.group->group_id == p.point.id; };

    // The leads asked for in this run; their members follow them instead of being asked.
    std::unordered_set<std::string> queued_leads;
    // What the leads got (nullopt: it failed), once their page is written, for their members.
    std::unordered_map<std::string, std::optional<Classification>> lead_results;

    // Reads the page after `start` and chooses what to ask the classifier for.
    auto next_page = [&](const RoundCursor& start) {
        PageWork work{start, s.points_after(start, classify_page_size), {}, {}, {}};
        for (size_t i = 0; i < work.page.points.size(); ++i) {
            const PointDetail& p = work.page.points[i];
            if (!pending(p)) continue;
            // A lead comes before its members in round order: in an earlier page, or earlier here.
            if (p.group && !is_lead(p) && queued_leads.contains(p.group->group_id)) continue;
            if (is_lead(p)) queued_leads.insert(p.point.id);
            work.todo.push_back(i);
        }
        work.results.assign(work.todo.size(), Error{""});
        work.threw.assign(work.todo.size(), 0);
        return work;
    };
    // Asks the classifier, on every core (the session is thread-safe).
    auto classify_page = [&](PageWork& work) {
        // A few points are not worth starting threads for.
        const unsigned threads = work.todo.size() > 64 ? std::min(worker_threads(), 8u) : 1u;
        parallel_for(work.todo.size(), threads, [&](size_t k) {
            try {
                work.results[k] = session.value()->classify(work.page.points[work.todo[k]].point);
            } catch (...) {
                work.threw[k] = 1;
            }
        });
    };
    // Writes a page's results in one transaction, in round order.
    auto write_page = [&](PageWork& work) {
        s.write([&](Store&) {
            // What the store holds now, not what it held when the page was read: the audit's old
            // values (an officer may have decided a point meanwhile).
            std::unordered_map<std::string, std::optional<StoredClassification>> current;
            for (auto& p : s.points_after(work.start, classify_page_size).points)
                current.emplace(p.point.id, std::move(p.classification));
            auto save = [&](const std::string& id, const Classification& c) {
                const auto& before = current[id];
                const std::string old_route = before ? before->classification.route : "";
                const std::string old_chapter = before ? primary_chapter(before->classification) : "";
                const std::string new_chapter = primary_chapter(c);
                if (!s.save_machine_classification(id, c)) {  // a person decided it meanwhile
                    ++count.skipped;
                    return;
                }
                if (old_route != c.route) s.audit(options_.who, "point", id, "route", old_route, c.route);
                if (old_chapter != new_chapter) s.audit(options_.who, "point", id, "chapter", old_chapter, new_chapter);
                ++count.done;
            };
            size_t k = 0;  // the next of todo
            for (size_t i = 0; i < work.page.points.size(); ++i) {
                const PointDetail& p = work.page.points[i];
                if (k == work.todo.size() || work.todo[k] != i) {
                    if (!pending(p)) {
                        ++count.skipped;
                    } else if (const auto& lead = lead_results.at(p.group->group_id)) {  // a member of this run's lead
                        save(p.point.id, *lead);
                    }
                    continue;
                }
                const size_t at = k++;
                std::optional<Classification> result;
                if (work.threw[at] || !work.results[at]) {
                    problems.report("classify", work.threw[at]
                                                    ? Message{"classify.point_threw", {p.point.id}}
                                                    : Message{"classify.point_failed", {p.point.id, work.results[at].error().message}});
                } else {
                    result = std::move(work.results[at].value());
                    // Keep only chapters that exist: a plugin's mistake must not break the store's references.
                    std::erase_if(result->chapters, [&](const ChapterScore& score) { return !known_section.contains(score.section_id); });
                    save(p.point.id, *result);
                }
                if (is_lead(p)) lead_results.emplace(p.point.id, std::move(result));
            }
        });
        progress.advance(work.page.points.size());
    };

    // While the classifier works on a page on the other threads, this one writes the page before.
    std::optional<PageWork> written_next;
    PageWork work = next_page(RoundCursor{});
    while (!work.page.points.empty()) {
        {
            std::jthread classifying([&] { classify_page(work); });
            if (written_next) write_page(*written_next);
        }
        PageWork following = next_page(work.page.next);
        written_next = std::move(work);
        work = std::move(following);
    }
    if (written_next) write_page(*written_next);
    s.refresh_statistics();  // Store::refresh_statistics says why
    return count;
}

}  // namespace inspraak::core
