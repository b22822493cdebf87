// The SQL of SQLite's walks through the round in order (SqliteBackend::points_after and
// grouped_points_after), apart so that a test can ask SQLite how it plans them: each page must be
// read in index order, never by scanning and sorting every point (sqlite_queries.cpp, walk_joins).
#pragma once

#include <string>

#include "store/store_types.hpp"

namespace inspraak::core {

const std::string& sqlite_round_walk_sql(RoundWalk walk);
const std::string& sqlite_grouped_walk_sql();

}  // namespace inspraak::core
