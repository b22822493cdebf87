// Routes a point to one of the round's workstreams from the point's terms and the chapter found.
//
// Score of a workstream:
//   + 1.0 for each keyword (a word or a phrase like "public affairs") whose terms occur in the
//     point, contiguously (stop words aside), so a keyword and any inflection of it count;
//   + 0.75 for a single-word keyword that is the head (the last part) of a longer point word:
//     "missie" in "handelsmissies", "verkeer" in "bouwverkeer" (a Dutch compound is a kind of
//     its head), enough to override a chapter's default route;
//   + 0.25 for one that is only the first part: "arbeidsmarkt" in "arbeidsmarktbeleid" (related,
//     but alone it never routes: "vergunning" in "vergunningensysteem" is about a system); a
//     keyword in the middle of a word counts nothing;
//   + 0.5 * idf(t) for each distinct point term t in the workstream's name or description and
//     not already counted as a keyword, idf(t) = ln((W + 1) / df(t)) / ln(W + 1) over the W
//     workstreams (1 for a term only this workstream uses, towards 0 for one they all use), the
//     total capped at 0.75 so that descriptions alone never outweigh a keyword: two words only
//     this workstream's description uses route a point and override the chapter's default, one
//     alone does not (measured: 0.45-0.6 all gave route .929/.804/.846 on the three gold sets
//     against .905/.786/.827 at 0.25; 0.75 fell to .881/.750/.769);
//   + chapter_weight for the workstream that round.json names for the point's chapter or section
//     (Workstream::chapters), when the classifier found that chapter with confidence: the default
//     route, which one keyword of another workstream overrides;
//   + example_weight * the vote of the nearest decided points for the workstream (0..1, see
//     example_index.hpp), so that routes the officer chose for similar points carry over.
// The best score >= route_threshold (0.55: above one description word) wins (the default
// workstream on a tie); otherwise "geen".
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
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
    std::string by_chapter;             // the chapter or section number that made it the default, if it did
    double learned = 0;                 // what the decided points added
};

// Where the classifier placed the point: numbers of the best section and its chapter ("5.1",
// "5"), most specific first. Empty when the chapter is not found with confidence.
using Location = std::vector<std::string>;

class WorkstreamRouter {
public:
    static constexpr double keyword_weight = 1.0;
    static constexpr double compound_head_weight = 0.75;
    static constexpr double compound_modifier_weight = 0.25;
    static constexpr double description_weight = 0.5;
    static constexpr double description_cap = 0.75;
    // Just above the threshold, so the default route holds against one description word and a
    // compound's first part (0.25) and yields to a keyword (1.0), a compound head (0.75) or two
    // rare description words of another workstream.
    static constexpr double chapter_weight = 0.6;
    static constexpr double route_threshold = 0.55;
    static constexpr double example_weight = 1.0;

    // Throws std::invalid_argument for a workstream without id, or a duplicate id.
    WorkstreamRouter(const std::vector<Workstream>& workstreams, const Tokenizer& tokenizer);

    // `tokens` is the point, tokenized with the same tokenizer; `location` where it was placed.
    // `learned`: workstream id -> vote of the nearest decided points.
    RouteDecision route(const std::vector<Token>& tokens, const Location& location = {},
                        const std::map<std::string, double>& learned = {}) const;

    // The workstream round.json names for one of these numbers (most specific first), if any.
    std::optional<std::size_t> default_stream(const Location& location, std::string* matched = nullptr) const;

    std::size_t size() const { return streams_.size(); }
    const std::string& id(std::size_t stream) const { return streams_[stream].id; }
    std::optional<std::size_t> find(std::string_view id) const;

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
    std::unordered_map<std::string, std::size_t> by_number_;  // chapter/section number (folded) -> stream

    double idf(const std::string& term) const;
};

}  // namespace inspraak::classify_bm25
