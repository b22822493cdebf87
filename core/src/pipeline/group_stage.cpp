// Group: finds identical and near-identical points (a campaign of letters, a remark sent twice)
// and records each group with its lead, the first point in submission order. The report shows a
// group once, with the lead's classification and reaction standing for every member: deciding
// or approving the lead decides the group, and members keep their own rows untouched.
//
// Groups are computed from scratch each run (seconds for 100,000 points) and only the rows that
// change are written, so re-running is idempotent and new points join the groups they match.
#include <fmt/core.h>

#include <cmath>
#include <set>

#include "group/grouper.hpp"
#include "pipeline/pipeline.hpp"

namespace inspraak::core {

GroupSummary Pipeline::group() {
    Store& s = store();
    const std::vector<Point> points = s.points();  // in submission order: the lead comes first
    std::vector<group::GroupInput> inputs;
    inputs.reserve(points.size());
    for (const auto& point : points) inputs.push_back({point.text, point.heading});
    group::GroupOptions options;
    options.threshold = round_.duplicate_threshold;
    const auto memberships = group::group_points(inputs, options);

    std::vector<int> sizes(points.size(), 0);
    for (const auto& membership : memberships) ++sizes[membership.lead];

    GroupSummary summary;
    const auto stored = s.point_groups();
    auto stored_group = [&](const std::string& point_id) {
        auto it = stored.find(point_id);
        return it != stored.end() ? it->second.group_id : std::string();
    };
    std::vector<PointGroup> changed;
    std::set<std::string> still_grouped;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::size_t lead = memberships[i].lead;
        if (sizes[lead] < 2) continue;
        ++summary.grouped_points;
        if (lead == i) ++summary.groups;
        PointGroup row{points[i].id, points[lead].id, memberships[i].similarity};
        still_grouped.insert(row.point_id);
        auto old = stored.find(row.point_id);
        if (old != stored.end() && old->second.group_id == row.group_id &&
            std::abs(old->second.similarity - row.similarity) < 1e-9)
            continue;
        changed.push_back(std::move(row));
    }
    std::vector<std::string> ungrouped;  // stored rows of points that no longer have a group
    for (const auto& [point_id, row] : stored)
        if (!still_grouped.contains(point_id)) ungrouped.push_back(point_id);

    s.write([&](Store&) {
        for (const auto& row : changed)
            if (stored_group(row.point_id) != row.group_id)
                s.audit(options_.who, "point", row.point_id, "group", stored_group(row.point_id), row.group_id);
        for (const auto& point_id : ungrouped) s.audit(options_.who, "point", point_id, "group", stored_group(point_id), "");
        s.save_point_groups(changed);
        s.remove_point_groups(ungrouped);
    });
    summary.changed = static_cast<int>(changed.size() + ungrouped.size());
    return summary;
}

}  // namespace inspraak::core
