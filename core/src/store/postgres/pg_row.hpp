// A libpqxx row as the store's row readers (store/stored_rows.hpp) read one, and BYTEA both ways.
// Bytes are libpqxx-version specific (6.4: pqxx::binarystring; 7: std::basic_string<std::byte>):
// this is the one place that knows.
#pragma once

#include <pqxx/binarystring>
#include <pqxx/result>
#include <pqxx/row>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace inspraak::core::postgres {

class PgRow {
public:
    // A copy of the row (a handle on the shared result): a PgRow may outlive the expression
    // that made the row.
    explicit PgRow(pqxx::row row) : row_(std::move(row)) {}

    // NULL reads as empty or 0, as SQLite's columns do.
    std::string text(int column) const {
        auto field = at(column);
        return field.is_null() ? std::string() : std::string(field.c_str(), field.size());
    }
    int64_t integer(int column) const {
        auto field = at(column);
        return field.is_null() ? 0 : field.as<int64_t>();
    }
    double real(int column) const {
        auto field = at(column);
        return field.is_null() ? 0.0 : field.as<double>();
    }
    bool boolean(int column) const {
        auto field = at(column);
        return !field.is_null() && field.as<bool>();
    }
    std::string bytes(int column) const { return pqxx::binarystring(at(column)).str(); }

private:
    pqxx::field at(int column) const { return row_[static_cast<pqxx::row::size_type>(column)]; }

    pqxx::row row_;
};

// Bytes as a BYTEA parameter (sent in binary, not escaped).
inline pqxx::binarystring bytea(std::string_view bytes) { return pqxx::binarystring(bytes.data(), bytes.size()); }

// An optional text parameter: NULL when absent (libpqxx 6.4 takes a null pointer for NULL). The
// pointer lives as long as `value`.
inline const char* text_or_null(const std::optional<std::string>& value) { return value ? value->c_str() : nullptr; }

}  // namespace inspraak::core::postgres
