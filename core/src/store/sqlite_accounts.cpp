// The round's accounts and the points' assignments to officers in SQLite (tables users and
// assignments, schema version 5).
#include "store/sqlite_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {

std::vector<StoredUser> SqliteBackend::users() {
    auto s = statement("SELECT name, role, password_hash, created_at, updated_at FROM users ORDER BY name");
    std::vector<StoredUser> users;
    while (s.step()) users.push_back(read_user_row(s));
    return users;
}

std::optional<StoredUser> SqliteBackend::user(const std::string& name) {
    auto s = statement("SELECT name, role, password_hash, created_at, updated_at FROM users WHERE name = ?1");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    return read_user_row(s);
}

void SqliteBackend::save_user(const StoredUser& user) {
    const std::string now = now_iso8601();
    statement("INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) "
              "ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, "
              "updated_at = excluded.updated_at")
        .bind(1, user.name)
        .bind(2, user.role)
        .bind(3, user.password_hash)
        .bind(4, now)
        .run();
}

bool SqliteBackend::remove_user(const std::string& name) {
    statement("DELETE FROM users WHERE name = ?1").bind(1, name).run();
    return db_.changes() > 0;
}

void SqliteBackend::assign_points(const std::vector<std::string>& point_ids, const std::string& officer,
                                  const std::string& assigned_by) {
    const std::string now = now_iso8601();
    auto s = statement(
        "INSERT INTO assignments (point_id, officer, assigned_by, assigned_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (point_id) DO UPDATE SET officer = excluded.officer, assigned_by = excluded.assigned_by, "
        "assigned_at = excluded.assigned_at");
    for (const auto& id : point_ids) s.bind(1, id).bind(2, officer).bind(3, assigned_by).bind(4, now).run();
}

void SqliteBackend::unassign_points(const std::vector<std::string>& point_ids) {
    auto s = statement("DELETE FROM assignments WHERE point_id = ?1");
    for (const auto& id : point_ids) s.bind(1, id).run();
}

}  // namespace inspraak::core
