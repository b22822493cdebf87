// The store in SQLite: StoreBackend over one database file, with statements prepared once and
// reused. Only files in core/src/store/ include this header (it brings in SQLite's types).
#pragma once

#include <memory>
#include <unordered_map>

#include "store/sqlite.hpp"
#include "store/point_filter_sql.hpp"
#include "store/store_backend.hpp"

namespace inspraak::core {

class SqliteBackend final : public StoreBackend {
public:
    explicit SqliteBackend(Database db);
    ~SqliteBackend() override;

    void begin() override;
    void commit() override;
    void rollback() noexcept override;
    void begin_read() override;
    void end_read() noexcept override;
    void set_page_cache(int mebibytes) override;
    void refresh_statistics() override;
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
    // A cached statement, reset when the lease ends: a statement left mid-result would keep a
    // read transaction open and stop SQLite from checkpointing the write-ahead log.
    class Lease {
    public:
        explicit Lease(Statement& statement) : statement_(statement) {}
        ~Lease() { statement_.reset(); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        template <typename T>
        Lease& bind(int index, T&& value) {
            statement_.bind(index, std::forward<T>(value));
            return *this;
        }
        Lease& bind_blob(int index, std::string_view bytes) {
            statement_.bind_blob(index, bytes);
            return *this;
        }
        Lease& bind_null(int index) {
            statement_.bind_null(index);
            return *this;
        }
        bool step() { return statement_.step(); }
        void run() { statement_.run(); }
        std::string text(int column) const { return statement_.text(column); }
        int64_t integer(int column) const { return statement_.integer(column); }
        double real(int column) const { return statement_.real(column); }
        bool is_null(int column) const { return statement_.is_null(column); }

    private:
        Statement& statement_;
    };

    Lease statement(const char* sql);  // prepared once per store, reused
    void replace_chapters(const std::string& point_id, const std::vector<ChapterScore>& chapters);
    // Fills in the chapters of the classifications a page of points read (by point id).
    void read_chapters(const std::map<std::string, StoredClassification*>& classified);

    Database db_;
    std::unordered_map<const char*, std::unique_ptr<Statement>> statements_;
    StatementTexts point_queries_;  // the texts of point queries, by shape (point_filter_sql.hpp)
};

}  // namespace inspraak::core
