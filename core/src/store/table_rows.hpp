// A table's rows as plain typed cells, whichever backend keeps them: what copying a round between
// backends reads from one store and writes into another (store_copy.hpp), column by column, ids
// included. The cell types are SQLite's storage classes; the PostgreSQL backend maps its column
// types onto them (BOOLEAN as 0/1, BYTEA as a blob).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace inspraak::core {

// Bytes, told apart from text so that a backend binds them as BLOB or BYTEA.
struct Blob {
    std::string bytes;
    bool operator==(const Blob&) const = default;
    bool operator<(const Blob& other) const { return bytes < other.bytes; }
};

using Cell = std::variant<std::monostate, int64_t, double, std::string, Blob>;  // monostate: NULL
using TableRow = std::vector<Cell>;

struct TableRows {
    std::vector<std::string> columns;  // the table's columns in the order of each row's cells
    std::vector<TableRow> rows;
};

}  // namespace inspraak::core
