// RoundSession's operations on the revised framework's changes and the links from points to
// them: listing them ranked, and an officer's confirm or remove with an audit entry.
#include <algorithm>
#include <set>

#include "app/round_session.hpp"
#include "revise/linked_changes.hpp"

namespace inspraak::core {
namespace {

// Confirmed first, proposed next, removed last; within a state by score, then change.
int state_rank(const std::string& state) {
    if (state == change_link_confirmed) return 0;
    if (state == change_link_proposed) return 1;
    return 2;
}

void rank_per_point(std::vector<ChangeLink>& links) {
    std::stable_sort(links.begin(), links.end(), [](const ChangeLink& a, const ChangeLink& b) {
        if (a.point_id != b.point_id) return a.point_id < b.point_id;
        if (state_rank(a.state) != state_rank(b.state)) return state_rank(a.state) < state_rank(b.state);
        if (a.score != b.score) return a.score > b.score;
        return a.change_id < b.change_id;
    });
}

}  // namespace

AppResult<std::vector<FrameworkChange>> RoundSession::framework_changes() {
    return guarded([&]() -> AppResult<std::vector<FrameworkChange>> { return store_->framework_changes(); });
}

AppResult<std::vector<ChangeLink>> RoundSession::change_links(const std::optional<std::string>& point_id) {
    return guarded([&]() -> AppResult<std::vector<ChangeLink>> {
        if (point_id && !store_->point(*point_id))
            return AppError{ErrorKind::not_found, Message{"decision.unknown_point", {*point_id}}};
        auto links = store_->change_links(point_id);
        rank_per_point(links);
        return links;
    });
}

AppResult<bool> RoundSession::decide_change_link(const std::string& point_id, int64_t change_id, bool confirm) {
    return guarded([&]() -> AppResult<bool> {
        return store_->write([&](Store& s) -> AppResult<bool> {
            if (!s.point(point_id)) return AppError{ErrorKind::not_found, Message{"decision.unknown_point", {point_id}}};
            const auto changes = s.framework_changes();
            if (std::none_of(changes.begin(), changes.end(), [&](const FrameworkChange& c) { return c.id == change_id; }))
                return AppError{ErrorKind::not_found, Message{"change.unknown", {std::to_string(change_id)}}};
            std::string was = "";
            for (const ChangeLink& link : s.change_links(point_id))
                if (link.change_id == change_id) was = link.state;
            const std::string now(confirm ? change_link_confirmed : change_link_removed);
            if (was == now) return false;
            s.decide_change_link(ChangeLink{point_id, change_id, 0, now, who(), {}});
            s.audit(who(), "point", point_id, "change_link", was.empty() ? "" : "change " + std::to_string(change_id) + ": " + was,
                    "change " + std::to_string(change_id) + ": " + now);
            return true;
        });
    });
}

AppResult<ChangeCoverage> RoundSession::change_coverage() {
    return guarded([&]() -> AppResult<ChangeCoverage> {
        std::set<std::string> answered;
        std::set<int64_t> asked;
        // A campaign's member is answered by what answers its lead (linked_changes.hpp).
        for (const ChangeLink& link : share_with_campaigns(store_->change_links(), store_->point_groups()))
            if (answers_point(link)) {
                answered.insert(link.point_id);
                asked.insert(link.change_id);
            }
        ChangeCoverage coverage;
        // The points routed to the framework itself (round.json, RoundConfig::framework_route); a
        // round without workstreams routes none there.
        if (!round_->framework_route.empty()) {
            PointQuery query;
            query.route = round_->framework_route;
            for (const std::string& id : store_->find_point_ids(query))
                if (!answered.count(id)) coverage.points_without_change.push_back(id);
        }
        for (const FrameworkChange& change : store_->framework_changes())
            if (!asked.count(change.id)) coverage.changes_without_point.push_back(change.id);
        return coverage;
    });
}

}  // namespace inspraak::core
