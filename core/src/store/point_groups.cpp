#include "store/point_groups.hpp"

namespace inspraak::core {

std::map<std::string, PointGroup> load_point_groups(Database& db) {
    auto statement = db.prepare("SELECT point_id, group_id, similarity FROM point_groups");
    std::map<std::string, PointGroup> groups;
    while (statement.step()) {
        PointGroup group{statement.text(0), statement.text(1), statement.real(2)};
        groups.emplace(group.point_id, std::move(group));
    }
    return groups;
}

void save_point_groups(Database& db, const std::vector<PointGroup>& groups) {
    auto statement = db.prepare(
        "INSERT INTO point_groups (point_id, group_id, similarity) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (point_id) DO UPDATE SET group_id = excluded.group_id, similarity = excluded.similarity");
    for (const auto& group : groups) statement.bind(1, group.point_id).bind(2, group.group_id).bind(3, group.similarity).run();
}

void remove_point_groups(Database& db, const std::vector<std::string>& point_ids) {
    auto statement = db.prepare("DELETE FROM point_groups WHERE point_id = ?1");
    for (const auto& id : point_ids) statement.bind(1, id).run();
}

std::map<std::string, std::vector<std::string>> group_members_by_lead(Database& db) {
    auto statement = db.prepare(
        "SELECT g.group_id, g.point_id FROM point_groups g JOIN points p ON p.id = g.point_id "
        "JOIN submissions s ON s.id = p.submission_id WHERE g.point_id <> g.group_id ORDER BY s.seq, p.position");
    std::map<std::string, std::vector<std::string>> members;
    while (statement.step()) members[statement.text(0)].push_back(statement.text(1));
    return members;
}

}  // namespace inspraak::core
