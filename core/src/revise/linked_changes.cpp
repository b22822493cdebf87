#include "revise/linked_changes.hpp"

#include <utility>

namespace inspraak::core {

bool answers_point(const ChangeLink& link) {
    return link.state == change_link_confirmed || (link.state == change_link_proposed && link.score >= likely_change_link);
}

std::vector<ChangeLink> share_with_campaigns(const std::vector<ChangeLink>& links,
                                             const std::map<std::string, PointGroup>& groups) {
    std::map<std::string, std::vector<std::string>> members;  // per lead
    for (const auto& [id, group] : groups)
        if (group.group_id != id) members[group.group_id].push_back(id);
    const auto decided = [](const ChangeLink& link) { return link.state != change_link_proposed; };

    std::vector<ChangeLink> shared = links;
    std::map<std::pair<std::string, int64_t>, size_t> at;  // (point, change) -> index in shared
    for (size_t i = 0; i < shared.size(); ++i) at.emplace(std::pair{shared[i].point_id, shared[i].change_id}, i);
    for (const ChangeLink& link : links) {
        const auto group = members.find(link.point_id);
        if (group == members.end()) continue;
        for (const std::string& member : group->second) {
            ChangeLink copy = link;
            copy.point_id = member;
            const auto own = at.find({member, link.change_id});
            if (own == at.end()) {
                at.emplace(std::pair{member, link.change_id}, shared.size());
                shared.push_back(std::move(copy));
            } else if (!decided(shared[own->second]) && decided(link)) {
                // The machine's proposal for the member gives way to the decision on its lead.
                shared[own->second] = std::move(copy);
            }
        }
    }
    return shared;
}

std::vector<ChangeLink> point_change_links(Store& store, const std::string& point_id) {
    auto links = store.change_links(point_id);
    const auto detail = store.point(point_id);
    if (!detail || !detail->group || detail->group->group_id == point_id) return links;
    auto lead = store.change_links(detail->group->group_id);
    lead.insert(lead.end(), links.begin(), links.end());
    std::vector<ChangeLink> shared;
    for (ChangeLink& link : share_with_campaigns(lead, {{point_id, *detail->group}}))
        if (link.point_id == point_id) shared.push_back(std::move(link));
    return shared;
}

}  // namespace inspraak::core
