// Personal data an officer decided to keep public, in SQLite (table kept_public, schema 7).
#include "store/sqlite_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {

std::vector<KeptPublicText> SqliteBackend::kept_public(const std::optional<std::string>& point_id) {
    // One point's through the primary key's index (point_id first), which "?1 IS NULL OR" would defeat.
    auto s = point_id ? statement("SELECT point_id, kind, text, decided_by, decided_at FROM kept_public WHERE point_id = ?1 "
                                  "ORDER BY point_id, kind, text")
                      : statement("SELECT point_id, kind, text, decided_by, decided_at FROM kept_public "
                                  "ORDER BY point_id, kind, text");
    if (point_id) s.bind(1, *point_id);
    std::vector<KeptPublicText> kept;
    while (s.step()) kept.push_back(read_kept_public_row(s));
    return kept;
}

bool SqliteBackend::keep_public(const KeptPublicText& kept) {
    statement("INSERT INTO kept_public (point_id, kind, text, decided_by, decided_at) VALUES (?1, ?2, ?3, ?4, ?5) "
              "ON CONFLICT (point_id, kind, text) DO NOTHING")
        .bind(1, kept.point_id)
        .bind(2, kept.kind)
        .bind(3, kept.text)
        .bind(4, kept.decided_by)
        .bind(5, now_iso8601())
        .run();
    return db_.changes() > 0;
}

bool SqliteBackend::redact_again(const std::string& point_id, const std::string& kind, const std::string& text) {
    statement("DELETE FROM kept_public WHERE point_id = ?1 AND kind = ?2 AND text = ?3")
        .bind(1, point_id)
        .bind(2, kind)
        .bind(3, text)
        .run();
    return db_.changes() > 0;
}

}  // namespace inspraak::core
