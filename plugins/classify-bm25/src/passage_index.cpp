#include "classify_bm25/passage_index.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

#include "classify_bm25/fts5_tokenizer.hpp"

namespace inspraak::classify_bm25 {
namespace {

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
    throw std::runtime_error("classify-bm25: " + what + ": " + sqlite3_errmsg(db));
}

void execute(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw std::runtime_error("classify-bm25: " + sql.substr(0, 40) + ": " + text);
    }
}

Statement prepare(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(db, "prepare");
    return Statement(statement);
}

}  // namespace

struct PassageIndex::Connection {
    Database db;
    Statement search;
    Statement search_best;  // the same, best first, at most ?2 rows
};

PassageIndex::PassageIndex(Language language) : connection_(std::make_unique<Connection>()) {
    sqlite3* raw = nullptr;
    // FULLMUTEX as a second line of defence; search() serialises on mutex_ anyway because the
    // prepared statement is shared.
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                                   nullptr);
    connection_->db.reset(raw);
    if (rc != SQLITE_OK) {
        if (raw == nullptr) throw std::runtime_error("classify-bm25: cannot open an in-memory SQLite database");
        fail(raw, "open");
    }
    sqlite3* db = connection_->db.get();
    register_fts5_tokenizer(db);
    execute(db, "CREATE VIRTUAL TABLE passage USING fts5(heading, body, tokenize = '" +
                    std::string(fts5_tokenizer_name) + " " + std::string(language_code(language)) + "')");
    const std::string score = "-bm25(passage, " + std::to_string(heading_weight) + ", 1.0)";
    connection_->search = prepare(db, "SELECT rowid, " + score + " FROM passage WHERE passage MATCH ?1");
    connection_->search_best = prepare(db, "SELECT rowid, " + score + " AS score FROM passage WHERE passage MATCH ?1 "
                                           "ORDER BY score DESC LIMIT ?2");
}

PassageIndex::~PassageIndex() = default;

void PassageIndex::add(const std::vector<Entry>& entries) {
    std::lock_guard lock(mutex_);
    sqlite3* db = connection_->db.get();
    execute(db, "BEGIN");
    try {
        Statement insert = prepare(db, "INSERT INTO passage(rowid, heading, body) VALUES (?1, ?2, ?3)");
        for (const Entry& entry : entries) {
            sqlite3_bind_int64(insert.get(), 1, static_cast<sqlite3_int64>(entry.key));
            const auto length = static_cast<int>(entry.text.size());
            sqlite3_bind_text(insert.get(), entry.is_heading ? 2 : 3, entry.text.data(), length, SQLITE_STATIC);
            sqlite3_bind_text(insert.get(), entry.is_heading ? 3 : 2, "", 0, SQLITE_STATIC);
            if (sqlite3_step(insert.get()) != SQLITE_DONE) fail(db, "index passage");
            sqlite3_reset(insert.get());
            sqlite3_clear_bindings(insert.get());
        }
        execute(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::string PassageIndex::match_expression(const std::vector<std::string>& words) {
    std::string expression;
    for (const std::string& word : words) {
        if (!expression.empty()) expression += " OR ";
        expression += '"';
        for (char c : word) {
            if (c == '"') expression += '"';
            expression += c;
        }
        expression += '"';
    }
    return expression;
}

std::vector<PassageHit> PassageIndex::search(const std::vector<std::string>& words, std::size_t limit) const {
    std::vector<PassageHit> hits;
    if (words.empty()) return hits;
    const std::string expression = match_expression(words);

    std::lock_guard lock(mutex_);
    sqlite3* db = connection_->db.get();
    sqlite3_stmt* statement = limit > 0 ? connection_->search_best.get() : connection_->search.get();
    sqlite3_bind_text(statement, 1, expression.data(), static_cast<int>(expression.size()), SQLITE_STATIC);
    if (limit > 0) sqlite3_bind_int64(statement, 2, static_cast<sqlite3_int64>(limit));
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        hits.push_back({static_cast<std::size_t>(sqlite3_column_int64(statement, 0)), sqlite3_column_double(statement, 1)});
    // Read the error before reset() so the message is this query's.
    const std::string error = rc == SQLITE_DONE ? std::string() : std::string(sqlite3_errmsg(db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE) throw std::runtime_error("classify-bm25: search failed: " + error);

    std::stable_sort(hits.begin(), hits.end(), [](const PassageHit& a, const PassageHit& b) { return a.score > b.score; });
    return hits;
}

}  // namespace inspraak::classify_bm25
