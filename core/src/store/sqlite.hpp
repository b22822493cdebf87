// A thin RAII layer over the SQLite C API, for the SQLite backend only (nothing outside
// core/src/store/ includes it): prepared statements only, errors as exceptions at
// this boundary (StoreError), one line each, naming the database file.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "store/store_error.hpp"

namespace inspraak::core {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    // Binding is 1-based like SQLite's; returns *this so calls chain.
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind_blob(int index, std::string_view bytes);
    Statement& bind_null(int index);

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::string text(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const;
    // For reading any table (table_rows): the columns of the result and each value's storage class.
    int column_count() const;
    std::string column_name(int column) const;
    int column_type(int column) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    // Opens (and with `create`, creates) the file with WAL and foreign keys on.
    Database(const std::filesystem::path& file, bool create);
    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    ~Database();

    Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
    void exec(const std::string& sql);  // for schema scripts only; never with user data
    int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    int changes() const { return sqlite3_changes(db_); }
    sqlite3* handle() const { return db_; }
    const std::filesystem::path& file() const { return file_; }

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path file_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace inspraak::core
