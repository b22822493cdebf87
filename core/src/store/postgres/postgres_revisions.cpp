// The revised framework's changes and their links to points, in PostgreSQL (framework_changes
// and change_links, schema 9), statement for statement as in SQLite (sqlite_revisions.cpp).
#include <set>

#include "store/postgres/pg_row.hpp"
#include "store/postgres/postgres_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::vector<FrameworkChange> PostgresBackend::framework_changes() {
    return reading([&](Tx& tx) {
        std::vector<FrameworkChange> changes;
        for (const auto& row :
             run(tx, "SELECT id, ordinal, kind, scope, chapter, chapter_title, section, page, old_chapter, old_section, "
                     "old_page, old_text, new_text, key FROM framework_changes ORDER BY ordinal, id"))
            changes.push_back(read_framework_change_row(PgRow(row)));
        return changes;
    });
}

void PostgresBackend::replace_framework_changes(const std::vector<FrameworkChange>& changes) {
    std::set<std::string> keys;
    for (const auto& change : changes) keys.insert(change.key);
    writing([&](Tx& tx) {
        std::vector<int64_t> gone;
        for (const auto& row : run(tx, "SELECT id, key FROM framework_changes")) {
            PgRow read(row);
            if (!keys.count(read.text(1))) gone.push_back(read.integer(0));
        }
        for (int64_t id : gone) run(tx, "DELETE FROM framework_changes WHERE id = $1", id);
        for (const auto& change : changes)
            run(tx,
                "INSERT INTO framework_changes (ordinal, kind, scope, chapter, chapter_title, section, page, old_chapter, "
                "old_section, old_page, old_text, new_text, key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                "$13) ON CONFLICT (key) DO UPDATE SET ordinal = excluded.ordinal, chapter = excluded.chapter, "
                "chapter_title = excluded.chapter_title, section = excluded.section, page = excluded.page, "
                "old_chapter = excluded.old_chapter, old_section = excluded.old_section, old_page = excluded.old_page",
                change.ordinal, change.kind, change.scope, change.chapter, change.chapter_title, change.section, change.page,
                change.old_chapter, change.old_section, change.old_page, change.old_text, change.new_text, change.key);
        return 0;
    });
}

std::vector<ChangeLink> PostgresBackend::change_links(const std::optional<std::string>& point_id) {
    return reading([&](Tx& tx) {
        std::vector<ChangeLink> links;
        // One point's links through the primary key's index, which a generic plan of "$1 IS NULL OR" would not use.
        const pqxx::result rows =
            point_id ? run(tx, "SELECT point_id, change_id, score, state, decided_by, decided_at FROM change_links "
                               "WHERE point_id = $1 ORDER BY point_id COLLATE \"C\", score DESC, change_id",
                           *point_id)
                     : run(tx, "SELECT point_id, change_id, score, state, decided_by, decided_at FROM change_links "
                               "ORDER BY point_id COLLATE \"C\", score DESC, change_id");
        for (const auto& row : rows) links.push_back(read_change_link_row(PgRow(row)));
        return links;
    });
}

void PostgresBackend::clear_proposed_change_links() {
    writing([&](Tx& tx) {
        run(tx, "DELETE FROM change_links WHERE state = 'proposed'");
        return 0;
    });
}

bool PostgresBackend::save_machine_change_link(const std::string& point_id, int64_t change_id, double score) {
    return writing([&](Tx& tx) {
        return run(tx,
                   "INSERT INTO change_links (point_id, change_id, score, state) VALUES ($1, $2, $3, 'proposed') "
                   "ON CONFLICT (point_id, change_id) DO UPDATE SET score = excluded.score "
                   "WHERE change_links.state = 'proposed'",
                   point_id, change_id, score)
                   .affected_rows() > 0;
    });
}

void PostgresBackend::decide_change_link(const ChangeLink& link) {
    const std::string now = now_iso8601();
    writing([&](Tx& tx) {
        run(tx,
            "INSERT INTO change_links (point_id, change_id, score, state, decided_by, decided_at) "
            "VALUES ($1, $2, 0, $3, $4, $5) ON CONFLICT (point_id, change_id) DO UPDATE SET state = excluded.state, "
            "decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            link.point_id, link.change_id, link.state, link.decided_by, now);
        return 0;
    });
}

}  // namespace inspraak::core::postgres
