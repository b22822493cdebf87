// What a store backend implements: the round's data in a database (SQLite today, see
// sqlite_store.hpp; PostgreSQL later). Callers never see this interface: they use Store, which
// adds the unit of work on top (begin/commit/rollback are only ever called by Store::write).
// Every method is one statement or a few in the backend's dialect; no SQL leaves the backend.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/model.hpp"
#include "store/point_tally.hpp"
#include "store/store_types.hpp"
#include "store/table_rows.hpp"

namespace inspraak::core {

// Tables the store keeps from the others by itself (schema 8: the counts, point_tally.hpp): not
// part of what a round is, so table_names() leaves them out and a copy makes them anew.
inline bool is_derived_table(std::string_view table) { return table == "tally" || table == "tally_state"; }

class StoreBackend {
public:
    virtual ~StoreBackend() = default;
    StoreBackend() = default;
    StoreBackend(const StoreBackend&) = delete;
    StoreBackend& operator=(const StoreBackend&) = delete;

    // The unit of work. begin() takes the write lock at once (no upgrade from a read later, which
    // could fail midway); rollback() must not throw.
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    // A run of reads that should see one state and not pay for a lock per statement (SQLite: a
    // deferred transaction; PostgreSQL: nothing, each read is its own transaction). Only called
    // by Store::read, never inside a write; end_read must not throw.
    virtual void begin_read() {}
    virtual void end_read() noexcept {}
    // How much memory this connection may keep of the store's pages it read (Store::set_page_cache).
    // PostgreSQL: nothing, the server keeps its own cache.
    virtual void set_page_cache(int /*mebibytes*/) {}
    // The planner's statistics of every table made anew (Store::refresh_statistics). PostgreSQL:
    // nothing, its autovacuum analyses a table soon after many of its rows changed.
    virtual void refresh_statistics() {}
    // No transaction open and the connection alive: fit to be used again (Store::reusable).
    virtual bool reusable() noexcept = 0;

    virtual int schema_version() = 0;

    virtual std::optional<std::string> meta(const std::string& key) = 0;
    virtual void set_meta(const std::string& key, const std::string& value) = 0;

    virtual void replace_framework(const Framework& framework) = 0;
    virtual Framework framework() = 0;

    virtual std::optional<StoredFile> file_by_sha256(const std::string& sha256) = 0;
    virtual std::vector<StoredFile> files_at(const std::string& path) = 0;
    virtual std::vector<StoredFile> files() = 0;
    virtual int64_t add_file(const std::string& path, const std::string& sha256, std::string_view bytes,
                             const std::string& plugin, const std::string& status, const std::string& error) = 0;
    virtual void remove_file(int64_t file_id) = 0;
    virtual std::string file_bytes(int64_t file_id) = 0;
    virtual bool file_has_decisions(int64_t file_id) = 0;

    virtual int64_t add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes) = 0;
    virtual std::vector<EmbeddedFileRow> embedded_files() = 0;
    virtual std::optional<EmbeddedFileRow> embedded_file_by_sha256(const std::string& sha256) = 0;
    virtual std::string embedded_file_bytes(int64_t embedded_file_id) = 0;

