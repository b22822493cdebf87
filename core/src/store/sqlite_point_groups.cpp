// Campaign and duplicate groups in SQLite (table point_groups, schema version 2).
#include "store/sqlite_backend.hpp"

namespace inspraak::core {

std::map<std::string, PointGroup> SqliteBackend::point_groups() {
    auto s = statement("SELECT point_id, group_id, similarity FROM point_groups");
    std::map<std::string, PointGroup> groups;
    while (s.step()) {
        PointGroup group{s.text(0), s.text(1), s.real(2)};
        groups.emplace(group.point_id, std::move(group));
    }
    return groups;
}

// One prepared statement for all rows: a grouping run may write 100,000 of them.
void SqliteBackend::save_point_groups(const std::vector<PointGroup>& groups) {
    auto s = statement(
        "INSERT INTO point_groups (point_id, group_id, similarity) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (point_id) DO UPDATE SET group_id = excluded.group_id, similarity = excluded.similarity");
    for (const auto& group : groups) s.bind(1, group.point_id).bind(2, group.group_id).bind(3, group.similarity).run();
}

void SqliteBackend::remove_point_groups(const std::vector<std::string>& point_ids) {
    auto s = statement("DELETE FROM point_groups WHERE point_id = ?1");
    for (const auto& id : point_ids) s.bind(1, id).run();
}

std::map<std::string, std::vector<std::string>> SqliteBackend::group_members_by_lead() {
    auto s = statement(
        "SELECT g.group_id, g.point_id FROM point_groups g JOIN points p ON p.id = g.point_id "
        "JOIN submissions s ON s.id = p.submission_id WHERE g.point_id <> g.group_id ORDER BY s.seq, p.position");
    std::map<std::string, std::vector<std::string>> members;
    while (s.step()) members[s.text(0)].push_back(s.text(1));
    return members;
}

std::vector<std::string> SqliteBackend::group_point_ids(const std::string& group_id) {
    auto s = statement(
        "SELECT g.point_id FROM point_groups g JOIN points p ON p.id = g.point_id "
        "JOIN submissions s ON s.id = p.submission_id WHERE g.group_id = ?1 ORDER BY s.seq, p.position");
    s.bind(1, group_id);
    std::vector<std::string> ids;
    while (s.step()) ids.push_back(s.text(0));
    return ids;
}

}  // namespace inspraak::core
