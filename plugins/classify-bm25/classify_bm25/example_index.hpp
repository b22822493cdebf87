// The officer's decided points (ClassifierContext::decided) as examples: an in-memory FTS5 index
// of their text finds candidates, an idf-weighted cosine over distinct terms ranks them, and the
// nearest ones vote for their chapters, section and route. Cost per point depends on the number
// of decided points only (the FTS query returns at most `candidates` rows), never on the round.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "classify_bm25/framework_outline.hpp"
#include "classify_bm25/passage_index.hpp"
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
    std::vector<PassageHit> hits;             // the FTS candidates: example index, bm25 score; best first
    std::vector<double> similarity;           // per hit: its cosine similarity to the point
    double nearest() const { return neighbours.empty() ? 0.0 : neighbours.front().similarity; }
};

class ExampleIndex {
public:
    static constexpr std::size_t candidates = 24;   // FTS hits looked at per point
    static constexpr std::size_t neighbours = 5;    // that vote
    static constexpr double min_similarity = 0.12;  // below this a decided point says nothing

    struct Example {
        std::string point_id;
        std::string text;
        std::vector<std::size_t> chapters;  // outline indices, primary first (unknown ids dropped)
        std::size_t section = FrameworkOutline::none;
        std::string route;
        std::vector<std::pair<std::string, double>> weights;  // term -> idf, sorted by term
        double norm = 0;
    };

    ExampleIndex(std::span<const DecidedPoint> decided, const Tokenizer& tokenizer, const FrameworkOutline& outline,
                 Language language);

    bool empty() const { return examples_.empty(); }
    std::size_t size() const { return examples_.size(); }
    const Example& example(std::size_t index) const { return examples_[index]; }

    // `words`: the point's distinct words (for the FTS query); `terms`: its distinct terms.
    ExampleVote vote(const std::vector<std::string>& words, const std::vector<std::string>& terms) const;

private:
    double idf(const std::string& term) const;
    std::vector<Example> examples_;
    std::unordered_map<std::string, std::size_t> frequency_;  // term -> examples holding it
    PassageIndex index_;
};

}  // namespace inspraak::classify_bm25
