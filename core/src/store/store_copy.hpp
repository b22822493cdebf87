// Copying a round from one store to another, whichever backends keep them (SQLite to PostgreSQL
// and back): every table row for row, ids included, so that the copy is the same round (its
// submissions keep their numbers, the audit log its entries and times, the files their bytes).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/store.hpp"

namespace inspraak::core {

// Every table of a round, parents before the tables that refer to them: the order rows are
// inserted in (and removed from a target in reverse). A table the schema gains needs its place
// here; copy_round refuses a store with a table this list does not know.
inline constexpr std::array<std::string_view, 20> copied_tables = {
    "meta",     "sections",       "passages",     "stakeholders", "files",  "embedded_files", "submissions", "points",
    "point_chapters", "classifications", "reactions", "point_groups", "audit", "problems", "sequences", "users",
    "assignments", "kept_public", "framework_changes", "change_links",
};

// A table's rows sorted (cell by cell), so that two stores' tables compare whatever order the
// backend read them in, and rows that refer to an earlier row of their own table (an embedded
// file inside another) come after it.
TableRows sorted_table_rows(Store& store, std::string_view table);

// Rows copied per table, in copied_tables' order.
using CopiedRows = std::vector<std::pair<std::string, int64_t>>;

// Copies every row of `from` into `to` in one transaction on each (`from` is read under its write
// lock, so that it is one consistent state), then moves `to`'s id sequences past the ids copied.
// `to` must be a new or empty round: one with files or points is refused (ErrorKind::invalid,
// nothing written); what else it has (a framework, meta, an audit log) is replaced. Both stores
// must be at the same schema version (Store::open brings each up to date). The names are for
// messages (StoreLocation::describe).
CopiedRows copy_round(Store& from, const std::string& from_name, Store& to, const std::string& to_name);

}  // namespace inspraak::core
