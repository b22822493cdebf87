// Reading parts of the round in PostgreSQL: points by id with all that belongs to them, the round
// a page at a time, a filtered page of point ids (point_filter_sql.hpp), and the audit log (which
// is written here too).
#include "store/postgres/postgres_backend.hpp"

#include <fmt/core.h>

#include "store/json_list.hpp"
#include "store/point_filter_sql.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::vector<PointDetail> PostgresBackend::points_by_id(const std::vector<std::string>& ids) {
    if (ids.empty()) return {};
    static const std::string sql =
        std::string(point_detail_columns) + point_detail_joins + point_detail_added_joins +
        "WHERE p.id IN (SELECT json_array_elements_text($1::json))";
    return reading([&](Tx& tx) {
        std::vector<PointDetail> found;
        for (const auto& row : run(tx, sql.c_str(), ids_json(ids))) found.push_back(read_point_detail(PgRow(row)));
        read_chapters(tx, classified_points(found));
        return found;
    });
}

std::string PostgresBackend::submission_body(const std::string& submission_id) {
    return reading([&](Tx& tx) {
        const auto body = run(tx, "SELECT body FROM submissions WHERE id = $1", submission_id);
        return body.empty() ? std::string{} : PgRow(body[0]).text(0);
    });
}

void PostgresBackend::read_chapters(Tx& tx, const std::map<std::string, StoredClassification*>& classified) {
    if (classified.empty()) return;
    for (const auto& row : run(tx, "SELECT point_id, section_id, score, best_section_id FROM point_chapters "
                                   "WHERE point_id IN (SELECT json_array_elements_text($1::json)) "
                                   "ORDER BY point_id COLLATE \"C\", rank",
                               ids_json(classified))) {
        PgRow chapter(row);
        classified.at(chapter.text(0))->classification.chapters.push_back(
            ChapterScore{chapter.text(1), chapter.real(2), chapter.text(3)});
    }
}

namespace {

// A page of a walk in round order: the points after the cursor ($1 seq, $2 position), at most $3,
// and the order; a walk's own condition goes between the two (PostgreSQL walks the same indexes).
constexpr const char* after_cursor = "WHERE s.seq >= $1::bigint AND (s.seq > $1::bigint OR p.position > $2::integer) ";
constexpr const char* in_round_order = "ORDER BY s.seq, p.position LIMIT $3::bigint";

}  // namespace

RoundPointPage PostgresBackend::points_after(const RoundCursor& after, int64_t limit, RoundWalk walk) {
    auto sql = [](const char* rows) {
        return std::string(point_detail_columns) + point_detail_joins + point_detail_added_joins + after_cursor + rows + in_round_order;
    };
    static const std::string all_points = sql(""), published_rows = sql(published_rows_only);
    const char* chosen = walk == RoundWalk::all_points ? all_points.c_str() : published_rows.c_str();
    return reading([&](Tx& tx) {
        RoundPointPage page;
        for (const auto& row : run(tx, chosen, after.submission_seq, after.position, limit)) {
            page.points.push_back(read_point_detail(PgRow(row)));
            page.next = RoundCursor{read_point_detail_seq(PgRow(row)), page.points.back().point.position};
        }
        read_chapters(tx, classified_points(page.points));
        return page;
    });
}

GroupedPointPage PostgresBackend::grouped_points_after(const RoundCursor& after, int64_t limit) {
    static const std::string sql = std::string(grouped_point_columns) +
                                   "FROM submissions s JOIN points p ON p.submission_id = s.id "
                                   "JOIN point_groups g ON g.point_id = p.id " +
                                   after_cursor + in_round_order;
    return reading([&](Tx& tx) {
        GroupedPointPage page;
        for (const auto& row : run(tx, sql.c_str(), after.submission_seq, after.position, limit))
            page.points.push_back(read_grouped_point(PgRow(row), page.next));
        return page;
    });
}

namespace {

// The parameters as text (libpqxx 6.4 binds no double): a number as the shortest text that
// reads back as the same double.
std::vector<std::string> parameter_texts(const std::vector<SqlValue>& parameters) {
    std::vector<std::string> texts;
    for (const SqlValue& value : parameters) {
        if (const auto* number = std::get_if<double>(&value))
            texts.push_back(fmt::format("{}", *number));
        else
            texts.push_back(std::get<std::string>(value));
    }
    return texts;
}

}  // namespace

