// The revised framework's changes and their links to points, in SQLite (framework_changes and
// change_links, schema 9).
#include <set>

#include "store/sqlite_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {

std::vector<FrameworkChange> SqliteBackend::framework_changes() {
    auto s = statement(
        "SELECT id, ordinal, kind, scope, chapter, chapter_title, section, page, old_chapter, old_section, old_page, "
        "old_text, new_text, key FROM framework_changes ORDER BY ordinal, id");
    std::vector<FrameworkChange> changes;
    while (s.step()) changes.push_back(read_framework_change_row(s));
    return changes;
}

void SqliteBackend::replace_framework_changes(const std::vector<FrameworkChange>& changes) {
    std::set<std::string> keys;
    for (const auto& change : changes) keys.insert(change.key);
    std::vector<int64_t> gone;
    {
        auto s = statement("SELECT id, key FROM framework_changes");
        while (s.step())
            if (!keys.count(s.text(1))) gone.push_back(s.integer(0));
    }
    for (int64_t id : gone) statement("DELETE FROM framework_changes WHERE id = ?1").bind(1, id).run();
    for (const auto& change : changes)
        statement(
            "INSERT INTO framework_changes (ordinal, kind, scope, chapter, chapter_title, section, page, old_chapter, "
            "old_section, old_page, old_text, new_text, key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
            "ON CONFLICT (key) DO UPDATE SET ordinal = excluded.ordinal, chapter = excluded.chapter, "
            "chapter_title = excluded.chapter_title, section = excluded.section, page = excluded.page, "
            "old_chapter = excluded.old_chapter, old_section = excluded.old_section, old_page = excluded.old_page")
            .bind(1, change.ordinal)
            .bind(2, change.kind)
            .bind(3, change.scope)
            .bind(4, change.chapter)
            .bind(5, change.chapter_title)
            .bind(6, change.section)
            .bind(7, change.page)
            .bind(8, change.old_chapter)
            .bind(9, change.old_section)
            .bind(10, change.old_page)
            .bind(11, change.old_text)
            .bind(12, change.new_text)
            .bind(13, change.key)
            .run();
}

std::vector<ChangeLink> SqliteBackend::change_links(const std::optional<std::string>& point_id) {
    // One point's links through the primary key's index (point_id first): under "?1 IS NULL OR"
    // the planner would not use it, and a point page reads them on every view.
    auto s = point_id ? statement("SELECT point_id, change_id, score, state, decided_by, decided_at FROM change_links "
                                  "WHERE point_id = ?1 ORDER BY point_id, score DESC, change_id")
                      : statement("SELECT point_id, change_id, score, state, decided_by, decided_at FROM change_links "
                                  "ORDER BY point_id, score DESC, change_id");
    if (point_id) s.bind(1, *point_id);
    std::vector<ChangeLink> links;
    while (s.step()) links.push_back(read_change_link_row(s));
    return links;
}

void SqliteBackend::clear_proposed_change_links() {
    statement("DELETE FROM change_links WHERE state = 'proposed'").run();
}

bool SqliteBackend::save_machine_change_link(const std::string& point_id, int64_t change_id, double score) {
    statement(
        "INSERT INTO change_links (point_id, change_id, score, state) VALUES (?1, ?2, ?3, 'proposed') "
        "ON CONFLICT (point_id, change_id) DO UPDATE SET score = excluded.score WHERE change_links.state = 'proposed'")
        .bind(1, point_id)
        .bind(2, change_id)
        .bind(3, score)
        .run();
    return db_.changes() > 0;
}

void SqliteBackend::decide_change_link(const ChangeLink& link) {
    statement(
        "INSERT INTO change_links (point_id, change_id, score, state, decided_by, decided_at) "
        "VALUES (?1, ?2, 0, ?3, ?4, ?5) ON CONFLICT (point_id, change_id) DO UPDATE SET state = excluded.state, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at")
        .bind(1, link.point_id)
        .bind(2, link.change_id)
        .bind(3, link.state)
        .bind(4, link.decided_by)
        .bind(5, now_iso8601())
        .run();
}

}  // namespace inspraak::core
