// Campaign and duplicate groups in PostgreSQL (table point_groups, schema version 2).
#include "store/postgres/postgres_backend.hpp"

#include "store/postgres/pg_row.hpp"

namespace inspraak::core::postgres {

std::map<std::string, PointGroup> PostgresBackend::point_groups() {
    return reading([&](Tx& tx) {
        std::map<std::string, PointGroup> groups;
        for (const auto& row : run(tx, "SELECT point_id, group_id, similarity FROM point_groups")) {
            PgRow g(row);
            PointGroup group{g.text(0), g.text(1), g.real(2)};
            groups.emplace(group.point_id, std::move(group));
        }
        return groups;
    });
}

// One prepared statement for all rows, in one transaction: a grouping run may write 100,000.
void PostgresBackend::save_point_groups(const std::vector<PointGroup>& groups) {
    writing([&](Tx& tx) {
        for (const auto& group : groups)
            run(tx, "INSERT INTO point_groups (point_id, group_id, similarity) VALUES ($1, $2, $3) "
                    "ON CONFLICT (point_id) DO UPDATE SET group_id = excluded.group_id, similarity = excluded.similarity",
                group.point_id, group.group_id, group.similarity);
    });
}

void PostgresBackend::remove_point_groups(const std::vector<std::string>& point_ids) {
    writing([&](Tx& tx) {
        for (const auto& id : point_ids) run(tx, "DELETE FROM point_groups WHERE point_id = $1", id);
    });
}

std::map<std::string, std::vector<std::string>> PostgresBackend::group_members_by_lead() {
    return reading([&](Tx& tx) {
        std::map<std::string, std::vector<std::string>> members;
        for (const auto& row : run(tx, "SELECT g.group_id, g.point_id FROM point_groups g JOIN points p ON p.id = g.point_id "
                                       "JOIN submissions s ON s.id = p.submission_id WHERE g.point_id <> g.group_id "
                                       "ORDER BY s.seq, p.position"))
            members[PgRow(row).text(0)].push_back(PgRow(row).text(1));
        return members;
    });
}

std::vector<std::string> PostgresBackend::group_point_ids(const std::string& group_id) {
    return reading([&](Tx& tx) {
        std::vector<std::string> ids;
        for (const auto& row : run(tx, "SELECT g.point_id FROM point_groups g JOIN points p ON p.id = g.point_id "
                                       "JOIN submissions s ON s.id = p.submission_id WHERE g.group_id = $1 "
                                       "ORDER BY s.seq, p.position",
                                   group_id))
            ids.push_back(PgRow(row).text(0));
        return ids;
    });
}

}  // namespace inspraak::core::postgres
