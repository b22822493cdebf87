// Group: finds identical and near-identical points (a campaign of letters, a remark sent twice)
// and records each group with its lead, the first point in submission order. The report shows a
// group once, with the lead's classification and reaction standing for every member: deciding
// or approving the lead decides the group, and members keep their own rows untouched.
//
// Groups are computed from scratch each run (seconds for 100,000 points) and only the rows that
// change are written, so re-running is idempotent and new points join the groups they match.
//
// What a member added to the group's common text (group/campaign_text.hpp) becomes a point of
// its own in the member's submission, after its last point, so that it is classified, answered
// and published under its sender; the member's own point stays as written, in the group.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "group/campaign_text.hpp"
#include "group/grouper.hpp"
#include "pipeline/page_cache_scope.hpp"
#include "pipeline/pipeline.hpp"

namespace inspraak::core {
namespace {

struct Addition {
    Point point;
    std::size_t from = 0;          // the member's point, by index
    int64_t embedded_file_id = 0;  // where the member's point came from
};

// The points of the submission of points[i]: points are in submission order, so they stand
// together around i.
std::pair<std::size_t, std::size_t> submission_range(const std::vector<Point>& points, std::size_t i) {
    std::size_t begin = i, end = i + 1;
    while (begin > 0 && points[begin - 1].submission_id == points[i].submission_id) --begin;
    while (end < points.size() && points[end].submission_id == points[i].submission_id) ++end;
    return {begin, end};
}

// The sentences each member of a group added to the group's common text, as new points, except
// where the submission has a point with that text already (an earlier run made it). Only the
// submissions that get one are looked at, so nothing here grows with the points of the round.
std::vector<Addition> campaign_additions(const std::vector<Point>& points, const std::vector<group::Membership>& memberships,
                                         const std::vector<int>& sizes) {
    std::map<std::size_t, std::vector<std::size_t>> groups;  // lead -> members, lead first
    for (std::size_t i = 0; i < points.size(); ++i)
        if (sizes[memberships[i].lead] >= 2) groups[memberships[i].lead].push_back(i);
    std::map<std::string, std::vector<std::string>> added_to;  // submission -> texts added in this run
    std::vector<Addition> additions;
    for (const auto& [lead, members] : groups) {
        std::vector<std::string_view> member_texts;
        for (std::size_t m : members) member_texts.push_back(points[m].text);
        const group::CampaignText split = group::campaign_text(member_texts);
        for (std::size_t k = 0; k < members.size(); ++k) {
            if (split.added[k].empty()) continue;
            const Point& member = points[members[k]];
            std::string text;
            for (const auto& sentence : split.added[k]) text += (text.empty() ? "" : " ") + sentence;
            const auto [begin, end] = submission_range(points, members[k]);
            auto& added = added_to[member.submission_id];
            bool known = std::find(added.begin(), added.end(), text) != added.end();
            int last_position = 0;
            for (std::size_t j = begin; j < end; ++j) {
                known = known || points[j].text == text;
                last_position = std::max(last_position, points[j].position);
            }
            if (known) continue;
            added.push_back(text);
            const int position = last_position + static_cast<int>(added.size());
            additions.push_back(Addition{Point{member.submission_id + "." + std::to_string(position), member.submission_id,
                                               position, std::move(text), member.heading, ""},
                                         members[k]});
        }
    }
    return additions;
}

}  // namespace

GroupSummary Pipeline::group() {
    Store& s = store();
    PageCacheScope cache(s);
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

    std::vector<Addition> additions = campaign_additions(points, memberships, sizes);
    if (!additions.empty()) {  // an addition comes from where its member's point came from
        const auto origins = s.point_origins();
        for (auto& addition : additions)
            if (auto origin = origins.find(points[addition.from].id); origin != origins.end())
                addition.embedded_file_id = origin->second;
    }

    s.write([&](Store&) {
        for (const auto& addition : additions) {
            s.add_point(addition.point, addition.embedded_file_id);
            s.audit(options_.who, "point", addition.point.id, "campaign_addition", points[addition.from].id, addition.point.text);
        }
        for (const auto& row : changed)
            if (stored_group(row.point_id) != row.group_id)
                s.audit(options_.who, "point", row.point_id, "group", stored_group(row.point_id), row.group_id);
        for (const auto& point_id : ungrouped) s.audit(options_.who, "point", point_id, "group", stored_group(point_id), "");
        s.save_point_groups(changed);
        s.remove_point_groups(ungrouped);
    });
    summary.changed = static_cast<int>(changed.size() + ungrouped.size());
    summary.additions = static_cast<int>(additions.size());
    s.refresh_statistics();  // Store::refresh_statistics says why
    return summary;
}

}  // namespace inspraak::core
