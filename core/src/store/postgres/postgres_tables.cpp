// The PostgreSQL backend's generic table access (StoreBackend::table_rows and the rest): any
// table read and written as plain cells, for copying a round between stores (store_copy.hpp).
// Cells are SQLite's storage classes: BOOLEAN reads as 0/1 and BYTEA as a blob, and on the way
// in each parameter is cast to its column's type, so that 0/1 becomes a BOOLEAN again.
#include <fmt/core.h>
#include <pqxx/prepared_statement>

#include <algorithm>
#include <map>
#include <optional>
#include <variant>

#include "store/postgres/error.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/postgres/postgres_backend.hpp"
#include "store/postgres/round_name.hpp"
#include "store/postgres/schema.hpp"
#include "util/hex.hpp"

namespace inspraak::core::postgres {
namespace {

// PostgreSQL's built-in type oids (pg_type.dat), fixed since long before any version we support.
constexpr pqxx::oid bool_oid = 16, bytea_oid = 17, int8_oid = 20, int2_oid = 21, int4_oid = 23, float4_oid = 700,
                    float8_oid = 701;

Cell cell_of(const pqxx::field& field, pqxx::oid type) {
    if (field.is_null()) return std::monostate{};
    switch (type) {
        case bool_oid: return int64_t{field.as<bool>() ? 1 : 0};
        case bytea_oid: return Blob{pqxx::binarystring(field).str()};
        case int2_oid:
        case int4_oid:
        case int8_oid: return field.as<int64_t>();
        case float4_oid:
        case float8_oid: return field.as<double>();
        default: return std::string(field.c_str(), field.size());
    }
}

// A cell as a parameter's text; nullopt for NULL. Bytes in BYTEA's hex input form.
std::optional<std::string> parameter_text(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return std::nullopt;
    if (const auto* number = std::get_if<int64_t>(&cell)) return std::to_string(*number);
    if (const auto* real = std::get_if<double>(&cell)) return fmt::format("{}", *real);  // shortest exact form
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    return "\\x" + lower_hex(std::get<Blob>(cell).bytes);
}

// One INSERT carries this many rows at most (and no more than about this many bytes), well
// below PostgreSQL's 65535 parameters per statement.
constexpr size_t batch_parameters = 30000;
constexpr size_t batch_bytes = size_t{16} << 20;

}  // namespace

std::vector<std::string> PostgresBackend::table_names() {
    return reading([&](Tx& tx) {
        std::vector<std::string> names;
        auto rows = tx.exec_params("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                   "AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name COLLATE \"C\"",
                                   std::string(version_table));
        for (const auto& row : rows)
            if (!is_derived_table(PgRow(row).text(0))) names.push_back(PgRow(row).text(0));
        return names;
    });
}

TableRows PostgresBackend::table_rows(const std::string& table) {
    return reading([&](Tx& tx) {
        auto result = tx.exec("SELECT * FROM " + quoted_identifier(table));
        TableRows rows;
        std::vector<pqxx::oid> types;
        for (pqxx::row::size_type c = 0; c < result.columns(); ++c) {
            rows.columns.emplace_back(result.column_name(c));
            types.push_back(result.column_type(c));
        }
        rows.rows.reserve(result.size());
        for (const auto& row : result) {
            TableRow cells;
            cells.reserve(types.size());
            for (pqxx::row::size_type c = 0; c < result.columns(); ++c) cells.push_back(cell_of(row[c], types[c]));
            rows.rows.push_back(std::move(cells));
        }
        return rows;
    });
}

void PostgresBackend::insert_rows(const std::string& table, const TableRows& rows) {
    if (rows.rows.empty()) return;
    writing([&](Tx& tx) {
        std::map<std::string, std::string> type_of;
        for (const auto& row : tx.exec_params("SELECT column_name, data_type FROM information_schema.columns "
                                              "WHERE table_schema = current_schema() AND table_name = $1",
                                              table))
            type_of[PgRow(row).text(0)] = PgRow(row).text(1);
        std::string columns;
        std::vector<std::string> casts;
        for (const auto& column : rows.columns) {
            auto type = type_of.find(column);
            if (type == type_of.end())
                throw PostgresError(ErrorKind::internal,
                                    Message{"pg.no_such_column",
                                            {describe(connection_.address(), connection_.round()), table, column}});
            columns += (columns.empty() ? "" : ", ") + quoted_identifier(column);
            casts.push_back("::" + type->second);
        }
        const std::string insert = fmt::format("INSERT INTO {} ({}) VALUES ", quoted_identifier(table), columns);
        const size_t rows_per_batch = std::max<size_t>(1, batch_parameters / rows.columns.size());

        for (size_t first = 0; first < rows.rows.size();) {
            std::vector<std::optional<std::string>> texts;
            std::string values;
            size_t bytes = 0, count = 0;
            for (; first < rows.rows.size() && count < rows_per_batch && (count == 0 || bytes < batch_bytes); ++first, ++count) {
                values += count ? ", (" : "(";
                for (size_t c = 0; c < rows.columns.size(); ++c) {
                    texts.push_back(parameter_text(rows.rows[first][c]));
                    if (texts.back()) bytes += texts.back()->size();
                    values += fmt::format("{}${}{}", c ? ", " : "", texts.size(), casts[c]);
                }
                values += ")";
            }
            // Pointers only once `texts` stops growing; a null pointer is NULL to libpqxx.
            std::vector<const char*> parameters;
            parameters.reserve(texts.size());
            for (const auto& text : texts) parameters.push_back(text ? text->c_str() : nullptr);
            tx.exec_params(insert + values, pqxx::prepare::make_dynamic_params(parameters));
        }
    });
}

void PostgresBackend::clear_table(const std::string& table) {
    writing([&](Tx& tx) { tx.exec("DELETE FROM " + quoted_identifier(table)); });
}

void PostgresBackend::continue_ids() {
    writing([&](Tx& tx) {
        auto identities = tx.exec("SELECT table_name, column_name FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND is_identity = 'YES'");
        for (const auto& identity : identities) {
            std::string table = quoted_identifier(PgRow(identity).text(0));
            std::string column = quoted_identifier(PgRow(identity).text(1));
            // is_called false: the next id handed out is max + 1 itself (1 in an empty table).
            tx.exec_params(fmt::format("SELECT setval(pg_get_serial_sequence($1, $2), "
                                       "coalesce((SELECT max({}) FROM {}), 0) + 1, false)",
                                       column, table),
                           table, PgRow(identity).text(1));
        }
    });
}

}  // namespace inspraak::core::postgres
