// The SQLite backend's generic table access (StoreBackend::table_rows and the rest): any table
// read and written as plain cells, for copying a round between stores (store_copy.hpp).
#include <fmt/core.h>

#include "store/sqlite_backend.hpp"

namespace inspraak::core {
namespace {

// Names come from store_copy's fixed list; quoted all the same, so that a name is never SQL.
std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

Cell cell_at(const Statement& s, int column) {
    switch (s.column_type(column)) {
        case SQLITE_NULL: return std::monostate{};
        case SQLITE_INTEGER: return s.integer(column);
        case SQLITE_FLOAT: return s.real(column);
        case SQLITE_BLOB: return Blob{s.text(column)};
        default: return s.text(column);
    }
}

void bind_cell(Statement& s, int index, const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) s.bind_null(index);
    else if (const auto* number = std::get_if<int64_t>(&cell)) s.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&cell)) s.bind(index, *real);
    else if (const auto* text = std::get_if<std::string>(&cell)) s.bind(index, std::string_view(*text));
    else s.bind_blob(index, std::get<Blob>(cell).bytes);
}

}  // namespace

std::vector<std::string> SqliteBackend::table_names() {
    std::vector<std::string> names;
    auto s = db_.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                         "ORDER BY name");
    while (s.step())
        if (!is_derived_table(s.text(0))) names.push_back(s.text(0));
    return names;
}

TableRows SqliteBackend::table_rows(const std::string& table) {
    TableRows result;
    auto s = db_.prepare("SELECT * FROM " + quoted(table));
    for (int c = 0; c < s.column_count(); ++c) result.columns.push_back(s.column_name(c));
    while (s.step()) {
        TableRow row;
        row.reserve(result.columns.size());
        for (int c = 0; c < s.column_count(); ++c) row.push_back(cell_at(s, c));
        result.rows.push_back(std::move(row));
    }
    return result;
}

// One prepared statement, run per row: inside the copy's one transaction SQLite writes nothing
// to disk before the commit, so a multi-row statement would save little.
void SqliteBackend::insert_rows(const std::string& table, const TableRows& rows) {
    if (rows.rows.empty()) return;
    std::string columns, values;
    for (size_t c = 0; c < rows.columns.size(); ++c) {
        columns += (c ? ", " : "") + quoted(rows.columns[c]);
        values += fmt::format("{}?{}", c ? ", " : "", c + 1);
    }
    auto s = db_.prepare(fmt::format("INSERT INTO {} ({}) VALUES ({})", quoted(table), columns, values));
    for (const auto& row : rows.rows) {
        for (size_t c = 0; c < row.size(); ++c) bind_cell(s, static_cast<int>(c + 1), row[c]);
        s.run();
    }
}

void SqliteBackend::clear_table(const std::string& table) { db_.exec("DELETE FROM " + quoted(table)); }

void SqliteBackend::continue_ids() {}  // an INTEGER PRIMARY KEY takes max(id) + 1 by itself

}  // namespace inspraak::core
