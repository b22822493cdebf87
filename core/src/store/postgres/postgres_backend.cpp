// The PostgreSQL backend: the unit of work, the framework, files, embedded files, submissions,
// points and problems. Statements follow the SQLite backend's one for one, in PostgreSQL's
// dialect: $n parameters, ON CONFLICT DO NOTHING for INSERT OR IGNORE, RETURNING for new ids, and
// COLLATE "C" wherever text is ordered, so that the order is SQLite's (bytewise) whatever locale
// the database was made with.
#include "store/postgres/postgres_backend.hpp"

#include <fmt/core.h>

#include "store/json_list.hpp"
#include "store/postgres/error.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/postgres/rounds.hpp"
#include "store/postgres/schema.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::unique_ptr<StoreBackend> open_postgres_backend(const PostgresAddress& address, bool create) {
    if (address.round.empty())
        throw PostgresError(ErrorKind::invalid, Message{"pg.no_round", {describe(address, "")}});
    PostgresConnection connection(address);
    if (!round_exists(connection, address.round)) {
        // not_found, as a missing round.db: a caller may tell it from a damaged store.
        if (!create)
            throw PostgresError(ErrorKind::not_found, Message{"pg.round_not_found", {describe(address, address.round)}});
        try {
            create_round(connection, address.round);
        } catch (const PostgresError&) {
            // Another process made the round between the check and the creation: use theirs.
            if (!round_exists(connection, address.round)) throw;
        }
    }
    // migrate() takes the round's lock, and so would wait for a write under way: only a round
    // that is not at this inspraak's version needs it (a newer one is refused there).
    if (schema_version(connection, address.round) != postgres_schema_version) migrate(connection, address.round);
    return std::make_unique<PostgresBackend>(std::move(connection));
}

PostgresBackend::PostgresBackend(PostgresConnection connection) : connection_(std::move(connection)) {}

// The open work (if any) is aborted by its destructor, before the connection closes.
PostgresBackend::~PostgresBackend() = default;

const std::string& PostgresBackend::prepared(const char* sql) {
    auto [slot, added] = statements_.try_emplace(sql);
    if (added) {
        slot->second = fmt::format("inspraak_{}", statements_.size());
        connection_.raw().prepare(slot->second, sql);
    }
    return slot->second;
}

void PostgresBackend::fail(const Message& what, const pqxx::pqxx_exception& error) const {
    connection_.fail(connection_.round(), what, error.base());
}

void PostgresBackend::begin() {
    try {
        work_ = std::make_unique<pqxx::work>(connection_.raw());
        lock_round(*work_, connection_.round());
    } catch (const pqxx::pqxx_exception& error) {
        work_.reset();
        fail(Message{"pg.begin_failed"}, error);
    }
}

void PostgresBackend::commit() {
    try {
        work_->commit();
        work_.reset();
    } catch (const pqxx::pqxx_exception& error) {
        work_.reset();
        fail(Message{"pg.commit_failed"}, error);
    }
}

void PostgresBackend::rollback() noexcept {
    try {
        if (work_) work_->abort();
    } catch (...) {  // a failed abort leaves the server to roll back when the connection ends
    }
    work_.reset();
}

bool PostgresBackend::reusable() noexcept {
    try {
        return !work_ && connection_.raw().is_open();
    } catch (...) {
        return false;
    }
}

