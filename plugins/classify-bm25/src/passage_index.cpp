#include "classify_bm25/passage_index.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace inspraak::classify_bm25 {

PassageIndex::PassageIndex(const Tokenizer& tokenizer) : tokenizer_(tokenizer) {}

void PassageIndex::add(const std::vector<Entry>& entries) {
    for (const Entry& entry : entries) {
        Row row;
        row.key = entry.key;
        for (std::string& term : tokenizer_.terms(entry.text)) {
            auto [it, added] = terms_.try_emplace(std::move(term), static_cast<TermId>(terms_.size()));
            row.columns[entry.is_heading ? 0 : 1].push_back(it->second);
        }
        row.length = static_cast<double>(row.columns[0].size() + row.columns[1].size());
        total_length_ += row.length;
        rows_.push_back(std::move(row));
    }
    // Rows in key order (FTS5 returns matches in rowid order, which settles equal scores), and
    // the postings made anew for that order.
    std::stable_sort(rows_.begin(), rows_.end(), [](const Row& x, const Row& y) { return x.key < y.key; });
    postings_.assign(terms_.size(), {});
    for (std::uint32_t r = 0; r < rows_.size(); ++r) {
        for (std::uint8_t column = 0; column < 2; ++column) {
            std::map<TermId, std::uint32_t> counts;
            for (TermId term : rows_[r].columns[column]) ++counts[term];
            for (const auto& [term, count] : counts) postings_[term].push_back({r, column, count});
        }
    }
}

// The rows a phrase stands in and its frequency there, each column's hits weighted as FTS5's
// bm25(passage, heading_weight, 1.0) weighs them.
PassageIndex::PhraseHits PassageIndex::phrase_hits(const std::vector<TermId>& phrase) const {
    PhraseHits hits;
    if (phrase.empty()) return hits;
    auto add = [&](std::uint32_t row, std::uint8_t column, std::uint32_t count) {
        if (count == 0) return;
        const double weighted = count * (column == 0 ? heading_weight : 1.0);
        if (!hits.rows.empty() && hits.rows.back().first == row)
            hits.rows.back().second += weighted;
        else
            hits.rows.emplace_back(row, weighted);
    };
    for (const Posting& posting : postings_[phrase.front()]) {
        if (phrase.size() == 1) {
            add(posting.row, posting.column, posting.count);
            continue;
        }
        // Several terms (a word the tokenizer splits): they must stand one after the other.
        const std::vector<TermId>& text = rows_[posting.row].columns[posting.column];
        std::uint32_t count = 0;
        for (std::size_t at = 0; at + phrase.size() <= text.size(); ++at)
            if (std::equal(phrase.begin(), phrase.end(), text.begin() + static_cast<std::ptrdiff_t>(at))) ++count;
        add(posting.row, posting.column, count);
    }
    return hits;
}

PassageIndex::Phrases PassageIndex::phrases(const std::vector<std::string>& words) const {
    Phrases out;
    out.reserve(words.size());
    for (const std::string& word : words) out.push_back(tokenizer_.terms(word));
    return out;
}

std::vector<PassageHit> PassageIndex::search(const Phrases& phrases, std::size_t limit) const {
    std::vector<PassageHit> hits;
    if (phrases.empty() || rows_.empty()) return hits;
    const double n = static_cast<double>(rows_.size());
    const double average_length = total_length_ / n;

    // FTS5's bm25, term for term and in the same order of operations, so that the scores are
    // the same doubles: for each phrase of the query in turn, idf * f(k1+1) / (f + k1(1-b+b|D|/avgdl)).
    std::vector<double> score(rows_.size(), 0.0);
    std::vector<char> matched(rows_.size(), 0);
    for (const std::vector<std::string>& terms : phrases) {
        std::vector<TermId> phrase;
        bool known = true;
        for (const std::string& term : terms) {
            auto it = terms_.find(term);
            if (it == terms_.end()) {
                known = false;
                break;
            }
            phrase.push_back(it->second);
        }
        if (!known || phrase.empty()) continue;  // it matches nothing and adds nothing
        const PhraseHits found = phrase_hits(phrase);
        const double in_rows = static_cast<double>(found.rows.size());
        double idf = std::log((n - in_rows + 0.5) / (in_rows + 0.5));
        if (idf <= 0.0) idf = 1e-6;
        for (const auto& [row, frequency] : found.rows) {
            const double length = rows_[row].length;
            score[row] += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / average_length)));
            matched[row] = 1;
        }
    }
    for (std::size_t row = 0; row < rows_.size(); ++row)
        if (matched[row] != 0) hits.push_back({rows_[row].key, score[row]});
    std::stable_sort(hits.begin(), hits.end(), [](const PassageHit& x, const PassageHit& y) { return x.score > y.score; });
    if (limit > 0 && hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace inspraak::classify_bm25
