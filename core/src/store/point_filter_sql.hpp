// The FROM and WHERE of a point query (PointQuery) with only the filters that are set, for both
// backends. One statement for every combination ("?1 IS NULL OR ...") is planned once for any
// value, so the database could use no index: a point page's group lookup scanned every point of
// the round, 0.3 s at 100,000 points. Statements made here differ per shape (which filters are
// set), so each is planned for what it filters on; the shapes are few, and backends keep each
// statement's text (and prepared statement) by its shape.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "store/store_types.hpp"

namespace inspraak::core {

// What differs between the SQL of SQLite and PostgreSQL here.
struct SqlDialect {
    // The n-th parameter (from 1): "?3"; PostgreSQL adds the type: "$3::text".
    std::string (*parameter)(int n, bool is_number);
    // Whether `haystack` contains `needle`, ignoring the case of ASCII letters.
    std::string (*contains)(const std::string& haystack, const std::string& needle);
};

inline constexpr SqlDialect sqlite_dialect{
    [](int n, bool) { return "?" + std::to_string(n); },
    [](const std::string& haystack, const std::string& needle) {
        return "instr(lower(" + haystack + "), lower(" + needle + ")) > 0";
    }};

// lower() under COLLATE "C" folds ASCII only, as SQLite's lower() does.
inline constexpr SqlDialect postgres_dialect{
    [](int n, bool is_number) { return "$" + std::to_string(n) + (is_number ? "::double precision" : "::text"); },
    [](const std::string& haystack, const std::string& needle) {
        return "strpos(lower(" + haystack + " COLLATE \"C\"), lower(" + needle + " COLLATE \"C\")) > 0";
    }};

using SqlValue = std::variant<std::string, double>;

struct PointFilterSql {
    std::string from_where;           // " FROM points p ... WHERE ..."
    std::string order_by;             // " ORDER BY ...", for a list
    std::vector<SqlValue> parameters;  // the values of parameters 1..n, in order
    uint32_t shape = 0;               // equal for equal `from_where`: the key to keep a statement by
};

// For a list, the order and the joins it needs are made too; a count makes only the joins its
// filters need.
enum class PointFilterUse { list, count };

PointFilterSql point_filter_sql(const PointQuery& query, PointFilterUse use, const SqlDialect& dialect);

// The statement texts a backend made, one per shape, at addresses that stay put: backends keep
// their prepared statements by the text's address, so each shape is prepared once.
class StatementTexts {
public:
    const char* get(uint32_t shape, const std::function<std::string()>& make) {
        auto it = texts_.find(shape);
        if (it == texts_.end()) it = texts_.emplace(shape, make()).first;
        return it->second.c_str();
    }

private:
    std::map<uint32_t, std::string> texts_;  // a map's values never move
};

}  // namespace inspraak::core