std::vector<std::string> PostgresBackend::find_point_ids(const PointQuery& query) {
    const PointFilterSql filter = point_filter_sql(query, PointFilterUse::list, postgres_dialect);
    const int limit = static_cast<int>(filter.parameters.size()) + 1;
    const char* sql = point_queries_.get(filter.shape, [&] {
        return fmt::format("SELECT p.id{}{} LIMIT nullif(${}::bigint, 0) OFFSET ${}::bigint", filter.from_where,
                           filter.order_by, limit, limit + 1);  // LIMIT NULL: none
    });
    std::vector<std::string> parameters = parameter_texts(filter.parameters);
    parameters.push_back(std::to_string(query.limit > 0 ? query.limit : int64_t{0}));
    parameters.push_back(std::to_string(query.offset > 0 ? query.offset : int64_t{0}));
    return reading([&](Tx& tx) {
        std::vector<std::string> ids;
        for (const auto& row : tx.exec_prepared(prepared(sql), pqxx::prepare::make_dynamic_params(parameters)))
            ids.push_back(PgRow(row).text(0));
        return ids;
    });
}

int64_t PostgresBackend::count_points(const PointQuery& query) {
    const PointFilterSql filter = point_filter_sql(query, PointFilterUse::count, postgres_dialect);
    const char* sql = point_queries_.get(filter.shape, [&] { return "SELECT count(*)" + filter.from_where; });
    const std::vector<std::string> parameters = parameter_texts(filter.parameters);
    return reading([&](Tx& tx) {
        return tx.exec_prepared(prepared(sql), pqxx::prepare::make_dynamic_params(parameters))[0][0].as<int64_t>();
    });
}

std::vector<std::string> PostgresBackend::stakeholder_groups() {
    return reading([&](Tx& tx) {
        std::vector<std::string> groups;
        for (const auto& row : run(tx, tally_sql::stakeholder_groups)) groups.push_back(row[0].as<std::string>());
        return groups;
    });
}

PointTally PostgresBackend::tally() {
    return reading([&](Tx& tx) {
        PointTally tally;
        for (const auto& row : run(tx, tally_sql::kept))
            add_tally_row(tally, row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                          row[3].as<int64_t>());
        return tally;
    });
}

bool PostgresBackend::tally_stale() {
    return reading([&](Tx& tx) { return run(tx, tally_sql::stale)[0][0].as<bool>(); });
}

void PostgresBackend::recount_tally() {
    writing([&](Tx& tx) {
        for (const char* sql : tally_sql::recount) run(tx, sql);
    });
}

void PostgresBackend::audit(const std::string& who, const std::string& entity, const std::string& entity_id,
                            const std::string& field, const std::string& old_value, const std::string& new_value) {
    writing([&](Tx& tx) {
        run(tx, "INSERT INTO audit(at, who, entity, entity_id, field, old_value, new_value) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            now_iso8601(), who, entity, entity_id, field, old_value, new_value);
    });
}

int64_t PostgresBackend::audit_count() {
    return reading([&](Tx& tx) { return run(tx, "SELECT count(*) FROM audit")[0][0].as<int64_t>(); });
}

std::vector<AuditEntry> PostgresBackend::audit_log(const AuditQuery& query) {
    return reading([&](Tx& tx) {
        std::vector<AuditEntry> entries;
        // One entity's log through audit_by_entity, which a generic plan of "$1 IS NULL OR" would not use.
        const char* sql = query.entity && query.entity_id
                              ? "SELECT id, at, who, entity, entity_id, field, coalesce(old_value, ''), "
                                "coalesce(new_value, '') FROM audit WHERE entity = $1 AND entity_id = $2 AND id > $3 ORDER BY id"
                              : "SELECT id, at, who, entity, entity_id, field, coalesce(old_value, ''), "
                                "coalesce(new_value, '') FROM audit WHERE ($1::text IS NULL OR entity = $1) "
                                "AND ($2::text IS NULL OR entity_id = $2) AND id > $3 ORDER BY id";
        for (const auto& row : run(tx, sql, text_or_null(query.entity), text_or_null(query.entity_id), query.after_id)) {
            PgRow e(row);
            entries.push_back(
                AuditEntry{e.integer(0), e.text(1), e.text(2), e.text(3), e.text(4), e.text(5), e.text(6), e.text(7)});
        }
        return entries;
    });
}

}  // namespace inspraak::core::postgres
