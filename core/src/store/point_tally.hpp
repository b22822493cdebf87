// How many points a round has, by reaction status, per chapter, stakeholder group and route: the
// figures of the workspace's overview, counted by the database (four grouped queries) instead of
// reading every point. The SQL is the same in SQLite and PostgreSQL, so both backends run these
// statements.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace inspraak::core {

struct StatusCount {
    int64_t approved = 0;
    int64_t draft = 0;
    int64_t none = 0;  // no reaction yet
    int64_t total() const { return approved + draft + none; }
};

struct PointTally {
    StatusCount all;
    std::map<std::string, StatusCount> by_chapter;  // chapter or appendix id, any of the point's chapters
    std::map<std::string, StatusCount> by_group;    // the sender's stakeholder group
    std::map<std::string, StatusCount> by_route;    // a workstream id or "geen"; "" while unclassified
};

namespace tally_sql {
// Each statement gives rows (key, status, count), status being "approved", "draft" or "none".
inline constexpr const char* all =
    "SELECT '', COALESCE(r.status, 'none'), count(*) FROM points p "
    "LEFT JOIN reactions r ON r.point_id = p.id GROUP BY 2";
inline constexpr const char* by_chapter =
    "SELECT pc.section_id, COALESCE(r.status, 'none'), count(*) FROM point_chapters pc "
    "LEFT JOIN reactions r ON r.point_id = pc.point_id GROUP BY 1, 2";
inline constexpr const char* by_group =
    "SELECT k.grp, COALESCE(r.status, 'none'), count(*) FROM points p "
    "JOIN submissions s ON s.id = p.submission_id JOIN stakeholders k ON k.id = s.stakeholder_id "
    "LEFT JOIN reactions r ON r.point_id = p.id GROUP BY 1, 2";
inline constexpr const char* by_route =
    "SELECT COALESCE(c.route, ''), COALESCE(r.status, 'none'), count(*) FROM points p "
    "LEFT JOIN classifications c ON c.point_id = p.id LEFT JOIN reactions r ON r.point_id = p.id GROUP BY 1, 2";
inline constexpr const char* stakeholder_groups = "SELECT DISTINCT grp FROM stakeholders ORDER BY grp";
}  // namespace tally_sql

// Adds one row of a tally statement to `counts`.
inline void add_tally_row(StatusCount& counts, std::string_view status, int64_t count) {
    if (status == "approved")
        counts.approved += count;
    else if (status == "draft")
        counts.draft += count;
    else
        counts.none += count;
}

}  // namespace inspraak::core
