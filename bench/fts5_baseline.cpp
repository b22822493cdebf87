// inspraak_fts5_baseline: what a user could write in an afternoon instead of inspraak, the yardstick
// of issue 16 (bench/README.md, "A million points"). It reads the generated round's points from
// gold.jsonl, inserts them into an SQLite table in one transaction, indexes the framework's
// paragraphs with FTS5, and for each point runs one bm25 query that ORs the point's distinct words
// of four letters or more, storing the best paragraph back, all in one transaction. It parses no
// submission files and writes no report.
//
//   inspraak_fts5_baseline ROUND_DIR [--db FILE]
//
// Prints the time of each step, the total, points per second and the peak memory (max RSS).
#include <sqlite3.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

class Db {
public:
    explicit Db(const fs::path& file) {
        if (sqlite3_open(file.c_str(), &db_) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
    }
    ~Db() { sqlite3_close(db_); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(const char* sql) {
        char* error = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::string message = error ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error(message);
        }
    }
    sqlite3_stmt* prepare(const char* sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
        return statement;
    }
    const char* error() const { return sqlite3_errmsg(db_); }

private:
    sqlite3* db_ = nullptr;
};

struct Statement {
    sqlite3_stmt* s;
    ~Statement() { sqlite3_finalize(s); }
};

// The framework's paragraphs: text between blank lines.
std::vector<std::string> paragraphs(const fs::path& framework) {
    std::ifstream in(framework, std::ios::binary);
    std::vector<std::string> out;
    std::string line, current;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += (current.empty() ? "" : " ") + line;
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

// The point's distinct words of four letters or more, quoted for FTS5 and joined with OR.
std::string or_query(const std::string& text) {
    std::set<std::string> words;
    std::string word;
    auto take = [&] {
        if (word.size() >= 4) words.insert(word);
        word.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) != 0 || c >= 0x80) word += static_cast<char>(c);
        else take();
    }
    take();
    std::string query;
    for (const auto& w : words) query += (query.empty() ? "\"" : " OR \"") + w + "\"";
    return query;
}

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    fs::path round;
    fs::path db_file;
    CLI::App app{"The FTS5 baseline of bench/README.md: points from gold.jsonl, one bm25 query each."};
    app.add_option("ROUND_DIR", round, "a round written by inspraak_generate_round")->required()->check(CLI::ExistingDirectory);
    app.add_option("--db", db_file, "the SQLite file to write (default: ROUND_DIR/baseline.db, replaced)");
    CLI11_PARSE(app, argc, argv);
    if (db_file.empty()) db_file = round / "baseline.db";
    try {
        const auto start = std::chrono::steady_clock::now();
        fs::remove(db_file);
        Db db(db_file);
        db.exec("PRAGMA journal_mode=WAL");

        // 1. The points, in one transaction.
        auto step = std::chrono::steady_clock::now();
        db.exec("CREATE TABLE points(id INTEGER PRIMARY KEY, text TEXT NOT NULL, best INTEGER)");
        db.exec("BEGIN");
        long count = 0;
        {
            Statement insert{db.prepare("INSERT INTO points(id, text) VALUES (?1, ?2)")};
            std::ifstream gold(round / "gold.jsonl", std::ios::binary);
            if (!gold) throw std::runtime_error((round / "gold.jsonl").string() + ": not found");
            std::string line;
            while (std::getline(gold, line)) {
                const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
                sqlite3_bind_int64(insert.s, 1, ++count);
                sqlite3_bind_text(insert.s, 2, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(insert.s) != SQLITE_DONE) throw std::runtime_error(db.error());
                sqlite3_reset(insert.s);
            }
        }
        db.exec("COMMIT");
        const double read_time = since(step);

        // 2. The framework's paragraphs in an FTS5 index.
        step = std::chrono::steady_clock::now();
        db.exec("CREATE VIRTUAL TABLE paragraphs USING fts5(text)");
        const auto framework = paragraphs(round / "kader.md");
        {
            Statement insert{db.prepare("INSERT INTO paragraphs(rowid, text) VALUES (?1, ?2)")};
            long id = 0;
            for (const auto& p : framework) {
                sqlite3_bind_int64(insert.s, 1, ++id);
                sqlite3_bind_text(insert.s, 2, p.data(), static_cast<int>(p.size()), SQLITE_STATIC);
                if (sqlite3_step(insert.s) != SQLITE_DONE) throw std::runtime_error(db.error());
                sqlite3_reset(insert.s);
            }
        }
        const double index_time = since(step);

        // 3. One bm25 query per point, the best paragraph stored back, in one transaction.
        step = std::chrono::steady_clock::now();
        db.exec("BEGIN");
        long matched = 0;
        {
            Statement points{db.prepare("SELECT id, text FROM points ORDER BY id")};
            Statement best{db.prepare("SELECT rowid FROM paragraphs WHERE paragraphs MATCH ?1 ORDER BY bm25(paragraphs) LIMIT 1")};
            Statement store{db.prepare("UPDATE points SET best = ?2 WHERE id = ?1")};
            while (sqlite3_step(points.s) == SQLITE_ROW) {
                const auto id = sqlite3_column_int64(points.s, 0);
                const std::string query = or_query(reinterpret_cast<const char*>(sqlite3_column_text(points.s, 1)));
                if (query.empty()) continue;
                sqlite3_bind_text(best.s, 1, query.data(), static_cast<int>(query.size()), SQLITE_STATIC);
                if (sqlite3_step(best.s) == SQLITE_ROW) {
                    sqlite3_bind_int64(store.s, 1, id);
                    sqlite3_bind_int64(store.s, 2, sqlite3_column_int64(best.s, 0));
                    if (sqlite3_step(store.s) != SQLITE_DONE) throw std::runtime_error(db.error());
                    sqlite3_reset(store.s);
                    ++matched;
                }
                sqlite3_reset(best.s);
            }
        }
        db.exec("COMMIT");
        const double match_time = since(step);
        const double total = since(start);

        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        fmt::print("FTS5 baseline on {} ({} points, {} framework paragraphs)\n", round.string(), count, framework.size());
        fmt::print("  read and insert   {:8.2f} s\n", read_time);
        fmt::print("  index framework   {:8.2f} s\n", index_time);
        fmt::print("  match and store   {:8.2f} s  {:.0f} points/s, {} matched\n", match_time,
                   match_time > 0 ? count / match_time : 0.0, matched);
        fmt::print("  total             {:8.2f} s  {:.0f} points/s\n", total, total > 0 ? count / total : 0.0);
        fmt::print("  peak memory       {:8.1f} MB\n", usage.ru_maxrss / 1024.0);
    } catch (const std::exception& e) {
        fmt::print(stderr, "inspraak_fts5_baseline: {}\n", e.what());
        return 1;
    }
    return 0;
}
