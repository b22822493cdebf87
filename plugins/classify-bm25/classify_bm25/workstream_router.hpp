// Routes a point to one of the round's workstreams from the point's terms.
//
// Score of a workstream:
//   + 1.0 for each keyword (a word or a phrase like "public affairs") whose terms occur in the
//     point, contiguously (stop words aside), so a keyword and any inflection of it count;
//   + 0.5 for a single-word keyword found only inside a longer point term: a Dutch compound,
//     "missie" in "handelsmissies";
//   + 0.25 * idf(t) for each distinct point term t in the workstream's name or description,
//     idf(t) = ln((W + 1) / df(t)) / ln(W + 1) over the W workstreams (1 for a term only this
//     workstream uses, towards 0 for one they all use), the total capped at 0.75 so that
//     descriptions alone never outweigh a keyword.
// The best score >= route_threshold wins (the first workstream on a tie); otherwise "geen".
#pragma once

#include <string>
#include <vector>

#include "classify_bm25/tokenizer.hpp"
#include "inspraak/model.hpp"

namespace inspraak::classify_bm25 {

inline constexpr const char* no_route = "geen";

struct RouteDecision {
    std::string route = no_route;
    double score = 0;
    std::vector<std::string> keywords;  // the keywords that matched, as configured
    std::vector<std::string> words;     // point words that matched name/description, as written
};

class WorkstreamRouter {
public:
    static constexpr double keyword_weight = 1.0;
    static constexpr double compound_weight = 0.5;
    static constexpr double description_weight = 0.25;
    static constexpr double description_cap = 0.75;
    static constexpr double route_threshold = 0.5;

    // Throws std::invalid_argument for a workstream without id, or a duplicate id.
    WorkstreamRouter(const std::vector<Workstream>& workstreams, const Tokenizer& tokenizer);

    // `tokens` is the point, tokenized with the same tokenizer.
    RouteDecision route(const std::vector<Token>& tokens) const;

private:
    struct Keyword {
        std::string text;                // as configured
        std::vector<std::string> terms;  // its terms
    };
    struct Stream {
        std::string id;
        std::vector<Keyword> keywords;
        std::vector<std::string> description_terms;  // distinct, sorted
    };
    std::vector<Stream> streams_;
    std::vector<std::pair<std::string, double>> idf_;  // sorted by term

    double idf(const std::string& term) const;
};

}  // namespace inspraak::classify_bm25
