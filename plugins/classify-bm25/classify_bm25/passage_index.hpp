// An in-memory index of passages ranked with bm25 exactly as SQLite FTS5's bm25() ranks them
// (the index used to be an FTS5 table; the test compares the two score for score). Headings and
// body text count as two columns so that a heading hit weighs more (see heading_weight).
//
// Built once, then read only: search() takes no lock, so every classify thread searches at once
// (the FTS5 table shared one prepared statement under a mutex, a query per point in turn).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify_bm25/tokenizer.hpp"

namespace inspraak::classify_bm25 {

struct PassageHit {
    std::size_t passage = 0;  // the key given to add()
    double score = 0;         // bm25: positive, higher is better
};

class PassageIndex {
public:
    // bm25 column weights: a term in a heading counts this many times a term in body text.
    static constexpr double heading_weight = 2.5;
    // FTS5's bm25 constants.
    static constexpr double k1 = 1.2;
    static constexpr double b = 0.75;

    // `tokenizer` (the session's own) must outlive the index: passages and query words go through it.
    explicit PassageIndex(const Tokenizer& tokenizer);

    // Adds passages; call before search(). `key` comes back in PassageHit; keys are unique.
    struct Entry {
        std::size_t key = 0;
        std::string_view text;
        bool is_heading = false;
    };
    void add(const std::vector<Entry>& entries);

    // A query's words as the tokenizer makes them terms: one phrase per word, its terms in order.
    // Made once per query and searched in several indexes built with the same tokenizer.
    using Phrases = std::vector<std::vector<std::string>>;
    Phrases phrases(const std::vector<std::string>& words) const;

    // Every passage matching any of the phrases (a phrase matches where its terms stand together,
    // as a quoted word in an FTS5 OR query), best first, equal scores in key order; only the best
    // `limit` when limit > 0. Thread-safe.
    std::vector<PassageHit> search(const Phrases& phrases, std::size_t limit = 0) const;

private:
    using TermId = std::uint32_t;
    struct Row {
        std::size_t key = 0;
        std::vector<TermId> columns[2];  // heading, body: each column's terms in order
        double length = 0;               // terms in both columns
    };
    // Where a term stands: a row, a column and how often.
    struct Posting {
        std::uint32_t row = 0;
        std::uint8_t column = 0;
        std::uint32_t count = 0;
    };
    // One phrase of a query: the rows it is in and its weighted count in each.
    struct PhraseHits {
        std::vector<std::pair<std::uint32_t, double>> rows;  // row, weighted frequency; by row
    };

    PhraseHits phrase_hits(const std::vector<TermId>& phrase) const;

    const Tokenizer& tokenizer_;
    std::unordered_map<std::string, TermId> terms_;
    std::vector<std::vector<Posting>> postings_;  // by term id, in row order
    std::vector<Row> rows_;                       // in key order
    double total_length_ = 0;
};

}  // namespace inspraak::classify_bm25
