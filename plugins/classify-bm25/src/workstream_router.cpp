#include "classify_bm25/workstream_router.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

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

// A keyword of at least this many bytes may match as part of a compound.
constexpr std::size_t min_compound_part = 4;

bool inside_compound(const std::vector<Token>& tokens, const std::vector<std::string>& terms) {
    if (terms.size() != 1 || terms[0].size() < min_compound_part) return false;
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
        return t.term.size() > terms[0].size() && t.term.find(terms[0]) != std::string::npos;
    });
}

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
            if (!terms.empty()) stream.keywords.push_back({keyword, std::move(terms)});
        }
        std::set<std::string> described;
        for (std::string& term : tokenizer.terms(workstream.name + " " + workstream.description))
            described.insert(std::move(term));
        for (const std::string& term : described) ++document_frequency[term];
        stream.description_terms.assign(described.begin(), described.end());
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

RouteDecision WorkstreamRouter::route(const std::vector<Token>& tokens) const {
    RouteDecision best;
    for (const Stream& stream : streams_) {
        RouteDecision candidate;
        candidate.route = stream.id;
        for (const Keyword& keyword : stream.keywords) {
            double weight = 0;
            if (contains_sequence(tokens, keyword.terms))
                weight = keyword_weight;
            else if (inside_compound(tokens, keyword.terms))
                weight = compound_weight;
            if (weight > 0) {
                candidate.score += weight;
                candidate.keywords.push_back(keyword.text);
            }
        }
        double described = 0;
        std::set<std::string> seen;
        for (const Token& token : tokens) {
            if (!seen.insert(token.term).second) continue;
            if (!std::binary_search(stream.description_terms.begin(), stream.description_terms.end(), token.term)) continue;
            described += description_weight * idf(token.term);
            candidate.words.push_back(token.word);
        }
        candidate.score += std::min(described, description_cap);
        if (candidate.score >= route_threshold && candidate.score > best.score) best = std::move(candidate);
    }
    return best;
}

}  // namespace inspraak::classify_bm25
