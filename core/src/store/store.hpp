// The round's store: the framework, the original files, submissions, points, classifications,
// reactions, groups, the audit log and the problems met on the way. This is all callers see:
// no database handle, no SQL. A StoreBackend keeps the data: SQLite (sqlite_store.hpp) or
// PostgreSQL (postgres/postgres_store.hpp), chosen by the StoreLocation.
//
// Unit of work: write(fn) runs fn with the store in one transaction, committed when fn returns
// and rolled back when it throws, so that a stage or a decision is all or nothing. A write inside
// a write joins the outer one. Reads work outside a write (each sees the store as it is then) and
// inside it (they see the write's own changes, and nothing of anyone else's until it ends).
//
// What is decided by a person is never overwritten by the machine: the machine writes through
// save_machine_classification and save_machine_draft, which check that in the same statement.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "inspraak/model.hpp"
#include "store/store_backend.hpp"
#include "store/store_error.hpp"
#include "store/store_location.hpp"
#include "store/store_types.hpp"

namespace inspraak::core {

class Store {
public:
    // The round's store. open: a missing store (SQLite file or PostgreSQL round) or a damaged one
    // is a StoreError; create: makes it when it does not exist yet (a SQLite file with its folder,
    // a PostgreSQL round's schema). Both bring an older schema up to date.
    static Store open(const StoreLocation& location);
    static Store create(const StoreLocation& location);
    // The same for a SQLite file.
    static Store open(const std::filesystem::path& file);
    static Store create(const std::filesystem::path& file);

    explicit Store(std::unique_ptr<StoreBackend> backend);
    Store(Store&&) noexcept = default;
    Store& operator=(Store&&) noexcept = default;
    ~Store();

    // Runs fn(*this) in one transaction and returns what fn returns. See the file comment.
    template <typename Fn>
    std::invoke_result_t<Fn&, Store&> write(Fn&& fn);
    bool in_write() const { return depth_ > 0; }
    // Runs fn(*this) as one run of reads and returns what fn returns: one state of the store, and
    // (SQLite) one read lock instead of one per statement, which is most of the cost of reading
    // many small rows. fn must not write. Inside a write (or a read) it just runs fn.
    template <typename Fn>
    std::invoke_result_t<Fn&, Store&> read(Fn&& fn);
    // Whether the store can serve another caller as it is: no write open, and the backend's
    // connection alive with no transaction left open (StoreShelf keeps only such stores).
    bool reusable() noexcept { return depth_ == 0 && backend_ && backend_->reusable(); }

    int schema_version() { return b().schema_version(); }

    std::optional<std::string> meta(const std::string& key) { return b().meta(key); }
    void set_meta(const std::string& key, const std::string& value) { b().set_meta(key, value); }

    // Replaces the framework. Classifications the machine proposed go with it; decided ones stay.
    void replace_framework(const Framework& framework) { b().replace_framework(framework); }
    Framework framework() { return b().framework(); }

    std::optional<StoredFile> file_by_sha256(const std::string& sha256) { return b().file_by_sha256(sha256); }
    std::vector<StoredFile> files_at(const std::string& path) { return b().files_at(path); }
    std::vector<StoredFile> files() { return b().files(); }
    // Returns the new file's id.
    int64_t add_file(const std::string& path, const std::string& sha256, std::string_view bytes, const std::string& plugin,
                     const std::string& status, const std::string& error) {
        return b().add_file(path, sha256, bytes, plugin, status, error);
    }
    void remove_file(int64_t file_id) { b().remove_file(file_id); }  // with its submissions and points
    std::string file_bytes(int64_t file_id) { return b().file_bytes(file_id); }
    // Whether a person decided anything about the file's points (approved or wrote a reaction,
    // set a chapter or route): such a file is not replaced by a newer version behind their back.
    bool file_has_decisions(int64_t file_id) { return b().file_has_decisions(file_id); }

