// Moving a round: `inspraak store copy FROM TO` copies a round's store to another, SQLite or
// PostgreSQL, everything included (store/store_copy.hpp). The operation a front end calls.
#pragma once

#include <cstdint>
#include <string>

#include "app/app_error.hpp"
#include "store/store_copy.hpp"

namespace inspraak::core {

struct CopySummary {
    std::string from;  // the stores as messages name them (StoreLocation::describe)
    std::string to;
    CopiedRows tables;
    int64_t total_rows() const;
};

// `from` and `to` as --store takes them: a SQLite file or postgresql://...?round=NAME. A missing
// source is not_found; a target with files or points, or the source itself, is invalid (nothing
// written). A new target (SQLite file or PostgreSQL round) is created.
AppResult<CopySummary> copy_store(const std::string& from, const std::string& to);

// "files 3, submissions 5, ..." for the summary line (table names as in the schema).
std::string describe_rows(const CopiedRows& tables);

}  // namespace inspraak::core
