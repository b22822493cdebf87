// How many points a round has, by reaction status, per chapter, stakeholder group and route: the
// figures of the workspace's overview and chapter pages.
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

// The counts are kept in the table tally by triggers (store schema 8): reading them is reading
// a few rows. When something the triggers do not follow changed (a removal), tally_state says
// they are stale and Store::tally counts them anew with `recount`, in a write. The SQL is the
// same in SQLite and PostgreSQL.
namespace tally_sql {
// Rows (dimension, item, status, n): dimension "all", "chapter", "group" or "route".
inline constexpr const char* kept = "SELECT dimension, item, status, n FROM tally WHERE n <> 0";
inline constexpr const char* stale = "SELECT stale FROM tally_state";
inline constexpr const char* recount[] = {
    "DELETE FROM tally",
    "INSERT INTO tally(dimension, item, status, n) SELECT 'all', '', status, count(*) FROM tally_points GROUP BY status",
    "INSERT INTO tally(dimension, item, status, n) SELECT 'route', route, status, count(*) FROM tally_points "
    "GROUP BY route, status",
    "INSERT INTO tally(dimension, item, status, n) SELECT 'group', grp, status, count(*) FROM tally_points "
    "GROUP BY grp, status",
    "INSERT INTO tally(dimension, item, status, n) SELECT 'chapter', pc.section_id, coalesce(r.status, 'none'), count(*) "
    "FROM point_chapters pc LEFT JOIN reactions r ON r.point_id = pc.point_id GROUP BY pc.section_id, coalesce(r.status, 'none')",
    "UPDATE tally_state SET stale = false",
};
inline constexpr const char* mark_stale = "UPDATE tally_state SET stale = true";
inline constexpr const char* stakeholder_groups = "SELECT DISTINCT grp FROM stakeholders ORDER BY grp";
}  // namespace tally_sql

// Adds one row of tally_sql::kept to `tally`.
inline void add_tally_row(PointTally& tally, std::string_view dimension, const std::string& item, std::string_view status,
                          int64_t count) {
    StatusCount& counts = dimension == "all"       ? tally.all
                          : dimension == "chapter" ? tally.by_chapter[item]
                          : dimension == "group"   ? tally.by_group[item]
                                                   : tally.by_route[item];
    if (status == "approved")
        counts.approved += count;
    else if (status == "draft")
        counts.draft += count;
    else
        counts.none += count;
}

}  // namespace inspraak::core