    // Files inside a round's file. `bytes` are kept whatever the status. Returns the new row's id.
    int64_t add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes) { return b().add_embedded_file(row, bytes); }
    std::vector<EmbeddedFileRow> embedded_files() { return b().embedded_files(); }
    // An embedded file read before with this content (status "ok"), if any.
    std::optional<EmbeddedFileRow> embedded_file_by_sha256(const std::string& sha256) {
        return b().embedded_file_by_sha256(sha256);
    }
    std::string embedded_file_bytes(int64_t embedded_file_id) { return b().embedded_file_bytes(embedded_file_id); }

    // Returns the new submission's id ("I001", "I002", ... in the order of ingestion), from the
    // store's own sequence: an id is never handed out twice, not even after its file was removed.
    // `embedded_file_id` (0: none) is the file inside `file_id` the submission came from.
    std::string add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                               const IngestedSubmission& submission, int64_t embedded_file_id = 0) {
        return b().add_submission(file_id, index_in_file, stakeholder, submission, embedded_file_id);
    }
    std::vector<StoredSubmission> submissions() { return b().submissions(); }
    // One page of them in round order: at most `limit` after the submission `after_id` ("": from
    // the first), found through the index on seq (keyset, not offset).
    std::vector<StoredSubmission> submissions_page(const std::string& after_id, int64_t limit) {
        return b().submissions_page(after_id, limit);
    }

    // `embedded_file_id` (0: none): the attachment or archive member the point's text came from.
    void add_point(const Point& point, int64_t embedded_file_id = 0) { b().add_point(point, embedded_file_id); }
    std::vector<Point> points() { return b().points(); }  // in round order
    // The points in round order a page at a time, each with all that belongs to it (PointDetail,
    // without the submission's body): at most `limit` points after `after` (two queries, whatever
    // the round's size), so that a stage going through a million points holds one page of them.
    // Pages read outside a write may see writes made between them; a point added behind the cursor
    // is not seen.
    RoundPointPage points_after(const RoundCursor& after, int64_t limit, RoundWalk walk = RoundWalk::all_points) {
        return b().points_after(after, limit, walk);
    }
    // The points that belong to a group, with their text, in round order a page at a time: at
    // most `limit` after `after` (the round's other points are passed over in the same walk).
    GroupedPointPage grouped_points_after(const RoundCursor& after, int64_t limit) {
        return b().grouped_points_after(after, limit);
    }
    // Calls fn(page) for each page of `page_size` points (points_after) until the last.
    template <typename Fn>
    void for_each_point_page(int64_t page_size, Fn&& fn) {
        RoundCursor cursor;
        for (;;) {
            RoundPointPage page = points_after(cursor, page_size);
            if (page.points.empty()) return;
            cursor = page.next;
            fn(page.points);
        }
    }
    // Point id -> the embedded file its text came from, for the points that came from one.
    std::map<std::string, int64_t> point_origins() { return b().point_origins(); }
    // One point with its submission, classification, reaction, group and assignment; nullopt if
    // unknown.
    std::optional<PointDetail> point(const std::string& point_id);
    // The points with these ids, in their order (unknown ones left out), without their
    // submission's body: two queries per 2,048.
    std::vector<PointDetail> points_by_id(const std::vector<std::string>& ids);
    // The points that match, in round order, one page of them (see PointQuery).
    std::vector<PointDetail> find_points(const PointQuery& query) { return points_by_id(find_point_ids(query)); }
    std::vector<std::string> find_point_ids(const PointQuery& query) { return b().find_point_ids(query); }
    // How many points match, all pages together.
    int64_t count_points(const PointQuery& query) { return b().count_points(query); }
    // The points counted by status, per chapter, stakeholder group and route (point_tally.hpp):
    // the kept counts, counted anew first (in a write) when they are stale.
    PointTally tally();
    // The senders' stakeholder groups, sorted (a small table: no point is read).
    std::vector<std::string> stakeholder_groups() { return b().stakeholder_groups(); }

    std::map<std::string, StoredClassification> classifications() { return b().classifications(); }
    // Writes the classification whoever decided it: for a person's decision (`decided_by` set).
    void save_classification(const std::string& point_id, const Classification& classification,
                             const std::string& decided_by) {
        b().save_classification(point_id, classification, decided_by);
    }
    // The machine's proposal: written only while no person decided the point (no classification
    // yet, or decided_by empty), checked in the same statement as the write. Returns whether it
    // was written; false means a person decided, and their classification stands.
    [[nodiscard]] bool save_machine_classification(const std::string& point_id, const Classification& classification) {
        return b().save_machine_classification(point_id, classification);
    }
    // The points an officer decided (classification decided_by set), in round order: examples
    // a classifier may learn from.
    std::vector<DecidedPoint> decided_points() { return b().decided_points(); }

    std::map<std::string, Reaction> reactions() { return b().reactions(); }
    void save_reaction(const std::string& point_id, const Reaction& reaction) { b().save_reaction(point_id, reaction); }
    // The machine's draft (author machine_author, status draft): written only where the point has
    // no reaction or only a machine draft, checked in the same statement. Returns whether it was
    // written; false means a person wrote or approved the reaction, which stands.
    [[nodiscard]] bool save_machine_draft(const std::string& point_id, const std::string& text) {
        return b().save_machine_draft(point_id, text);
    }

    // Every grouped point, keyed by point id.
    std::map<std::string, PointGroup> point_groups() { return b().point_groups(); }
    // Inserts each point's row or replaces it.
    void save_point_groups(const std::vector<PointGroup>& groups) { b().save_point_groups(groups); }
    // The points no longer belong to a group (no error for a point that had no row).
    void remove_point_groups(const std::vector<std::string>& point_ids) { b().remove_point_groups(point_ids); }
    // Per lead, its other members in submission order (the lead itself left out).
    std::map<std::string, std::vector<std::string>> group_members_by_lead() { return b().group_members_by_lead(); }
    // The points of one group (the lead included), in round order: find_point_ids with only a
    // group_id, through the index on point_groups(group_id) instead of a pass over every point.
    std::vector<std::string> group_point_ids(const std::string& group_id) { return b().group_point_ids(group_id); }

    // The round's accounts (schema 5), by name. save_user inserts the account or replaces its
    // role and hash (created_at stays; the store sets both times). remove_user: whether there was one.
    std::vector<StoredUser> users() { return b().users(); }
    std::optional<StoredUser> user(const std::string& name) { return b().user(name); }
    void save_user(const StoredUser& user) { b().save_user(user); }
    bool remove_user(const std::string& name) { return b().remove_user(name); }

    // Assigns the points to `officer` (replacing an earlier assignment), recorded as done by
    // `assigned_by` now; unassign_points: to nobody (no error for a point that had none). The
    // points must exist. PointDetail::assigned_to and PointQuery::assigned_to read it back.
    void assign_points(const std::vector<std::string>& point_ids, const std::string& officer,
                       const std::string& assigned_by) {
        b().assign_points(point_ids, officer, assigned_by);
    }
    void unassign_points(const std::vector<std::string>& point_ids) { b().unassign_points(point_ids); }

    // Personal data an officer decided to keep public (schema 7): of one point, or of every point
    // (nullopt), in point and text order. keep_public records one (the store sets decided_at):
    // false when it was kept already; redact_again removes it: false when it was not kept. The
    // audit entry is the caller's (the application layer's).
    std::vector<KeptPublicText> kept_public(const std::optional<std::string>& point_id = std::nullopt) {
        return b().kept_public(point_id);
    }
    bool keep_public(const KeptPublicText& kept) { return b().keep_public(kept); }
    bool redact_again(const std::string& point_id, const std::string& kind, const std::string& text) {
        return b().redact_again(point_id, kind, text);
    }

    // The revised framework's changes (schema 9, inspraak revise), in the revised document's
    // order. replace_framework_changes makes them the given ones: a change whose key is stored
    // already keeps its id (and its links) and takes the new place and order; one no longer
    // found goes, with its links; a new one gets an id.
    std::vector<FrameworkChange> framework_changes() { return b().framework_changes(); }
    void replace_framework_changes(const std::vector<FrameworkChange>& changes) { b().replace_framework_changes(changes); }
    // Links from points to changes: of one point, or all (nullopt), by point, then score (best
    // first), then change. The machine clears its own proposals and proposes anew through
    // save_machine_change_link, which writes only where no officer decided (false: not written);
    // decide_change_link records an officer's confirm or remove (the store sets decided_at; the
    // score stays what the machine gave, 0 for a link it never proposed). The audit entry is the
    // caller's.
    std::vector<ChangeLink> change_links(const std::optional<std::string>& point_id = std::nullopt) {
        return b().change_links(point_id);
    }
    void clear_proposed_change_links() { b().clear_proposed_change_links(); }
    bool save_machine_change_link(const std::string& point_id, int64_t change_id, double score) {
        return b().save_machine_change_link(point_id, change_id, score);
    }
    void decide_change_link(const ChangeLink& link) { b().decide_change_link(link); }

    void audit(const std::string& who, const std::string& entity, const std::string& entity_id, const std::string& field,
               const std::string& old_value, const std::string& new_value) {
        b().audit(who, entity, entity_id, field, old_value, new_value);
    }
    int64_t audit_count() { return b().audit_count(); }
    // The audit entries that match, oldest first.
    std::vector<AuditEntry> audit_log(const AuditQuery& query = {}) { return b().audit_log(query); }

    // Records a problem once; the same problem seen again is not repeated.
    void add_problem(const std::string& stage, const std::string& file, const std::string& message) {
        b().add_problem(stage, file, message);
    }
    std::vector<Problem> problems() { return b().problems(); }

    // Any table as plain rows, to copy a round to another store (store_copy.hpp, which keeps the
    // list of tables; see StoreBackend for each).
    std::vector<std::string> table_names() { return b().table_names(); }
    TableRows table_rows(const std::string& table) { return b().table_rows(table); }
    void insert_rows(const std::string& table, const TableRows& rows) { b().insert_rows(table, rows); }
    void clear_table(const std::string& table) { b().clear_table(table); }
    void continue_ids() { b().continue_ids(); }

    // How much memory this connection keeps of the pages it read, at most (SQLite's page cache,
    // filled only as pages are read; 2 MiB unless set). The stages that go through a whole round
    // (ingest, group, classify, draft) ask for more with PageCacheScope (pipeline/page_cache_scope.hpp).
    void set_page_cache(int mebibytes) { b().set_page_cache(mebibytes); }
    // Gathers the query planner's statistics of every table anew, in a write of its own (quick: a
    // sample of each index). The stages that change much of the round call it when they end: a
    // connection that closes gathers them only for the tables it used, and with some tables'
    // statistics and not others' SQLite planned a list page as a sort of the whole round.
    void refresh_statistics() {
        write([&](Store&) { b().refresh_statistics(); });
    }

    // Writes a backup of the round to `file`: one consistent state while others write
    // (store_backup.hpp; restore_backup puts it back). Not inside a write.
    void backup_to(const std::filesystem::path& file) { b().backup_to(file); }

