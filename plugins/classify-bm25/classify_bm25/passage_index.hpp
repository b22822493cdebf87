// An in-memory SQLite FTS5 index of passages, ranked with bm25(). Headings and body text sit in
// two columns so that a heading hit weighs more (see heading_weight).
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "classify_bm25/language.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace inspraak::classify_bm25 {

struct PassageHit {
    std::size_t passage = 0;  // the key given to add()
    double score = 0;         // -bm25(): positive, higher is better
};

class PassageIndex {
public:
    // bm25 column weights: a term in a heading counts this many times a term in body text.
    static constexpr double heading_weight = 2.5;

    // Throws std::runtime_error when SQLite or FTS5 fails.
    explicit PassageIndex(Language language);
    ~PassageIndex();
    PassageIndex(const PassageIndex&) = delete;
    PassageIndex& operator=(const PassageIndex&) = delete;

    // Adds passages in one transaction; call before search(). `key` comes back in PassageHit.
    struct Entry {
        std::size_t key = 0;
        std::string_view text;
        bool is_heading = false;
    };
    void add(const std::vector<Entry>& entries);

    // Every passage matching any of `words` (an OR query; each word is quoted and goes through
    // the same tokenizer as the passages), best first; only the best `limit` when limit > 0.
    // Thread-safe.
    std::vector<PassageHit> search(const std::vector<std::string>& words, std::size_t limit = 0) const;

    // The MATCH expression search() uses: "w1" OR "w2" ... with quotes doubled.
    static std::string match_expression(const std::vector<std::string>& words);

private:
    struct Connection;
    std::unique_ptr<Connection> connection_;
    mutable std::mutex mutex_;  // one prepared statement, shared: bind/step/reset under this lock
};

}  // namespace inspraak::classify_bm25
