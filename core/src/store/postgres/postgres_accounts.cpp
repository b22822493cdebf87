// The round's accounts and the points' assignments to officers in PostgreSQL (tables users and
// assignments, schema version 5), statement for statement as in SQLite (sqlite_accounts.cpp).
#include "store/postgres/pg_row.hpp"
#include "store/postgres/postgres_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::vector<StoredUser> PostgresBackend::users() {
    return reading([&](Tx& tx) {
        std::vector<StoredUser> users;
        for (const auto& row :
             run(tx, "SELECT name, role, password_hash, created_at, updated_at FROM users ORDER BY name COLLATE \"C\""))
            users.push_back(read_user_row(PgRow(row)));
        return users;
    });
}

std::optional<StoredUser> PostgresBackend::user(const std::string& name) {
    return reading([&](Tx& tx) -> std::optional<StoredUser> {
        auto rows = run(tx, "SELECT name, role, password_hash, created_at, updated_at FROM users WHERE name = $1", name);
        if (rows.empty()) return std::nullopt;
        return read_user_row(PgRow(rows[0]));
    });
}

void PostgresBackend::save_user(const StoredUser& user) {
    const std::string now = now_iso8601();
    writing([&](Tx& tx) {
        run(tx, "INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) "
                "ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, "
                "updated_at = excluded.updated_at",
            user.name, user.role, user.password_hash, now);
    });
}

bool PostgresBackend::remove_user(const std::string& name) {
    return writing([&](Tx& tx) { return run(tx, "DELETE FROM users WHERE name = $1", name).affected_rows() > 0; });
}

void PostgresBackend::assign_points(const std::vector<std::string>& point_ids, const std::string& officer,
                                    const std::string& assigned_by) {
    const std::string now = now_iso8601();
    writing([&](Tx& tx) {
        for (const auto& id : point_ids)
            run(tx, "INSERT INTO assignments (point_id, officer, assigned_by, assigned_at) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (point_id) DO UPDATE SET officer = excluded.officer, assigned_by = excluded.assigned_by, "
                    "assigned_at = excluded.assigned_at",
                id, officer, assigned_by, now);
    });
}

void PostgresBackend::unassign_points(const std::vector<std::string>& point_ids) {
    writing([&](Tx& tx) {
        for (const auto& id : point_ids) run(tx, "DELETE FROM assignments WHERE point_id = $1", id);
    });
}

}  // namespace inspraak::core::postgres
