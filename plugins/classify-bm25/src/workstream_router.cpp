#include "classify_bm25/workstream_router.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "inspraak/text.hpp"

namespace inspraak::classify_bm25 {
namespace {

bool contains_sequence(const std::vector<Token>& tokens, const std::vector<std::string>& terms) {
    if (terms.empty() || terms.size() > tokens.size()) return false;
    for (std::size_t i = 0; i + terms.size() <= tokens.size(); ++i) {
        bool all = true;
        for (std::size_t j = 0; j < terms.size() && all; ++j) all = tokens[i + j].term == terms[j];
        if (all) return true;
    }
    return false;
}

// A keyword of at least this many bytes may match as part of a compound; the rest of the
// compound must be at least as long, so that "rent" does not match "parent".
constexpr std::size_t min_compound_part = 4;

enum class CompoundPart { none, head, modifier };

CompoundPart part_of_compound(const std::vector<Token>& tokens, const std::vector<std::string>& terms) {
    if (terms.size() != 1 || terms[0].size() < min_compound_part) return CompoundPart::none;
    const std::string& keyword = terms[0];
    CompoundPart found = CompoundPart::none;
    for (const Token& token : tokens) {
        const std::string& term = token.term;
        if (term.size() < keyword.size() + min_compound_part) continue;
        if (term.compare(term.size() - keyword.size(), keyword.size(), keyword) == 0) return CompoundPart::head;
        if (term.compare(0, keyword.size(), keyword) == 0) found = CompoundPart::modifier;
    }
    return found;
}

std::string folded_number(std::string_view number) { return text::fold_case(text::trim(number)); }

}  // namespace

WorkstreamRouter::WorkstreamRouter(const std::vector<Workstream>& workstreams, const Tokenizer& tokenizer) {
    std::set<std::string> ids;
    std::map<std::string, int> document_frequency;
    for (const Workstream& workstream : workstreams) {
        if (workstream.id.empty()) throw std::invalid_argument("classify-bm25: een werkstroom heeft geen id");
        if (!ids.insert(workstream.id).second)
            throw std::invalid_argument("classify-bm25: werkstroom '" + workstream.id + "' komt twee keer voor");
        Stream stream{workstream.id, {}, {}};
        for (const std::string& keyword : workstream.keywords) {
            std::vector<std::string> terms = tokenizer.terms(keyword);
            // "corporatie" and "corporaties" are one keyword: counted once.
            const bool repeated = std::any_of(stream.keywords.begin(), stream.keywords.end(),
                                              [&](const Keyword& k) { return k.terms == terms; });
            if (!terms.empty() && !repeated) stream.keywords.push_back({keyword, std::move(terms)});
        }
        std::set<std::string> described;
        for (std::string& term : tokenizer.terms(workstream.name + " " + workstream.description))
            described.insert(std::move(term));
        for (const std::string& term : described) ++document_frequency[term];
        stream.description_terms.assign(described.begin(), described.end());
        for (const std::string& number : workstream.chapters) {
            // The first workstream naming a number keeps it (round.json order decides).
            if (!text::trim(number).empty()) by_number_.emplace(folded_number(number), streams_.size());
        }
        streams_.push_back(std::move(stream));
    }
    const double total = static_cast<double>(streams_.size());
    for (const auto& [term, df] : document_frequency)
        idf_.emplace_back(term, std::log((total + 1) / df) / std::log(total + 1));
}

double WorkstreamRouter::idf(const std::string& term) const {
    auto it = std::lower_bound(idf_.begin(), idf_.end(), term,
                               [](const std::pair<std::string, double>& entry, const std::string& t) { return entry.first < t; });
    return it != idf_.end() && it->first == term ? it->second : 0.0;
}

std::optional<std::size_t> WorkstreamRouter::find(std::string_view id) const {
    for (std::size_t i = 0; i < streams_.size(); ++i)
        if (streams_[i].id == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> WorkstreamRouter::default_stream(const Location& location, std::string* matched) const {
    for (const std::string& number : location) {
        auto it = by_number_.find(folded_number(number));
        if (it == by_number_.end()) continue;
        if (matched) *matched = number;
        return it->second;
    }
    return std::nullopt;
}

RouteDecision WorkstreamRouter::route(const std::vector<Token>& tokens, const Location& location,
                                     const std::map<std::string, double>& learned) const {
    std::string default_number;
    const std::optional<std::size_t> by_chapter = default_stream(location, &default_number);
    RouteDecision best;
    bool best_is_default = false;
    for (std::size_t s = 0; s < streams_.size(); ++s) {
        const Stream& stream = streams_[s];
        RouteDecision candidate;
        candidate.route = stream.id;
        std::set<std::string> keyword_terms;
        for (const Keyword& keyword : stream.keywords) {
            double weight = 0;
            if (contains_sequence(tokens, keyword.terms)) {
                weight = keyword_weight;
            } else {
                switch (part_of_compound(tokens, keyword.terms)) {
                    case CompoundPart::head: weight = compound_head_weight; break;
                    case CompoundPart::modifier: weight = compound_modifier_weight; break;
                    case CompoundPart::none: break;
                }
            }
            if (weight > 0) {
                candidate.score += weight;
                candidate.keywords.push_back(keyword.text);
                keyword_terms.insert(keyword.terms.begin(), keyword.terms.end());
            }
        }
        double described = 0;
        std::set<std::string> seen;
        for (const Token& token : tokens) {
            if (!seen.insert(token.term).second || keyword_terms.contains(token.term)) continue;
            if (!std::binary_search(stream.description_terms.begin(), stream.description_terms.end(), token.term)) continue;
            described += description_weight * idf(token.term);
            candidate.words.push_back(token.word);
        }
        candidate.score += std::min(described, description_cap);
        const bool is_default = by_chapter && *by_chapter == s;
        if (is_default) {
            candidate.score += chapter_weight;
            candidate.by_chapter = default_number;
        }
        if (auto vote = learned.find(stream.id); vote != learned.end()) {
            candidate.learned = example_weight * vote->second;
            candidate.score += candidate.learned;
        }
        if (candidate.score < route_threshold) continue;
        if (candidate.score > best.score || (is_default && candidate.score == best.score && !best_is_default)) {
            best = std::move(candidate);
            best_is_default = is_default;
        }
    }
    return best;
}

}  // namespace inspraak::classify_bm25
