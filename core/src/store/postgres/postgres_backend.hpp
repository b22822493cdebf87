// The store in PostgreSQL: StoreBackend over one connection whose search path is the round's
// schema (see connection.hpp), with statements prepared once per connection and reused. Every
// method behaves as the SQLite backend's (same order, same conditional writes); see
// docs/store-postgres.md. Only files in core/src/store/ include this header.
//
// Transactions: begin() opens a pqxx::work that lives until commit() or rollback() and takes the
// round's advisory lock (transaction.hpp lock_round) at once, as SQLite's BEGIN IMMEDIATE takes
// the write lock: two writers on one round run one after the other, so what a write reads stays
// true until it commits. Outside a write, a method that writes runs in a work of its own under
// the same lock, and a method that reads in a read-only REPEATABLE READ transaction of its own
// (one snapshot for its few statements). Readers never wait for the lock.
#pragma once

#include <pqxx/except>
#include <pqxx/transaction>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "store/postgres/connection.hpp"
#include "store/postgres/transaction.hpp"
#include "store/point_filter_sql.hpp"
#include "store/store_backend.hpp"

namespace inspraak::core::postgres {

class PostgresBackend final : public StoreBackend {
public:
    // `connection` names a round that exists at the current schema version (open_postgres_backend).
    explicit PostgresBackend(PostgresConnection connection);
    ~PostgresBackend() override;

    void begin() override;
    void commit() override;
    void rollback() noexcept override;
    bool reusable() noexcept override;

    int schema_version() override;

    std::optional<std::string> meta(const std::string& key) override;
    void set_meta(const std::string& key, const std::string& value) override;

    void replace_framework(const Framework& framework) override;
    Framework framework() override;

    std::optional<StoredFile> file_by_sha256(const std::string& sha256) override;
    std::vector<StoredFile> files_at(const std::string& path) override;
    std::vector<StoredFile> files() override;
    int64_t add_file(const std::string& path, const std::string& sha256, std::string_view bytes, const std::string& plugin,
                     const std::string& status, const std::string& error) override;
    void remove_file(int64_t file_id) override;
    std::string file_bytes(int64_t file_id) override;
    bool file_has_decisions(int64_t file_id) override;

    int64_t add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes) override;
    std::vector<EmbeddedFileRow> embedded_files() override;
    std::optional<EmbeddedFileRow> embedded_file_by_sha256(const std::string& sha256) override;
    std::string embedded_file_bytes(int64_t embedded_file_id) override;

    std::string add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                               const IngestedSubmission& submission, int64_t embedded_file_id) override;
    std::vector<StoredSubmission> submissions() override;
    std::vector<StoredSubmission> submissions_page(const std::string& after_id, int64_t limit) override;

    void add_point(const Point& point, int64_t embedded_file_id) override;
    std::vector<Point> points() override;
    RoundPointPage points_after(const RoundCursor& after, int64_t limit, RoundWalk walk) override;
    GroupedPointPage grouped_points_after(const RoundCursor& after, int64_t limit) override;
    std::map<std::string, int64_t> point_origins() override;
    std::vector<PointDetail> points_by_id(const std::vector<std::string>& ids) override;
    std::string submission_body(const std::string& submission_id) override;
    std::vector<std::string> find_point_ids(const PointQuery& query) override;
    int64_t count_points(const PointQuery& query) override;
    PointTally tally() override;
    bool tally_stale() override;
    void recount_tally() override;
    std::vector<std::string> stakeholder_groups() override;

    std::map<std::string, StoredClassification> classifications() override;
    void save_classification(const std::string& point_id, const Classification& classification,
                             const std::string& decided_by) override;
    bool save_machine_classification(const std::string& point_id, const Classification& classification) override;
    std::vector<DecidedPoint> decided_points() override;

    std::map<std::string, Reaction> reactions() override;
    void save_reaction(const std::string& point_id, const Reaction& reaction) override;
    bool save_machine_draft(const std::string& point_id, const std::string& text) override;

    std::map<std::string, PointGroup> point_groups() override;
    void save_point_groups(const std::vector<PointGroup>& groups) override;
    void remove_point_groups(const std::vector<std::string>& point_ids) override;
    std::map<std::string, std::vector<std::string>> group_members_by_lead() override;
    std::vector<std::string> group_point_ids(const std::string& group_id) override;

    std::vector<StoredUser> users() override;
    std::optional<StoredUser> user(const std::string& name) override;
    void save_user(const StoredUser& user) override;
    bool remove_user(const std::string& name) override;

    void assign_points(const std::vector<std::string>& point_ids, const std::string& officer,
                       const std::string& assigned_by) override;
    void unassign_points(const std::vector<std::string>& point_ids) override;

    std::vector<KeptPublicText> kept_public(const std::optional<std::string>& point_id) override;
    bool keep_public(const KeptPublicText& kept) override;
    bool redact_again(const std::string& point_id, const std::string& kind, const std::string& text) override;

    std::vector<FrameworkChange> framework_changes() override;
    void replace_framework_changes(const std::vector<FrameworkChange>& changes) override;
    std::vector<ChangeLink> change_links(const std::optional<std::string>& point_id) override;
    void clear_proposed_change_links() override;
    bool save_machine_change_link(const std::string& point_id, int64_t change_id, double score) override;
    void decide_change_link(const ChangeLink& link) override;

    void audit(const std::string& who, const std::string& entity, const std::string& entity_id, const std::string& field,
               const std::string& old_value, const std::string& new_value) override;
    int64_t audit_count() override;
    std::vector<AuditEntry> audit_log(const AuditQuery& query) override;

    void add_problem(const std::string& stage, const std::string& file, const std::string& message) override;
    std::vector<Problem> problems() override;

    std::vector<std::string> table_names() override;
    TableRows table_rows(const std::string& table) override;
    void insert_rows(const std::string& table, const TableRows& rows) override;
    void clear_table(const std::string& table) override;
    void continue_ids() override;
    void backup_to(const std::filesystem::path& file) override;

