// Reading parts of the round in PostgreSQL: one point with all that belongs to it, a filtered
// page of point ids, and the audit log (which is written here too). As in SQLite, one statement
// serves every combination of filters: a filter left NULL matches all. PostgreSQL cannot tell the
// type of a parameter that is only compared with NULL, hence the casts.
#include "store/postgres/postgres_backend.hpp"

#include <fmt/core.h>

#include "store/json_list.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::optional<PointDetail> PostgresBackend::point(const std::string& point_id) {
    return reading([&](Tx& tx) -> std::optional<PointDetail> {
        PointDetail detail;
        auto p = run(tx, "SELECT p.id, p.submission_id, p.position, p.text, p.heading, p.reference, s.id, f.path, "
                         "s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject, s.date, s.body, "
                         "s.reference, s.notes, coalesce(p.embedded_file_id, 0) FROM points p "
                         "JOIN submissions s ON s.id = p.submission_id "
                         "JOIN files f ON f.id = s.file_id JOIN stakeholders k ON k.id = s.stakeholder_id WHERE p.id = $1",
                     point_id);
        if (p.empty()) return std::nullopt;
        detail.point = read_point_row(PgRow(p[0]));
        detail.submission = read_submission_columns(PgRow(p[0]), 6);
        detail.embedded_file_id = PgRow(p[0]).integer(19);

        auto c = run(tx, "SELECT route, confidence, why, method, decided_by FROM classifications WHERE point_id = $1",
                     point_id);
        if (!c.empty()) {
            PgRow row(c[0]);
            StoredClassification stored;
            stored.classification.route = row.text(0);
            stored.classification.confidence = row.real(1);
            stored.classification.why = from_json_list(row.text(2));
            stored.classification.method = row.text(3);
            stored.decided_by = row.text(4);
            for (const auto& chapter : run(tx, "SELECT section_id, score, best_section_id FROM point_chapters "
                                               "WHERE point_id = $1 ORDER BY rank",
                                           point_id))
                stored.classification.chapters.push_back(
                    ChapterScore{PgRow(chapter).text(0), PgRow(chapter).real(1), PgRow(chapter).text(2)});
            detail.classification = std::move(stored);
        }
        auto r = run(tx, "SELECT text, status, author FROM reactions WHERE point_id = $1", point_id);
        if (!r.empty()) detail.reaction = Reaction{PgRow(r[0]).text(0), PgRow(r[0]).text(1), PgRow(r[0]).text(2)};
        auto g = run(tx, "SELECT group_id, similarity FROM point_groups WHERE point_id = $1", point_id);
        if (!g.empty()) detail.group = PointGroup{point_id, PgRow(g[0]).text(0), PgRow(g[0]).real(1)};
        auto a = run(tx, "SELECT officer FROM assignments WHERE point_id = $1", point_id);
        if (!a.empty()) detail.assigned_to = PgRow(a[0]).text(0);
        return detail;
    });
}

