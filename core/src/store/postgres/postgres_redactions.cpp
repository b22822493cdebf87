// Personal data an officer decided to keep public, in PostgreSQL (table kept_public, schema 7),
// statement for statement as in SQLite (sqlite_redactions.cpp).
#include "store/postgres/pg_row.hpp"
#include "store/postgres/postgres_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::vector<KeptPublicText> PostgresBackend::kept_public(const std::optional<std::string>& point_id) {
    return reading([&](Tx& tx) {
        std::vector<KeptPublicText> kept;
        // One point's through the primary key's index, which a generic plan of "$1 IS NULL OR" would not use.
        const pqxx::result rows =
            point_id ? run(tx, "SELECT point_id, kind, text, decided_by, decided_at FROM kept_public WHERE point_id = $1 "
                               "ORDER BY point_id COLLATE \"C\", kind COLLATE \"C\", text COLLATE \"C\"",
                           *point_id)
                     : run(tx, "SELECT point_id, kind, text, decided_by, decided_at FROM kept_public "
                               "ORDER BY point_id COLLATE \"C\", kind COLLATE \"C\", text COLLATE \"C\"");
        for (const auto& row : rows) kept.push_back(read_kept_public_row(PgRow(row)));
        return kept;
    });
}

bool PostgresBackend::keep_public(const KeptPublicText& kept) {
    const std::string now = now_iso8601();
    return writing([&](Tx& tx) {
        return run(tx, "INSERT INTO kept_public (point_id, kind, text, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5) "
                       "ON CONFLICT (point_id, kind, text) DO NOTHING",
                   kept.point_id, kept.kind, kept.text, kept.decided_by, now)
                   .affected_rows() > 0;
    });
}

bool PostgresBackend::redact_again(const std::string& point_id, const std::string& kind, const std::string& text) {
    return writing([&](Tx& tx) {
        return run(tx, "DELETE FROM kept_public WHERE point_id = $1 AND kind = $2 AND text = $3", point_id, kind, text)
                   .affected_rows() > 0;
    });
}

}  // namespace inspraak::core::postgres
