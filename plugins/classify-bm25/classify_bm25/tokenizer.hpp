// The tokenizer shared by the index (through FTS5, see fts5_tokenizer.hpp) and the query side:
// ICU word breaks, Unicode case folding, diacritics removed, stop words dropped, Snowball stems.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "classify_bm25/language.hpp"

namespace inspraak::classify_bm25 {

struct Token {
    std::string word;  // as written in the text: "Handelsmissies"
    std::string term;  // what the index holds: folded, without diacritics, stemmed ("handelsmissie")
    std::size_t begin = 0;  // byte offsets of `word` in the text
    std::size_t end = 0;
};

// Thread-safe: `tokenize` may be called from several threads at once. The ICU break iterator and
// the Snowball stemmer are not, so each call borrows an engine of its own from a small pool (one
// per thread that tokenizes at the same time), rather than all calls waiting for one.
class Tokenizer {
public:
    explicit Tokenizer(Language language);
    ~Tokenizer();
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    // The words of `text` that carry meaning, in order, duplicates kept. Invalid UTF-8 is read
    // as U+FFFD (and so skipped), never an error.
    std::vector<Token> tokenize(std::string_view text) const;

    // Only the terms of tokenize().
    std::vector<std::string> terms(std::string_view text) const;

    // The term of one word that is already folded (lower case, no diacritics), as tokenize()
    // would make it; empty for a stop word or a word of fewer than two letters. Cheaper than
    // tokenize() (no word breaking): for trying the parts of a compound.
    std::string term_of_folded(std::string folded) const;

    Language language() const { return language_; }

private:
    struct Engine;
    class Lease;
    Language language_;
    mutable std::mutex mutex_;                              // guards idle_
    mutable std::vector<std::unique_ptr<Engine>> idle_;     // engines no call is using
    mutable std::size_t engines_ = 1;                       // made in all, idle or not
};

}  // namespace inspraak::classify_bm25
