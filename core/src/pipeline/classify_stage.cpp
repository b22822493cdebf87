// Classify: every point gets the framework's chapters ranked, a route and a confidence from the
// classify plugin. Points already classified are left alone unless `again` is set; a point the
// officer decided is never changed by the machine, also when they decide it while the machine is
// at work: the results are written with save_machine_classification, which checks that in the
// same statement, and a point decided meanwhile is counted as skipped. The members of a group (a campaign, a remark
// sent twice) take their lead's classification: the reactienota shows the group once, as its lead.
#include <algorithm>
#include <map>
#include <mutex>

#include "app/app_error.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/problem_log.hpp"
#include "util/progress.hpp"

namespace inspraak::core {

StageCount Pipeline::classify() {
    Store& s = store();
    auto classifier = host_.classifier(options_.classifier);
    if (!classifier)
        throw AppException(options_.classifier.empty()
                               ? AppError{ErrorKind::not_found, Message{"classify.no_plugin"}}
                               : AppError{ErrorKind::invalid, Message{"classify.plugin_not_loaded", {options_.classifier}}});
    Framework framework = s.framework();
    if (framework.sections.empty()) throw AppException(AppError{ErrorKind::not_found, Message{"classify.no_framework"}});

    // The officer's decisions are examples the classifier may learn from for the open points.
    std::vector<DecidedPoint> decided_points = s.decided_points();
    ClassifierContext context{framework, round_.workstreams, round_.language, decided_points};
    auto session = host_.open_session(classifier, context);
    if (!session) throw AppException(session.error());

    auto existing = s.classifications();
    const auto groups = s.point_groups();
    std::vector<Point> todo;
    std::map<std::string, std::vector<std::string>> followers;  // lead in todo -> members to copy to
    StageCount count;
    auto pending = [&](const std::string& id) {
        auto it = existing.find(id);
        bool decided = it != existing.end() && !it->second.decided_by.empty();
        return !decided && (it == existing.end() || options_.again);
    };
    for (auto& point : s.points()) {
        if (!pending(point.id)) {
            ++count.skipped;
            continue;
        }
        if (auto g = groups.find(point.id); g != groups.end()) {
            // A member whose lead is being classified follows it (the lead is its group's first
            // point in submission order, so it is queued before its members).
            const std::string& lead = g->second.group_id;
            if (auto f = followers.find(lead); f != followers.end()) {
                f->second.push_back(point.id);
                continue;
            }
            if (lead == point.id) followers[lead];  // queued: its members follow
        }
        todo.push_back(std::move(point));
    }

    // Classifying is the slow part and the session is thread-safe: spread it over the cores,
    // then write the results in one transaction.
    std::vector<Result<Classification>> results(todo.size(), Error{""});
    // The plugin broke its promise and threw: its result has no words of its own. (char, not a
    // vector<bool>: the threads write neighbouring elements.)
    std::vector<char> threw(todo.size(), 0);
    Progress progress(render(Message{"progress.classify"}, options_.english), todo.size(), options_.progress);
    std::mutex progress_mutex;
    // A few points are not worth starting threads for.
    const unsigned threads = todo.size() > 64 ? std::min(worker_threads(), 8u) : 1u;
    parallel_for(todo.size(), threads, [&](size_t i) {
        try {
            results[i] = session.value()->classify(todo[i]);
        } catch (...) {
            threw[i] = 1;
        }
        std::lock_guard lock(progress_mutex);
        progress.advance();
    });

    std::map<std::string, const Section*> by_id;
    for (const auto& section : framework.sections) by_id[section.id] = &section;

    const ProblemLog problems = this->problems();
    s.write([&](Store&) {
        // What the store holds now, not what it held when classifying began: the audit's old values.
        const auto current = s.classifications();
        for (size_t i = 0; i < todo.size(); ++i) {
            const Point& point = todo[i];
            if (threw[i] || !results[i]) {
                problems.report("classify", threw[i] ? Message{"classify.point_threw", {point.id}}
                                                     : Message{"classify.point_failed", {point.id, results[i].error().message}});
                continue;
            }
            Classification c = results[i].value();
            // Keep only chapters that exist: a plugin's mistake must not break the store's references.
            std::erase_if(c.chapters, [&](const ChapterScore& score) { return !by_id.contains(score.section_id); });
            std::string new_chapter = c.chapters.empty() ? "" : c.chapters.front().section_id;
            std::vector<std::string> ids{point.id};
            if (auto f = followers.find(point.id); f != followers.end()) ids.insert(ids.end(), f->second.begin(), f->second.end());
            for (const auto& id : ids) {
                auto before = current.find(id);
                std::string old_route = before != current.end() ? before->second.classification.route : "";
                std::string old_chapter = before != current.end() && !before->second.classification.chapters.empty()
                                              ? before->second.classification.chapters.front().section_id
                                              : "";
                if (!s.save_machine_classification(id, c)) {  // a person decided it meanwhile
                    ++count.skipped;
                    continue;
                }
                if (old_route != c.route) s.audit(options_.who, "point", id, "route", old_route, c.route);
                if (old_chapter != new_chapter) s.audit(options_.who, "point", id, "chapter", old_chapter, new_chapter);
                ++count.done;
            }
        }
    });
    return count;
}

}  // namespace inspraak::core
