// Campaign and duplicate groups in PostgreSQL (table point_groups, schema version 2).
#include "store/postgres/postgres_backend.hpp"

#include <algorithm>
#include <cstddef>

#include <nlohmann/json.hpp>

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

namespace {

// Rows per statement: each row sent on its own is a round trip to the server, and a grouping run
// may write hundreds of thousands; a statement takes a chunk of them as one JSON array.
constexpr std::size_t rows_per_statement = 5000;

}  // namespace

void PostgresBackend::save_point_groups(const std::vector<PointGroup>& groups) {
    writing([&](Tx& tx) {
        for (std::size_t begin = 0; begin < groups.size(); begin += rows_per_statement) {
            nlohmann::json rows = nlohmann::json::array();
            for (std::size_t i = begin; i < std::min(groups.size(), begin + rows_per_statement); ++i)
                rows.push_back({groups[i].point_id, groups[i].group_id, groups[i].similarity});
            run(tx, "INSERT INTO point_groups (point_id, group_id, similarity) "
                    "SELECT r->>0, r->>1, (r->>2)::double precision FROM json_array_elements($1::json) AS r "
                    "ON CONFLICT (point_id) DO UPDATE SET group_id = excluded.group_id, similarity = excluded.similarity",
                rows.dump());
        }
    });
}

void PostgresBackend::remove_point_groups(const std::vector<std::string>& point_ids) {
    writing([&](Tx& tx) {
        for (std::size_t begin = 0; begin < point_ids.size(); begin += rows_per_statement) {
            nlohmann::json ids = nlohmann::json::array();
            for (std::size_t i = begin; i < std::min(point_ids.size(), begin + rows_per_statement); ++i) ids.push_back(point_ids[i]);
            run(tx, "DELETE FROM point_groups WHERE point_id IN (SELECT json_array_elements_text($1::json))", ids.dump());
        }
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
