// The store's campaign and duplicate groups (table point_groups, schema version 2): free
// functions on the round's Database, next to the Store class. Only points in a group of two or
// more have a row; the lead's row names itself as the group.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "store/sqlite.hpp"

namespace inspraak::core {

struct PointGroup {
    std::string point_id;
    std::string group_id;    // the lead's point id: the group's first point in submission order
    double similarity = 1;   // Jaccard similarity of the point's word shingles with the lead's
};

// Every grouped point, keyed by point id.
std::map<std::string, PointGroup> load_point_groups(Database& db);

// Inserts each point's row or replaces it (one prepared statement for all: a grouping run may
// write 100,000 rows).
void save_point_groups(Database& db, const std::vector<PointGroup>& groups);

// The points no longer belong to a group (no error for a point that had no row).
void remove_point_groups(Database& db, const std::vector<std::string>& point_ids);

// Per lead, its other members in submission order (the lead itself left out).
std::map<std::string, std::vector<std::string>> group_members_by_lead(Database& db);

}  // namespace inspraak::core
