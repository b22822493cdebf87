#include "app/store_copy_run.hpp"

#include <fmt/core.h>

#include <filesystem>
#include <system_error>

#include "store/store_location.hpp"

namespace inspraak::core {
namespace {

// Opening one store twice (a read lock and a write lock on one SQLite file, or one PostgreSQL
// round's lock taken twice) would wait on itself.
bool same_store(const StoreLocation& a, const StoreLocation& b) {
    if (a.is_postgres() || b.is_postgres()) return a.describe() == b.describe();
    std::error_code error;
    auto first = std::filesystem::weakly_canonical(a.file(), error);
    auto second = std::filesystem::weakly_canonical(b.file(), error);
    return error ? a.file() == b.file() : first == second;
}

}  // namespace

int64_t CopySummary::total_rows() const {
    int64_t total = 0;
    for (const auto& [table, rows] : tables) total += rows;
    return total;
}

std::string describe_rows(const CopiedRows& tables) {
    std::string out;
    for (const auto& [table, rows] : tables)
        if (rows > 0) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", table, rows);
    return out;
}

AppResult<CopySummary> copy_store(const std::string& from, const std::string& to) {
    return guarded([&]() -> AppResult<CopySummary> {
        StoreLocation source_location = StoreLocation::parse(from);
        StoreLocation target_location = StoreLocation::parse(to);
        CopySummary summary{source_location.describe(), target_location.describe(), {}};
        if (same_store(source_location, target_location))
            return invalid_error("store.copy_same", {summary.to});
        // The source first: a missing one leaves no new target behind.
        Store source = Store::open(source_location);
        Store target = Store::create(target_location);
        summary.tables = copy_round(source, summary.from, target, summary.to);
        return summary;
    });
}

}  // namespace inspraak::core