private:
    // One level of write(): the outermost begins and ends the transaction.
    class WriteScope {
    public:
        explicit WriteScope(Store& store);
        ~WriteScope();
        WriteScope(const WriteScope&) = delete;
        WriteScope& operator=(const WriteScope&) = delete;
        void commit();

    private:
        Store& store_;
        bool committed_ = false;
    };

    StoreBackend& b() { return *backend_; }

    std::unique_ptr<StoreBackend> backend_;
    int depth_ = 0;              // nesting of write()
    bool reading_ = false;       // inside read()
    bool inner_failed_ = false;  // a nested write threw: the outer one must not commit half of it
};

template <typename Fn>
std::invoke_result_t<Fn&, Store&> Store::write(Fn&& fn) {
    WriteScope scope(*this);
    if constexpr (std::is_void_v<std::invoke_result_t<Fn&, Store&>>) {
        fn(*this);
        scope.commit();
    } else {
        auto result = fn(*this);
        scope.commit();
        return result;
    }
}

template <typename Fn>
std::invoke_result_t<Fn&, Store&> Store::read(Fn&& fn) {
    if (depth_ > 0 || reading_) return fn(*this);
    backend_->begin_read();
    reading_ = true;
    struct End {
        Store& store;
        ~End() {
            store.reading_ = false;
            store.backend_->end_read();
        }
    } end{*this};
    return fn(*this);
}

// The time now as 2024-12-12T10:00:00Z, for the audit log and updated_at.
std::string now_iso8601();

}  // namespace inspraak::core
