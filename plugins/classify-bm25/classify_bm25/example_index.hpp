// The officer's decided points (ClassifierContext::decided) as examples: an in-memory inverted
// index of their terms (idf-weighted, each term once per point) gives every decided point that
// shares a term with the point an idf-weighted cosine similarity, and the nearest ones vote for
// their chapters, section and route. Terms found in half of the decided points or more are left
// out of the query: they say nothing and would make it walk every posting. Cost per point
// depends on the number of decided points only, never on the round.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "classify_bm25/framework_outline.hpp"
#include "classify_bm25/passage_index.hpp"  // PassageHit
#include "classify_bm25/tokenizer.hpp"
#include "inspraak/model.hpp"

namespace inspraak::classify_bm25 {

struct Neighbour {
    std::size_t example = 0;
    double similarity = 0;  // cosine, 0..1
};

struct ExampleVote {
    // Outline index of a chapter -> share of the neighbours' weight for it (primary chapter 1,
    // further chapters 1/2), times the nearest neighbour's similarity: 0..1.
    std::map<std::size_t, double> chapters;
    std::map<std::size_t, double> sections;   // outline index of a numbered section -> same scale
    std::map<std::string, double> routes;     // workstream id (or "geen") -> same scale
    std::vector<Neighbour> neighbours;        // best first
    // The candidates: example index and the summed idf of the terms it shares with the point (a
    // bm25-like match score), best first; at most `candidates`.
    std::vector<PassageHit> hits;
    std::vector<double> similarity;           // per hit: its cosine similarity to the point
    double nearest() const { return neighbours.empty() ? 0.0 : neighbours.front().similarity; }
};

class ExampleIndex {
public:
    static constexpr std::size_t candidates = 24;   // best-matching decided points looked at per point
    static constexpr std::size_t neighbours = 5;    // that vote
    // Below this a decided point says nothing. Measured on the gold sets (a quarter decided, three
    // shuffles): the nearest decided point at similarity 0.1-0.2 had the right chapter 23% of the
    // time and at 0.2-0.3 19%, where the framework alone was right 75%; at 0.12 the decided points
    // cost woonvisie 0.018 top-1, at 0.2 they cost nothing and gave demo +0.016.
    static constexpr double min_similarity = 0.2;
    // Below this many decided points every shared term counts: with three examples a term in two
    // of them is no "common" word.
    static constexpr std::size_t min_examples_for_common_terms = 8;

    struct Example {
        std::string point_id;
        std::string text;
        std::vector<std::size_t> chapters;  // outline indices, primary first (unknown ids dropped)
        std::size_t section = FrameworkOutline::none;
        std::string route;
        std::vector<std::pair<std::string, double>> weights;  // term -> idf, sorted by term
        double norm = 0;
    };

    ExampleIndex(std::span<const DecidedPoint> decided, const Tokenizer& tokenizer, const FrameworkOutline& outline);

    bool empty() const { return examples_.empty(); }
    std::size_t size() const { return examples_.size(); }
    const Example& example(std::size_t index) const { return examples_[index]; }

    // `terms`: the point's terms (duplicates allowed).
    ExampleVote vote(const std::vector<std::string>& terms) const;

private:
    double idf(const std::string& term) const;
    std::vector<Example> examples_;
    struct Posting {
        std::size_t example = 0;
        double weight = 0;  // the term's idf
    };
    std::unordered_map<std::string, std::vector<Posting>> postings_;  // term -> decided points holding it
};

}  // namespace inspraak::classify_bm25