int PostgresBackend::schema_version() {
    return reading([&](Tx& tx) {
        return run(tx, "SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0].as<int>();
    });
}

std::optional<std::string> PostgresBackend::meta(const std::string& key) {
    return reading([&](Tx& tx) -> std::optional<std::string> {
        auto rows = run(tx, "SELECT value FROM meta WHERE key = $1", key);
        if (rows.empty()) return std::nullopt;
        return PgRow(rows[0]).text(0);
    });
}

void PostgresBackend::put_meta(Tx& tx, const std::string& key, const std::string& value) {
    run(tx, "INSERT INTO meta(key, value) VALUES ($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key,
        value);
}

void PostgresBackend::set_meta(const std::string& key, const std::string& value) {
    writing([&](Tx& tx) { put_meta(tx, key, value); });
}

void PostgresBackend::replace_framework(const Framework& framework) {
    writing([&](Tx& tx) {
        tx.exec("DELETE FROM point_chapters; DELETE FROM classifications WHERE decided_by = '';"
                "DELETE FROM passages; DELETE FROM sections;");
        int ordinal = 0;
        for (const auto& s : framework.sections)
            run(tx, "INSERT INTO sections(id, ordinal, number, title, kind, parent, level) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                s.id, ++ordinal, s.number, s.title, section_kind_name(s.kind), s.parent, s.level);
        for (const auto& p : framework.passages)
            run(tx, "INSERT INTO passages(section_id, ordinal, page, is_heading, text) VALUES ($1, $2, $3, $4, $5)",
                p.section_id, p.ordinal, p.page, p.is_heading, p.text);
        put_meta(tx, "framework_title", framework.title);
    });
}

Framework PostgresBackend::framework() {
    return reading([&](Tx& tx) {
        Framework framework;
        auto title = run(tx, "SELECT value FROM meta WHERE key = 'framework_title'");
        if (!title.empty()) framework.title = PgRow(title[0]).text(0);
        for (const auto& row : run(tx, "SELECT id, number, title, kind, parent, level FROM sections ORDER BY ordinal")) {
            PgRow s(row);
            framework.sections.push_back(
                Section{s.text(0), s.text(1), s.text(2), section_kind_from(s.text(3)), s.text(4), static_cast<int>(s.integer(5))});
        }
        for (const auto& row :
             run(tx, "SELECT section_id, ordinal, page, text, is_heading FROM passages ORDER BY ordinal, id")) {
            PgRow p(row);
            framework.passages.push_back(Passage{p.text(0), static_cast<int>(p.integer(1)),
                                                 static_cast<int>(p.integer(2)), p.text(3), p.boolean(4)});
        }
        return framework;
    });
}

namespace {

template <typename Read>
auto read_all(const pqxx::result& rows, Read&& read) {
    std::vector<decltype(read(std::declval<const PgRow&>()))> found;
    found.reserve(rows.size());
    for (const auto& row : rows) found.push_back(read(PgRow(row)));
    return found;
}

}  // namespace

std::optional<StoredFile> PostgresBackend::file_by_sha256(const std::string& sha256) {
    return reading([&](Tx& tx) -> std::optional<StoredFile> {
        auto rows = run(tx, "SELECT id, path, sha256, plugin, status, error FROM files WHERE sha256 = $1", sha256);
        if (rows.empty()) return std::nullopt;
        return read_file_row(PgRow(rows[0]));
    });
}

std::vector<StoredFile> PostgresBackend::files_at(const std::string& path) {
    return reading([&](Tx& tx) {
        return read_all(run(tx, "SELECT id, path, sha256, plugin, status, error FROM files WHERE path = $1 ORDER BY id", path),
                        [](const PgRow& row) { return read_file_row(row); });
    });
}

std::vector<StoredFile> PostgresBackend::files() {
    return reading([&](Tx& tx) {
        return read_all(
            run(tx, "SELECT id, path, sha256, plugin, status, error FROM files ORDER BY path COLLATE \"C\", id"),
            [](const PgRow& row) { return read_file_row(row); });
    });
}

int64_t PostgresBackend::add_file(const std::string& path, const std::string& sha256, std::string_view bytes,
                                  const std::string& plugin, const std::string& status, const std::string& error) {
    return writing([&](Tx& tx) {
        return run(tx, "INSERT INTO files(path, sha256, bytes, plugin, status, error, ingested_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                   path, sha256, bytea(bytes), plugin, status, error, now_iso8601())[0][0]
            .as<int64_t>();
    });
}

void PostgresBackend::remove_file(int64_t file_id) {
    writing([&](Tx& tx) { run(tx, "DELETE FROM files WHERE id = $1", file_id); });
}

std::string PostgresBackend::file_bytes(int64_t file_id) {
    return reading([&](Tx& tx) {
        auto rows = run(tx, "SELECT bytes FROM files WHERE id = $1", file_id);
        return rows.empty() ? std::string() : PgRow(rows[0]).bytes(0);
    });
}

bool PostgresBackend::file_has_decisions(int64_t file_id) {
    return reading([&](Tx& tx) {
        return run(tx, "SELECT count(*) FROM points p JOIN submissions s ON s.id = p.submission_id "
                       "LEFT JOIN reactions r ON r.point_id = p.id LEFT JOIN classifications c ON c.point_id = p.id "
                       "WHERE s.file_id = $1 AND (r.status = 'approved' OR r.author <> 'inspraak' OR c.decided_by <> '')",
                   file_id)[0][0]
                   .as<int64_t>() > 0;
    });
}

int64_t PostgresBackend::add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes) {
    return writing([&](Tx& tx) {
        return run(tx, "INSERT INTO embedded_files(file_id, parent_id, ordinal, name, media_type, relation, container, "
                       "sha256, bytes, plugin, status, error, body) "
                       "VALUES ($1, nullif($2::bigint, 0), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                   row.file_id, row.parent_id, row.ordinal, row.name, row.media_type, row.relation, row.container,
                   row.sha256, bytea(bytes), row.plugin, row.status, row.error, row.body)[0][0]
            .as<int64_t>();
    });
}

std::vector<EmbeddedFileRow> PostgresBackend::embedded_files() {
    static const std::string sql =
        fmt::format("SELECT {} FROM embedded_files ORDER BY file_id, ordinal", embedded_file_columns);
    return reading([&](Tx& tx) {
        return read_all(run(tx, sql.c_str()), [](const PgRow& row) { return read_embedded_row(row); });
    });
}

std::optional<EmbeddedFileRow> PostgresBackend::embedded_file_by_sha256(const std::string& sha256) {
    static const std::string sql = fmt::format(
        "SELECT {} FROM embedded_files WHERE sha256 = $1 AND status = 'ok' ORDER BY id LIMIT 1", embedded_file_columns);
    return reading([&](Tx& tx) -> std::optional<EmbeddedFileRow> {
        auto rows = run(tx, sql.c_str(), sha256);
        if (rows.empty()) return std::nullopt;
        return read_embedded_row(PgRow(rows[0]));
    });
}

std::string PostgresBackend::embedded_file_bytes(int64_t embedded_file_id) {
    return reading([&](Tx& tx) {
        auto rows = run(tx, "SELECT bytes FROM embedded_files WHERE id = $1", embedded_file_id);
        return rows.empty() ? std::string() : PgRow(rows[0]).bytes(0);
    });
}

std::string PostgresBackend::add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                                            const IngestedSubmission& submission, int64_t embedded_file_id) {
    return writing([&](Tx& tx) {
        run(tx, "INSERT INTO stakeholders(name, organisation, grp, email, phone) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT DO NOTHING",
            stakeholder.name, stakeholder.organisation, stakeholder.group, stakeholder.email, stakeholder.phone);
        int64_t stakeholder_id =
            run(tx, "SELECT id FROM stakeholders WHERE name = $1 AND organisation = $2 AND grp = $3 AND email = $4 "
                    "AND phone = $5",
                stakeholder.name, stakeholder.organisation, stakeholder.group, stakeholder.email, stakeholder.phone)[0][0]
                .as<int64_t>();
        // The next number of the round's own sequence (migration 4), taken in the caller's write
        // and under the round's lock: never max(seq) + 1, and never the same number twice.
        auto next = run(tx, "UPDATE sequences SET last = last + 1 WHERE name = 'submission' RETURNING last");
        if (next.empty())
            throw PostgresError(ErrorKind::internal, Message{"store.sequence_missing",
                                                             {describe(connection_.address(), connection_.round())}});
        int64_t seq = next[0][0].as<int64_t>();
        std::string id = fmt::format("I{:03}", seq);
        run(tx, "INSERT INTO submissions(id, seq, file_id, index_in_file, stakeholder_id, subject, date, body, "
                "reference, notes, embedded_file_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, nullif($11::bigint, 0))",
            id, seq, file_id, index_in_file, stakeholder_id, submission.subject, submission.date, submission.body,
            submission.reference, to_json_list(submission.notes), embedded_file_id);
        return id;
    });
}

std::vector<StoredSubmission> PostgresBackend::submissions() {
    return reading([&](Tx& tx) {
        return read_all(
            run(tx, "SELECT s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject, "
                    "s.date, s.body, s.reference, s.notes FROM submissions s JOIN files f ON f.id = s.file_id "
                    "JOIN stakeholders k ON k.id = s.stakeholder_id ORDER BY s.seq"),
            [](const PgRow& row) { return read_submission_columns(row, 0); });
    });
}

std::vector<StoredSubmission> PostgresBackend::submissions_page(const std::string& after_id, int64_t limit) {
    return reading([&](Tx& tx) {
        return read_all(
            run(tx, "SELECT s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject, "
                    "s.date, s.body, s.reference, s.notes FROM submissions s JOIN files f ON f.id = s.file_id "
                    "JOIN stakeholders k ON k.id = s.stakeholder_id "
                    "WHERE s.seq > coalesce((SELECT seq FROM submissions WHERE id = $1), 0) ORDER BY s.seq LIMIT $2",
                after_id, limit),
            [](const PgRow& row) { return read_submission_columns(row, 0); });
    });
}

void PostgresBackend::add_point(const Point& point, int64_t embedded_file_id) {
    writing([&](Tx& tx) {
        run(tx, "INSERT INTO points(id, submission_id, position, text, heading, reference, embedded_file_id) "
                "VALUES ($1, $2, $3, $4, $5, $6, nullif($7::bigint, 0))",
            point.id, point.submission_id, point.position, point.text, point.heading, point.reference, embedded_file_id);
    });
}

std::map<std::string, int64_t> PostgresBackend::point_origins() {
    return reading([&](Tx& tx) {
        std::map<std::string, int64_t> found;
        for (const auto& row : run(tx, "SELECT id, embedded_file_id FROM points WHERE embedded_file_id IS NOT NULL"))
            found[PgRow(row).text(0)] = PgRow(row).integer(1);
        return found;
    });
}

std::vector<Point> PostgresBackend::points() {
    return reading([&](Tx& tx) {
        return read_all(run(tx, "SELECT p.id, p.submission_id, p.position, p.text, p.heading, p.reference FROM points p "
                                "JOIN submissions s ON s.id = p.submission_id ORDER BY s.seq, p.position"),
                        [](const PgRow& row) { return read_point_row(row); });
    });
}

void PostgresBackend::add_problem(const std::string& stage, const std::string& file, const std::string& message) {
    writing([&](Tx& tx) {
        run(tx, "INSERT INTO problems(at, stage, file, message) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            now_iso8601(), stage, file, message);
    });
}

std::vector<Problem> PostgresBackend::problems() {
    return reading([&](Tx& tx) {
        return read_all(run(tx, "SELECT stage, file, message FROM problems ORDER BY id"),
                        [](const PgRow& row) { return Problem{row.text(0), row.text(1), row.text(2)}; });
    });
}

}  // namespace inspraak::core::postgres
