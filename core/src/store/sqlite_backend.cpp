#include "store/sqlite_backend.hpp"

#include <fmt/core.h>
#include <sqlite3.h>

#include <algorithm>

#include "store/json_list.hpp"
#include "store/schema.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {
namespace {

// Statistics are gathered from a sample of each index (this many rows), so that gathering them
// stays quick in a large round: milliseconds at a million points.
constexpr const char* sampled_analysis = "PRAGMA analysis_limit = 1000; ";

}  // namespace

SqliteBackend::SqliteBackend(Database db) : db_(std::move(db)) { migrate(db_); }

SqliteBackend::~SqliteBackend() {
    // SQLite's advice for a connection that ends: gather the statistics its planner needs where
    // they are missing or out of date (a run that filled the round), reading a sample of each
    // index (analysis_limit) so that it stays quick in a large round. Without them a list page of
    // 100,000 points was sorted instead of read in order: 0.10 s instead of 0.03 s.
    try {
        db_.exec(std::string(sampled_analysis) + "PRAGMA optimize;");
    } catch (...) {  // a read-only or damaged file: the next connection may try
    }
}

std::unique_ptr<StoreBackend> open_sqlite_backend(const std::filesystem::path& file, bool create) {
    if (create) {
        if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
    } else if (!std::filesystem::exists(file)) {
        throw StoreError(ErrorKind::not_found, Message{"store.not_found", {file.string()}});
    }
    return std::make_unique<SqliteBackend>(Database(file, create));
}

void run_sqlite_script(const std::filesystem::path& file, const std::string& sql) { Database(file, false).exec(sql); }

SqliteBackend::Lease SqliteBackend::statement(const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) slot = std::make_unique<Statement>(db_.prepare(sql));
    return Lease(*slot);
}

// BEGIN IMMEDIATE: the write lock from the start, so that what the write reads stays true until
// it commits (a deferred transaction could read, then fail to upgrade with SQLITE_BUSY).
void SqliteBackend::begin() { db_.exec("BEGIN IMMEDIATE"); }

void SqliteBackend::commit() { db_.exec("COMMIT"); }

void SqliteBackend::rollback() noexcept {
    try {
        db_.exec("ROLLBACK");
    } catch (...) {  // a failed rollback leaves SQLite to roll back on close
    }
}

// Deferred: the read lock (and the WAL snapshot) is taken by the first read and kept to the end,
// instead of once for every statement.
void SqliteBackend::begin_read() { db_.exec("BEGIN"); }

void SqliteBackend::end_read() noexcept {
    try {
        db_.exec("COMMIT");
    } catch (...) {  // nothing was written: SQLite lets go of the read lock on close at the latest
    }
}

void SqliteBackend::set_page_cache(int mebibytes) {
    // A negative cache_size is in KiB.
    db_.exec(fmt::format("PRAGMA cache_size = -{}", std::max(mebibytes, 1) * 1024));
}

void SqliteBackend::refresh_statistics() {
    db_.exec(std::string(sampled_analysis) + "ANALYZE;");
}

bool SqliteBackend::reusable() noexcept { return db_.handle() != nullptr && sqlite3_get_autocommit(db_.handle()) != 0; }

