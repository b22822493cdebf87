// Reading parts of the round in SQLite: points by id with all that belongs to them, the round a
// page at a time, a filtered page of point ids, and the audit log (which is written here too).
#include <fmt/core.h>

#include "store/json_list.hpp"
#include "store/point_filter_sql.hpp"
#include "store/sqlite_backend.hpp"
#include "store/sqlite_walks.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {

std::vector<PointDetail> SqliteBackend::points_by_id(const std::vector<std::string>& ids) {
    std::vector<PointDetail> found;
    if (ids.empty()) return found;
    {
        // SQLite looks each id of the array up in the primary key: no scan, whatever the round's size.
        static const std::string sql = std::string(point_detail_columns) + point_detail_joins +
                                       point_detail_added_joins + "WHERE p.id IN (SELECT value FROM json_each(?1))";
        auto rows = statement(sql.c_str());
        rows.bind(1, ids_json(ids));
        while (rows.step()) found.push_back(read_point_detail(rows));
    }
    read_chapters(classified_points(found));
    return found;
}

std::string SqliteBackend::submission_body(const std::string& submission_id) {
    auto body = statement("SELECT body FROM submissions WHERE id = ?1");
    body.bind(1, submission_id);
    return body.step() ? body.text(0) : std::string{};
}

void SqliteBackend::read_chapters(const ClassifiedPoints& classified) {
    if (classified.empty()) return;
    auto chapters = statement(
        "SELECT point_id, section_id, score, best_section_id FROM point_chapters "
        "WHERE point_id IN (SELECT value FROM json_each(?1)) ORDER BY point_id, rank");
    chapters.bind(1, ids_json(classified));
    while (chapters.step())
        classified.at(chapters.text(0))->classification.chapters.push_back(
            ChapterScore{chapters.text(1), chapters.real(2), chapters.text(3)});
}

namespace {

// A page of a walk in round order: the points after the cursor (?1 seq, ?2 position), at most ?3,
// and the order; a walk's own condition goes between the two. The range on s.seq lets SQLite walk
// submissions by their seq index and each one's points by (submission_id, position): no sort,
// whatever the round's size.
constexpr const char* after_cursor = "WHERE s.seq >= ?1 AND (s.seq > ?1 OR p.position > ?2) ";
constexpr const char* in_round_order = "ORDER BY s.seq, p.position LIMIT ?3";
// CROSS JOIN keeps that order in SQLite's plan (its left side is the outer loop) whatever its
// statistics say. With statistics of some tables only (PRAGMA optimize analyses the tables a
// connection used: ingest's left them for the points and files, not the submissions) it chose to
// scan every point or file and sort the lot, for every page: a walk through the round took time
// with the square of its size (sqlite_walk_plan_test.cpp).
constexpr const char* walk_joins =
    "FROM submissions s CROSS JOIN points p ON p.submission_id = s.id CROSS JOIN files f ON f.id = s.file_id "
    "CROSS JOIN stakeholders k ON k.id = s.stakeholder_id ";
constexpr const char* grouped_walk_joins =
    "FROM submissions s CROSS JOIN points p ON p.submission_id = s.id CROSS JOIN point_groups g ON g.point_id = p.id ";

}  // namespace

const std::string& sqlite_round_walk_sql(RoundWalk walk) {
    auto sql = [](const char* rows) {
        return std::string(point_detail_columns) + walk_joins + point_detail_added_joins + after_cursor + rows + in_round_order;
    };
    static const std::string all_points = sql(""), published_rows = sql(published_rows_only);
    return walk == RoundWalk::all_points ? all_points : published_rows;
}

const std::string& sqlite_grouped_walk_sql() {
    static const std::string sql = std::string(grouped_point_columns) + grouped_walk_joins + after_cursor + in_round_order;
    return sql;
}

RoundPointPage SqliteBackend::points_after(const RoundCursor& after, int64_t limit, RoundWalk walk) {
    RoundPointPage page;
    {
        auto rows = statement(sqlite_round_walk_sql(walk).c_str());
        rows.bind(1, after.submission_seq).bind(2, after.position).bind(3, limit);
        while (rows.step()) {
            page.points.push_back(read_point_detail(rows));
            page.next = RoundCursor{read_point_detail_seq(rows), page.points.back().point.position};
        }
    }
    read_chapters(classified_points(page.points));
    return page;
}

