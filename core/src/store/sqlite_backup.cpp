#include "store/sqlite_backup.hpp"

#include <unistd.h>

#include <optional>
#include <string>
#include <system_error>

#include "store/schema_version.hpp"
#include "store/sqlite_backend.hpp"
#include "store/store.hpp"
#include "store/store_backup.hpp"
#include "store/store_error.hpp"

namespace inspraak::core {
namespace {

// A connection of this file's own (no WAL switch, no migration: a backup file is read as it is).
class Connection {
public:
    Connection(const std::filesystem::path& file, int flags) {
        int rc = sqlite3_open_v2(file.c_str(), &db_, flags, nullptr);
        if (rc == SQLITE_OK) sqlite3_busy_timeout(db_, 5000);
        error_ = rc == SQLITE_OK ? std::string() : db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    }
    ~Connection() { sqlite3_close_v2(db_); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return db_; }
    const std::string& error() const { return error_; }  // empty when it opened

    // The first column of the first row of `sql`, as text; nullopt (with error()) when it fails.
    std::optional<std::string> value(const char* sql) {
        sqlite3_stmt* statement = nullptr;
        std::optional<std::string> result;
        if (sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr) == SQLITE_OK) {
            int rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                const auto* text = sqlite3_column_text(statement, 0);
                result = text ? reinterpret_cast<const char*>(text) : "";
            } else if (rc == SQLITE_DONE) {
                result = "";
            }
        }
        if (!result) error_ = sqlite3_errmsg(db_);
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* db_ = nullptr;
    std::string error_;
};

[[noreturn]] void damaged(const std::filesystem::path& file, const std::string& reason) {
    throw StoreError(ErrorKind::internal, Message{"backup.damaged", {file.string(), reason}});
}

// Every page of `from` into `to` in one step: one read transaction on `from` (a consistent state;
// in WAL mode writers go on meanwhile). A busy source or target is waited for, up to a minute.
// Returns SQLite's words when it fails.
std::optional<std::string> copy_pages(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) return std::string(sqlite3_errmsg(to));
    int rc = SQLITE_OK;
    for (int waited = 0; waited < 1200; ++waited) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(50);
    }
    int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return std::string(sqlite3_errstr(rc));
    if (finished != SQLITE_OK) return std::string(sqlite3_errmsg(to));
    return std::nullopt;
}

void check_backup(const std::filesystem::path& file) {
    Connection backup(file, SQLITE_OPEN_READONLY);
    if (!backup.error().empty()) damaged(file, backup.error());
    auto check = backup.value("PRAGMA quick_check");
    if (!check) damaged(file, backup.error());
    if (*check != "ok") damaged(file, *check);
    auto version = backup.value("PRAGMA user_version");
    auto meta = backup.value("SELECT count(*) FROM meta");
    if (!version || !meta || std::stoi(*version) < 1) damaged(file, backup.error().empty() ? "no inspraak round" : backup.error());
    if (std::stoi(*version) > store_schema_version)
        throw StoreError(ErrorKind::internal, Message{"store.too_new", {file.string(), *version,
                                                                        std::to_string(store_schema_version)}});
}

}  // namespace

void SqliteBackend::backup_to(const std::filesystem::path& file) { write_sqlite_backup(db_.handle(), file); }

void write_sqlite_backup(sqlite3* source, const std::filesystem::path& file) {
    std::error_code ignored;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
    // Written beside the file and renamed over it once whole: an interrupted backup leaves the
    // last good one in place.
    const std::filesystem::path partial = file.string() + ".part-" + std::to_string(::getpid());
    std::filesystem::remove(partial, ignored);
    std::optional<std::string> failure;
    {
        Connection copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!copy.error().empty()) failure = copy.error();
        if (!failure) failure = copy_pages(source, copy.get());
        // One file, with no -wal beside it to lose when it is copied elsewhere.
        if (!failure && !copy.value("PRAGMA journal_mode=DELETE")) failure = copy.error();
    }
    if (!failure) {
        std::error_code renamed;
        std::filesystem::rename(partial, file, renamed);
        if (renamed) failure = renamed.message();
    }
    if (failure) {
        std::filesystem::remove(partial, ignored);
        throw StoreError(ErrorKind::internal, Message{"backup.write_failed", {file.string(), *failure}});
    }
}

void restore_sqlite_backup(const std::filesystem::path& file, const std::filesystem::path& target, bool replace) {
    check_backup(file);
    if (std::filesystem::exists(target) && !replace) {
        Store existing = Store::open(target);
        refuse_non_empty_target(existing, target.string(), "backup.target_not_empty");
    }
    {
        Connection backup(file, SQLITE_OPEN_READONLY);
        if (!backup.error().empty()) damaged(file, backup.error());
        std::error_code ignored;
        if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ignored);
        // The target through the same backup API: it takes the target's write lock, so a process
        // that has the round open sees the old round or the restored one, never half of each.
        Connection into(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!into.error().empty())
            throw StoreError(ErrorKind::internal, Message{"store.cannot_open", {target.string(), into.error()}});
        if (auto failure = copy_pages(backup.get(), into.get()))
            throw StoreError(ErrorKind::internal, Message{"store.sqlite_exec_failed", {target.string(), *failure}});
    }
    Store migrated = Store::open(target);  // WAL again, and an older backup's schema brought up to date
}

}  // namespace inspraak::core