private:
    using Tx = pqxx::transaction_base;
    using Snapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

    // body(tx) in the open write, or else in a transaction of its own (see the file comment).
    // A libpqxx error becomes a PostgresError naming the server and the round.
    template <typename Body>
    auto reading(Body&& body);
    template <typename Body>
    auto writing(Body&& body);

    // Runs `sql` (a string that outlives the backend: a literal) as a statement prepared once.
    template <typename... Args>
    pqxx::result run(Tx& tx, const char* sql, Args&&... args) {
        return tx.exec_prepared(prepared(sql), std::forward<Args>(args)...);
    }
    const std::string& prepared(const char* sql);
    [[noreturn]] void fail(const Message& what, const pqxx::pqxx_exception& error) const;

    // The statements shared by several methods, inside the caller's transaction (a method may
    // not call another: that one would open a second transaction on the connection).
    void put_meta(Tx& tx, const std::string& key, const std::string& value);
    void replace_chapters(Tx& tx, const std::string& point_id, const std::vector<ChapterScore>& chapters);
    // Fills in the chapters of the classifications a page of points read (by point id).
    void read_chapters(Tx& tx, const std::map<std::string, StoredClassification*>& classified);

    PostgresConnection connection_;
    std::unique_ptr<pqxx::work> work_;  // the open write, between begin() and commit()/rollback()
    std::unordered_map<const char*, std::string> statements_;
    StatementTexts point_queries_;  // the texts of point queries, by shape (point_filter_sql.hpp)
};

template <typename Body>
auto PostgresBackend::reading(Body&& body) {
    try {
        if (work_) return body(static_cast<Tx&>(*work_));
        Snapshot snapshot(connection_.raw());
        auto result = body(static_cast<Tx&>(snapshot));
        snapshot.commit();
        return result;
    } catch (const pqxx::pqxx_exception& error) {
        fail(Message{"pg.read_failed"}, error);
    }
}

template <typename Body>
auto PostgresBackend::writing(Body&& body) {
    using Result = std::invoke_result_t<Body&, Tx&>;
    try {
        if (work_) return body(static_cast<Tx&>(*work_));
        pqxx::work work(connection_.raw());
        lock_round(work, connection_.round());
        if constexpr (std::is_void_v<Result>) {
            body(static_cast<Tx&>(work));
            work.commit();
        } else {
            Result result = body(static_cast<Tx&>(work));
            work.commit();
            return result;
        }
    } catch (const pqxx::pqxx_exception& error) {
        fail(Message{"pg.write_failed"}, error);
    }
}

}  // namespace inspraak::core::postgres