GroupedPointPage SqliteBackend::grouped_points_after(const RoundCursor& after, int64_t limit) {
    GroupedPointPage page;
    auto rows = statement(sqlite_grouped_walk_sql().c_str());
    rows.bind(1, after.submission_seq).bind(2, after.position).bind(3, limit);
    while (rows.step()) page.points.push_back(read_grouped_point(rows, page.next));
    return page;
}

namespace {
template <typename Lease, typename T>
void bind_optional(Lease& lease, int index, const std::optional<T>& value) {
    if (value) {
        lease.bind(index, *value);
    } else {
        lease.bind_null(index);
    }
}
}  // namespace

namespace {
template <typename Lease>
void bind_parameters(Lease& s, const std::vector<SqlValue>& parameters) {
    int index = 0;
    for (const SqlValue& value : parameters) {
        ++index;
        if (const auto* number = std::get_if<double>(&value))
            s.bind(index, *number);
        else
            s.bind(index, std::get<std::string>(value));
    }
}
}  // namespace

std::vector<std::string> SqliteBackend::find_point_ids(const PointQuery& query) {
    const PointFilterSql filter = point_filter_sql(query, PointFilterUse::list, sqlite_dialect);
    const int limit = static_cast<int>(filter.parameters.size()) + 1;
    auto s = statement(point_queries_.get(filter.shape, [&] {
        return fmt::format("SELECT p.id{}{} LIMIT ?{} OFFSET ?{}", filter.from_where, filter.order_by, limit,
                           limit + 1);
    }));
    bind_parameters(s, filter.parameters);
    s.bind(limit, query.limit > 0 ? query.limit : int64_t{-1});  // SQLite: a negative limit is none
    s.bind(limit + 1, query.offset > 0 ? query.offset : int64_t{0});
    std::vector<std::string> ids;
    while (s.step()) ids.push_back(s.text(0));
    return ids;
}

int64_t SqliteBackend::count_points(const PointQuery& query) {
    const PointFilterSql filter = point_filter_sql(query, PointFilterUse::count, sqlite_dialect);
    auto s = statement(point_queries_.get(filter.shape, [&] { return "SELECT count(*)" + filter.from_where; }));
    bind_parameters(s, filter.parameters);
    s.step();
    return s.integer(0);
}

std::vector<std::string> SqliteBackend::stakeholder_groups() {
    auto s = statement(tally_sql::stakeholder_groups);
    std::vector<std::string> groups;
    while (s.step()) groups.push_back(s.text(0));
    return groups;
}

PointTally SqliteBackend::tally() {
    PointTally tally;
    auto s = statement(tally_sql::kept);
    while (s.step()) add_tally_row(tally, s.text(0), s.text(1), s.text(2), s.integer(3));
    return tally;
}

bool SqliteBackend::tally_stale() {
    auto s = statement(tally_sql::stale);
    return s.step() && s.integer(0) != 0;
}

void SqliteBackend::recount_tally() {
    for (const char* sql : tally_sql::recount) statement(sql).run();
}

void SqliteBackend::audit(const std::string& who, const std::string& entity, const std::string& entity_id,
                          const std::string& field, const std::string& old_value, const std::string& new_value) {
    statement("INSERT INTO audit(at, who, entity, entity_id, field, old_value, new_value) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, now_iso8601())
        .bind(2, who)
        .bind(3, entity)
        .bind(4, entity_id)
        .bind(5, field)
        .bind(6, old_value)
        .bind(7, new_value)
        .run();
}

int64_t SqliteBackend::audit_count() {
    auto s = statement("SELECT count(*) FROM audit");
    s.step();
    return s.integer(0);
}

std::vector<AuditEntry> SqliteBackend::audit_log(const AuditQuery& query) {
    // One entity's log (a point page's history) through the index audit_by_entity: the planner
    // cannot use it under "?1 IS NULL OR", and a round of 100,000 points has half a million entries.
    auto s = query.entity && query.entity_id
                 ? statement("SELECT id, at, who, entity, entity_id, field, coalesce(old_value, ''), coalesce(new_value, '') "
                             "FROM audit WHERE entity = ?1 AND entity_id = ?2 AND id > ?3 ORDER BY id")
                 : statement("SELECT id, at, who, entity, entity_id, field, coalesce(old_value, ''), coalesce(new_value, '') "
                             "FROM audit WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) AND id > ?3 "
                             "ORDER BY id");
    bind_optional(s, 1, query.entity);
    bind_optional(s, 2, query.entity_id);
    s.bind(3, query.after_id);
    std::vector<AuditEntry> entries;
    while (s.step())
        entries.push_back(AuditEntry{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)});
    return entries;
}

}  // namespace inspraak::core