    virtual std::string add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                                       const IngestedSubmission& submission, int64_t embedded_file_id) = 0;
    virtual std::vector<StoredSubmission> submissions() = 0;
    // At most `limit` submissions after `after_id` ("": from the first), in round order.
    virtual std::vector<StoredSubmission> submissions_page(const std::string& after_id, int64_t limit) = 0;

    virtual void add_point(const Point& point, int64_t embedded_file_id) = 0;
    virtual std::vector<Point> points() = 0;
    virtual RoundPointPage points_after(const RoundCursor& after, int64_t limit, RoundWalk walk) = 0;
    virtual GroupedPointPage grouped_points_after(const RoundCursor& after, int64_t limit) = 0;
    virtual std::map<std::string, int64_t> point_origins() = 0;
    // The points with these ids (unknown ones left out), in no particular order.
    virtual std::vector<PointDetail> points_by_id(const std::vector<std::string>& ids) = 0;
    virtual std::string submission_body(const std::string& submission_id) = 0;  // "" if unknown
    virtual std::vector<std::string> find_point_ids(const PointQuery& query) = 0;
    virtual int64_t count_points(const PointQuery& query) = 0;  // limit and offset ignored
    virtual PointTally tally() = 0;  // the kept counts as they are (point_tally.hpp)
    virtual bool tally_stale() = 0;
    virtual void recount_tally() = 0;  // inside a write
    virtual std::vector<std::string> stakeholder_groups() = 0;

    virtual std::map<std::string, StoredClassification> classifications() = 0;
    virtual void save_classification(const std::string& point_id, const Classification& classification,
                                     const std::string& decided_by) = 0;
    virtual bool save_machine_classification(const std::string& point_id, const Classification& classification) = 0;
    virtual std::vector<DecidedPoint> decided_points() = 0;

    virtual std::map<std::string, Reaction> reactions() = 0;
    virtual void save_reaction(const std::string& point_id, const Reaction& reaction) = 0;
    virtual bool save_machine_draft(const std::string& point_id, const std::string& text) = 0;

    virtual std::map<std::string, PointGroup> point_groups() = 0;
    virtual void save_point_groups(const std::vector<PointGroup>& groups) = 0;
    virtual void remove_point_groups(const std::vector<std::string>& point_ids) = 0;
    virtual std::map<std::string, std::vector<std::string>> group_members_by_lead() = 0;
    virtual std::vector<std::string> group_point_ids(const std::string& group_id) = 0;

    virtual std::vector<StoredUser> users() = 0;
    virtual std::optional<StoredUser> user(const std::string& name) = 0;
    virtual void save_user(const StoredUser& user) = 0;
    virtual bool remove_user(const std::string& name) = 0;

    virtual void assign_points(const std::vector<std::string>& point_ids, const std::string& officer,
                               const std::string& assigned_by) = 0;
    virtual void unassign_points(const std::vector<std::string>& point_ids) = 0;

    virtual std::vector<KeptPublicText> kept_public(const std::optional<std::string>& point_id) = 0;
    virtual bool keep_public(const KeptPublicText& kept) = 0;
    virtual bool redact_again(const std::string& point_id, const std::string& kind, const std::string& text) = 0;

    virtual std::vector<FrameworkChange> framework_changes() = 0;
    virtual void replace_framework_changes(const std::vector<FrameworkChange>& changes) = 0;
    virtual std::vector<ChangeLink> change_links(const std::optional<std::string>& point_id) = 0;
    virtual void clear_proposed_change_links() = 0;
    virtual bool save_machine_change_link(const std::string& point_id, int64_t change_id, double score) = 0;
    virtual void decide_change_link(const ChangeLink& link) = 0;

    virtual void audit(const std::string& who, const std::string& entity, const std::string& entity_id,
                       const std::string& field, const std::string& old_value, const std::string& new_value) = 0;
    virtual int64_t audit_count() = 0;
    virtual std::vector<AuditEntry> audit_log(const AuditQuery& query) = 0;

    virtual void add_problem(const std::string& stage, const std::string& file, const std::string& message) = 0;
    virtual std::vector<Problem> problems() = 0;

    // Any table as plain rows, for copying a round between backends (store_copy.hpp). Table names
    // come from that file's fixed list (or table_names()), never from a user.
    // The round's tables, without the backend's own bookkeeping (sqlite_*, schema_migrations) and
    // the derived tables (is_derived_table).
    virtual std::vector<std::string> table_names() = 0;
    virtual TableRows table_rows(const std::string& table) = 0;  // every row, in no particular order
    // Inserts the rows as they are, ids included; columns are matched by name.
    virtual void insert_rows(const std::string& table, const TableRows& rows) = 0;
    virtual void clear_table(const std::string& table) = 0;
    // After insert_rows gave rows their ids: new rows get ids past the highest. PostgreSQL's
    // identity sequences do not move when an insert names the id; SQLite takes max(rowid) + 1.
    virtual void continue_ids() = 0;

    // Writes a backup of the round to `file` (store_backup.hpp), replacing it once whole.
    virtual void backup_to(const std::filesystem::path& file) = 0;
};

}  // namespace inspraak::core