int SqliteBackend::schema_version() {
    auto s = statement("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.integer(0));
}

std::optional<std::string> SqliteBackend::meta(const std::string& key) {
    auto s = statement("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    if (!s.step()) return std::nullopt;
    return s.text(0);
}

void SqliteBackend::set_meta(const std::string& key, const std::string& value) {
    statement("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SqliteBackend::replace_framework(const Framework& framework) {
    db_.exec("DELETE FROM point_chapters; DELETE FROM classifications WHERE decided_by = '';"
             "DELETE FROM passages; DELETE FROM sections;");
    auto section = statement(
        "INSERT INTO sections(id, ordinal, number, title, kind, parent, level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int ordinal = 0;
    for (const auto& s : framework.sections) {
        section.bind(1, s.id).bind(2, ++ordinal).bind(3, s.number).bind(4, s.title).bind(5, section_kind_name(s.kind));
        section.bind(6, s.parent).bind(7, s.level).run();
    }
    auto passage =
        statement("INSERT INTO passages(section_id, ordinal, page, is_heading, text) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& p : framework.passages)
        passage.bind(1, p.section_id).bind(2, p.ordinal).bind(3, p.page).bind(4, p.is_heading ? 1 : 0).bind(5, p.text).run();
    set_meta("framework_title", framework.title);
}

Framework SqliteBackend::framework() {
    Framework framework;
    framework.title = meta("framework_title").value_or("");
    auto sections = statement("SELECT id, number, title, kind, parent, level FROM sections ORDER BY ordinal");
    while (sections.step())
        framework.sections.push_back(Section{sections.text(0), sections.text(1), sections.text(2),
                                             section_kind_from(sections.text(3)), sections.text(4),
                                             static_cast<int>(sections.integer(5))});
    auto passages = statement("SELECT section_id, ordinal, page, text, is_heading FROM passages ORDER BY ordinal, id");
    while (passages.step())
        framework.passages.push_back(Passage{passages.text(0), static_cast<int>(passages.integer(1)),
                                             static_cast<int>(passages.integer(2)), passages.text(3),
                                             passages.integer(4) != 0});
    return framework;
}


std::optional<StoredFile> SqliteBackend::file_by_sha256(const std::string& sha256) {
    auto s = statement("SELECT id, path, sha256, plugin, status, error FROM files WHERE sha256 = ?1");
    s.bind(1, sha256);
    if (!s.step()) return std::nullopt;
    return read_file_row(s);
}

std::vector<StoredFile> SqliteBackend::files_at(const std::string& path) {
    auto s = statement("SELECT id, path, sha256, plugin, status, error FROM files WHERE path = ?1 ORDER BY id");
    s.bind(1, path);
    std::vector<StoredFile> found;
    while (s.step()) found.push_back(read_file_row(s));
    return found;
}

std::vector<StoredFile> SqliteBackend::files() {
    auto s = statement("SELECT id, path, sha256, plugin, status, error FROM files ORDER BY path, id");
    std::vector<StoredFile> found;
    while (s.step()) found.push_back(read_file_row(s));
    return found;
}

int64_t SqliteBackend::add_file(const std::string& path, const std::string& sha256, std::string_view bytes,
                        const std::string& plugin, const std::string& status, const std::string& error) {
    statement("INSERT INTO files(path, sha256, bytes, plugin, status, error, ingested_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, path)
        .bind(2, sha256)
        .bind_blob(3, bytes)
        .bind(4, plugin)
        .bind(5, status)
        .bind(6, error)
        .bind(7, now_iso8601())
        .run();
    return db_.last_insert_id();
}

void SqliteBackend::remove_file(int64_t file_id) { statement("DELETE FROM files WHERE id = ?1").bind(1, file_id).run(); }

std::string SqliteBackend::file_bytes(int64_t file_id) {
    auto s = statement("SELECT bytes FROM files WHERE id = ?1");
    s.bind(1, file_id);
    return s.step() ? s.text(0) : std::string();
}

bool SqliteBackend::file_has_decisions(int64_t file_id) {
    auto s = statement(
        "SELECT count(*) FROM points p JOIN submissions s ON s.id = p.submission_id "
        "LEFT JOIN reactions r ON r.point_id = p.id LEFT JOIN classifications c ON c.point_id = p.id "
        "WHERE s.file_id = ?1 AND (r.status = 'approved' OR r.author <> 'inspraak' OR c.decided_by <> '')");
    s.bind(1, file_id);
    s.step();
    return s.integer(0) > 0;
}


int64_t SqliteBackend::add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes) {
    auto insert = statement(
        "INSERT INTO embedded_files(file_id, parent_id, ordinal, name, media_type, relation, container, sha256, "
        "bytes, plugin, status, error, body) VALUES (?1, nullif(?2, 0), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert.bind(1, row.file_id).bind(2, row.parent_id).bind(3, row.ordinal).bind(4, row.name);
    insert.bind(5, row.media_type).bind(6, row.relation).bind(7, row.container).bind(8, row.sha256);
    insert.bind_blob(9, bytes).bind(10, row.plugin).bind(11, row.status).bind(12, row.error).bind(13, row.body);
    insert.run();
    return db_.last_insert_id();
}

std::vector<EmbeddedFileRow> SqliteBackend::embedded_files() {
    static const std::string sql = fmt::format("SELECT {} FROM embedded_files ORDER BY file_id, ordinal", embedded_file_columns);
    auto s = statement(sql.c_str());
    std::vector<EmbeddedFileRow> found;
    while (s.step()) found.push_back(read_embedded_row(s));
    return found;
}

std::optional<EmbeddedFileRow> SqliteBackend::embedded_file_by_sha256(const std::string& sha256) {
    static const std::string sql = fmt::format(
        "SELECT {} FROM embedded_files WHERE sha256 = ?1 AND status = 'ok' ORDER BY id LIMIT 1", embedded_file_columns);
    auto s = statement(sql.c_str());
    s.bind(1, sha256);
    if (!s.step()) return std::nullopt;
    return read_embedded_row(s);
}

std::string SqliteBackend::embedded_file_bytes(int64_t embedded_file_id) {
    auto s = statement("SELECT bytes FROM embedded_files WHERE id = ?1");
    s.bind(1, embedded_file_id);
    return s.step() ? s.text(0) : std::string();
}

std::string SqliteBackend::add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                                  const IngestedSubmission& submission, int64_t embedded_file_id) {
    statement("INSERT OR IGNORE INTO stakeholders(name, organisation, grp, email, phone) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, stakeholder.name)
        .bind(2, stakeholder.organisation)
        .bind(3, stakeholder.group)
        .bind(4, stakeholder.email)
        .bind(5, stakeholder.phone)
        .run();
    auto find = statement(
        "SELECT id FROM stakeholders WHERE name = ?1 AND organisation = ?2 AND grp = ?3 AND email = ?4 AND phone = ?5");
    find.bind(1, stakeholder.name).bind(2, stakeholder.organisation).bind(3, stakeholder.group);
    find.bind(4, stakeholder.email).bind(5, stakeholder.phone);
    find.step();
    int64_t stakeholder_id = find.integer(0);

    // The next number of the store's own sequence (migration 4), taken in the caller's write:
    // never max(seq) + 1, which would hand a removed submission's id to the next one.
    auto next = statement("UPDATE sequences SET last = last + 1 WHERE name = 'submission' RETURNING last");
    if (!next.step()) throw StoreError(ErrorKind::internal, Message{"store.sequence_missing", {db_.file().string()}});
    int64_t seq = next.integer(0);
    std::string id = fmt::format("I{:03}", seq);
    statement("INSERT INTO submissions(id, seq, file_id, index_in_file, stakeholder_id, subject, date, body, "
              "reference, notes, embedded_file_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, nullif(?11, 0))")
        .bind(1, id)
        .bind(2, seq)
        .bind(3, file_id)
        .bind(4, index_in_file)
        .bind(5, stakeholder_id)
        .bind(6, submission.subject)
        .bind(7, submission.date)
        .bind(8, submission.body)
        .bind(9, submission.reference)
        .bind(10, to_json_list(submission.notes))
        .bind(11, embedded_file_id)
        .run();
    return id;
}

std::vector<StoredSubmission> SqliteBackend::submissions() {
    auto s = statement(
        "SELECT s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject, s.date, "
        "s.body, s.reference, s.notes FROM submissions s JOIN files f ON f.id = s.file_id "
        "JOIN stakeholders k ON k.id = s.stakeholder_id ORDER BY s.seq");
    std::vector<StoredSubmission> found;
    while (s.step()) found.push_back(read_submission_columns(s, 0));
    return found;
}

std::vector<StoredSubmission> SqliteBackend::submissions_page(const std::string& after_id, int64_t limit) {
    auto s = statement(
        "SELECT s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject, s.date, "
        "s.body, s.reference, s.notes FROM submissions s JOIN files f ON f.id = s.file_id "
        "JOIN stakeholders k ON k.id = s.stakeholder_id "
        "WHERE s.seq > coalesce((SELECT seq FROM submissions WHERE id = ?1), 0) ORDER BY s.seq LIMIT ?2");
    s.bind(1, after_id);
    s.bind(2, limit);
    std::vector<StoredSubmission> found;
    while (s.step()) found.push_back(read_submission_columns(s, 0));
    return found;
}

void SqliteBackend::add_point(const Point& point, int64_t embedded_file_id) {
    statement("INSERT INTO points(id, submission_id, position, text, heading, reference, embedded_file_id) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, nullif(?7, 0))")
        .bind(1, point.id)
        .bind(2, point.submission_id)
        .bind(3, point.position)
        .bind(4, point.text)
        .bind(5, point.heading)
        .bind(6, point.reference)
        .bind(7, embedded_file_id)
        .run();
}

std::map<std::string, int64_t> SqliteBackend::point_origins() {
    auto s = statement("SELECT id, embedded_file_id FROM points WHERE embedded_file_id IS NOT NULL");
    std::map<std::string, int64_t> found;
    while (s.step()) found[s.text(0)] = s.integer(1);
    return found;
}

std::vector<Point> SqliteBackend::points() {
    auto s = statement(
        "SELECT p.id, p.submission_id, p.position, p.text, p.heading, p.reference FROM points p "
        "JOIN submissions s ON s.id = p.submission_id ORDER BY s.seq, p.position");
    std::vector<Point> found;
    while (s.step())
        found.push_back(read_point_row(s));
    return found;
}

void SqliteBackend::add_problem(const std::string& stage, const std::string& file, const std::string& message) {
    statement("INSERT OR IGNORE INTO problems(at, stage, file, message) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, now_iso8601())
        .bind(2, stage)
        .bind(3, file)
        .bind(4, message)
        .run();
}

std::vector<Problem> SqliteBackend::problems() {
    auto s = statement("SELECT stage, file, message FROM problems ORDER BY id");
    std::vector<Problem> found;
    while (s.step()) found.push_back(Problem{s.text(0), s.text(1), s.text(2)});
    return found;
}

}  // namespace inspraak::core
