#include "store/postgres/round_name.hpp"

#include <fmt/core.h>

#include <algorithm>

namespace inspraak::core::postgres {

namespace {

constexpr size_t max_round_name = 50;

bool allowed(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

}  // namespace

std::string round_name_problem(std::string_view name) {
    if (name.empty()) return "de rondenaam is leeg";
    if (name.size() > max_round_name || !std::all_of(name.begin(), name.end(), allowed))
        return fmt::format("ongeldige rondenaam '{}': gebruik 1 tot {} tekens uit a-z, 0-9, _ en -",
                           name.substr(0, 60), max_round_name);
    // PostgreSQL refuses schemas named pg_*; public and information_schema exist in every database.
    if (name.starts_with("pg_") || name == "public" || name == "information_schema")
        return fmt::format("rondenaam '{}' is voorbehouden aan PostgreSQL", name);
    return {};
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
