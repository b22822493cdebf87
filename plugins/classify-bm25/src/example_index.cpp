#include "classify_bm25/example_index.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace inspraak::classify_bm25 {

ExampleIndex::ExampleIndex(std::span<const DecidedPoint> decided, const Tokenizer& tokenizer,
                           const FrameworkOutline& outline, Language language)
    : index_(language) {
    std::vector<std::vector<std::string>> terms_of;
    for (const DecidedPoint& point : decided) {
        std::vector<std::string> terms = tokenizer.terms(point.text);
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        Example example;
        example.point_id = point.point_id;
        example.text = point.text;
        for (const std::string& id : point.chapter_ids) {
            auto index = outline.find(id);
            if (!index) continue;
            const std::size_t chapter = outline.chapter_of(*index);
            if (chapter != FrameworkOutline::none &&
                std::find(example.chapters.begin(), example.chapters.end(), chapter) == example.chapters.end())
                example.chapters.push_back(chapter);
        }
        if (auto section = outline.find(point.section_id); section && !point.section_id.empty()) example.section = *section;
        example.route = point.route;
        // A decided point without words or without any decision teaches nothing.
        if (terms.empty() || (example.chapters.empty() && example.route.empty())) continue;
        for (const std::string& term : terms) ++frequency_[term];
        examples_.push_back(std::move(example));
        terms_of.push_back(std::move(terms));
    }
    std::vector<PassageIndex::Entry> entries;
    for (std::size_t i = 0; i < examples_.size(); ++i) {
        Example& example = examples_[i];
        double squares = 0;
        for (const std::string& term : terms_of[i]) {
            const double weight = idf(term);
            example.weights.emplace_back(term, weight);
            squares += weight * weight;
        }
        example.norm = std::sqrt(squares);
        entries.push_back({i, example.text, false});
    }
    index_.add(entries);
}

double ExampleIndex::idf(const std::string& term) const {
    const double n = static_cast<double>(examples_.size());
    auto it = frequency_.find(term);
    const double df = it == frequency_.end() ? 0.0 : static_cast<double>(it->second);
    return std::log(1.0 + (n + 1.0) / (df + 0.5));
}

ExampleVote ExampleIndex::vote(const std::vector<std::string>& words, const std::vector<std::string>& terms) const {
    ExampleVote vote;
    if (examples_.empty() || words.empty()) return vote;
    std::vector<std::pair<std::string, double>> query;
    double squares = 0;
    for (const std::string& term : std::set<std::string>(terms.begin(), terms.end())) {
        const double weight = idf(term);
        query.emplace_back(term, weight);
        squares += weight * weight;
    }
    const double query_norm = std::sqrt(squares);
    if (query_norm <= 0) return vote;

    vote.hits = index_.search(words, candidates);
    for (const PassageHit& hit : vote.hits) {
        const Example& example = examples_[hit.passage];
        // Both lists are sorted by term: a merge gives the dot product.
        double dot = 0;
        auto a = query.begin();
        auto b = example.weights.begin();
        while (a != query.end() && b != example.weights.end()) {
            if (a->first < b->first) ++a;
            else if (b->first < a->first) ++b;
            else {
                dot += a->second * b->second;
                ++a;
                ++b;
            }
        }
        const double similarity = example.norm > 0 ? dot / (query_norm * example.norm) : 0.0;
        vote.similarity.push_back(similarity);
        if (similarity >= min_similarity) vote.neighbours.push_back({hit.passage, similarity});
    }
    std::stable_sort(vote.neighbours.begin(), vote.neighbours.end(),
                     [](const Neighbour& x, const Neighbour& y) { return x.similarity > y.similarity; });
    if (vote.neighbours.size() > neighbours) vote.neighbours.resize(neighbours);
    if (vote.neighbours.empty()) return vote;

    // Each neighbour votes with its similarity; the shares are scaled by the nearest one's
    // similarity, so that five distant neighbours that agree still say less than one close one.
    double total = 0;
    for (const Neighbour& n : vote.neighbours) total += n.similarity;
    const double scale = vote.nearest() / total;
    for (const Neighbour& n : vote.neighbours) {
        const Example& example = examples_[n.example];
        for (std::size_t i = 0; i < example.chapters.size(); ++i)
            vote.chapters[example.chapters[i]] += scale * n.similarity * (i == 0 ? 1.0 : 0.5);
        if (example.section != FrameworkOutline::none) vote.sections[example.section] += scale * n.similarity;
        if (!example.route.empty()) vote.routes[example.route] += scale * n.similarity;
    }
    return vote;
}

}  // namespace inspraak::classify_bm25
