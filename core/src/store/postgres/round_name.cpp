#include "store/postgres/round_name.hpp"

#include <algorithm>

namespace inspraak::core::postgres {

namespace {

constexpr size_t max_round_name = 50;

bool allowed(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

}  // namespace

std::optional<Message> round_name_problem(std::string_view name) {
    if (name.empty()) return Message{"pg.round_name_empty"};
    if (name.size() > max_round_name || !std::all_of(name.begin(), name.end(), allowed))
        return Message{"pg.round_name_invalid", {std::string(name.substr(0, 60)), std::to_string(max_round_name)}};
    // PostgreSQL refuses schemas named pg_*; public and information_schema exist in every database.
    if (name.starts_with("pg_") || name == "public" || name == "information_schema")
        return Message{"pg.round_name_reserved", {std::string(name)}};
    return std::nullopt;
}

std::string quoted_identifier(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace inspraak::core::postgres