namespace {

std::optional<std::string> number_or_null(const std::optional<double>& value) {
    if (!value) return std::nullopt;
    return fmt::format("{}", *value);  // the shortest text that reads back as the same double
}

// One WHERE clause for every combination of filters, as SQLite's: a filter bound NULL matches
// all. lower() under COLLATE "C" folds ASCII only, as SQLite's lower() does.
constexpr const char* point_filter =
    " FROM points p JOIN submissions s ON s.id = p.submission_id "
    "JOIN stakeholders k ON k.id = s.stakeholder_id LEFT JOIN classifications c ON c.point_id = p.id "
    "LEFT JOIN reactions r ON r.point_id = p.id LEFT JOIN point_groups g ON g.point_id = p.id "
    "WHERE ($1::text IS NULL OR p.id IN (SELECT pc.point_id FROM point_chapters pc WHERE pc.section_id = $1)) "
    "AND ($2::text IS NULL OR c.route = $2) "
    "AND ($3::text IS NULL OR ($3 = 'none' AND r.point_id IS NULL) OR r.status = $3) "
    "AND ($4::text IS NULL OR k.grp = $4) "
    "AND ($5::double precision IS NULL OR c.confidence >= $5) "
    "AND ($6::double precision IS NULL OR c.confidence <= $6) "
    "AND ($7::text IS NULL OR strpos(lower(p.text COLLATE \"C\"), lower($7 COLLATE \"C\")) > 0) "
    "AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM point_chapters pc WHERE pc.point_id = p.id AND pc.rank = 1 "
    "AND pc.best_section_id = $8)) "
    "AND ($9::text IS NULL OR g.group_id = $9) "
    "AND ($10::text IS NULL OR ($10 = '' AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.point_id = p.id)) "
    "OR EXISTS (SELECT 1 FROM assignments a WHERE a.point_id = p.id AND a.officer = $10)) "
    "AND ($11::text IS NULL OR strpos(lower(k.organisation COLLATE \"C\"), lower($11 COLLATE \"C\")) > 0 "
    "OR strpos(lower(k.name COLLATE \"C\"), lower($11 COLLATE \"C\")) > 0) ";

// The confidence bounds as text parameters (libpqxx 6.4 takes no optional double), kept alive
// while the statement runs.
struct PointFilterValues {
    explicit PointFilterValues(const PointQuery& query)
        : min_confidence(number_or_null(query.min_confidence)), max_confidence(number_or_null(query.max_confidence)) {}
    std::optional<std::string> min_confidence;
    std::optional<std::string> max_confidence;
};

}  // namespace

std::vector<std::string> PostgresBackend::find_point_ids(const PointQuery& query) {
    // One text per order, kept for the life of the program: prepared() keys statements by the
    // text's address, so a text made per call would prepare anew each time, or reuse another
    // order's statement when its address comes round again.
    auto sql_for = [](PointOrder order) {
        return fmt::format("SELECT p.id{}{} LIMIT nullif($12::bigint, 0) OFFSET $13::bigint", point_filter,
                           point_order_sql(order));  // LIMIT NULL: none
    };
    static const std::string sql[] = {sql_for(PointOrder::round), sql_for(PointOrder::confidence_ascending),
                                      sql_for(PointOrder::confidence_descending)};
    const PointFilterValues values(query);
    return reading([&](Tx& tx) {
        std::vector<std::string> ids;
        for (const auto& row : run(tx, sql[static_cast<int>(query.order)].c_str(), text_or_null(query.chapter), text_or_null(query.route),
                                   text_or_null(query.status), text_or_null(query.stakeholder_group),
                                   text_or_null(values.min_confidence), text_or_null(values.max_confidence),
                                   text_or_null(query.text_contains), text_or_null(query.section),
                                   text_or_null(query.group_id), text_or_null(query.assigned_to),
                                   text_or_null(query.sender), query.limit > 0 ? query.limit : int64_t{0},
                                   query.offset > 0 ? query.offset : int64_t{0}))
            ids.push_back(PgRow(row).text(0));
        return ids;
    });
}

int64_t PostgresBackend::count_points(const PointQuery& query) {
    static const std::string sql = fmt::format("SELECT count(*){}", point_filter);
    const PointFilterValues values(query);
    return reading([&](Tx& tx) {
        return run(tx, sql.c_str(), text_or_null(query.chapter), text_or_null(query.route), text_or_null(query.status),
                   text_or_null(query.stakeholder_group), text_or_null(values.min_confidence),
                   text_or_null(values.max_confidence), text_or_null(query.text_contains), text_or_null(query.section),
                   text_or_null(query.group_id), text_or_null(query.assigned_to), text_or_null(query.sender))[0][0]
            .as<int64_t>();
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
        auto count_into = [&](const char* sql, auto&& counts_for) {
            for (const auto& row : run(tx, sql))
                add_tally_row(counts_for(row[0].as<std::string>()), row[1].as<std::string>(), row[2].as<int64_t>());
        };
        count_into(tally_sql::all, [&](const std::string&) -> StatusCount& { return tally.all; });
        count_into(tally_sql::by_chapter, [&](const std::string& key) -> StatusCount& { return tally.by_chapter[key]; });
        count_into(tally_sql::by_group, [&](const std::string& key) -> StatusCount& { return tally.by_group[key]; });
        count_into(tally_sql::by_route, [&](const std::string& key) -> StatusCount& { return tally.by_route[key]; });
        return tally;
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
