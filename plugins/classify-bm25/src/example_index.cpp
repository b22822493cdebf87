#include "classify_bm25/example_index.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace inspraak::classify_bm25 {

ExampleIndex::ExampleIndex(std::span<const DecidedPoint> decided, const Tokenizer& tokenizer,
                           const FrameworkOutline& outline) {
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
        for (const std::string& term : terms) postings_[term].push_back({examples_.size(), 0.0});
        examples_.push_back(std::move(example));
        terms_of.push_back(std::move(terms));
    }
    for (auto& [term, postings] : postings_) {
        const double weight = idf(term);
        for (Posting& posting : postings) posting.weight = weight;
    }
    for (std::size_t i = 0; i < examples_.size(); ++i) {
        Example& example = examples_[i];
        double squares = 0;
        for (const std::string& term : terms_of[i]) {
            const double weight = idf(term);
            example.weights.emplace_back(term, weight);
            squares += weight * weight;
        }
        example.norm = std::sqrt(squares);
    }
}

double ExampleIndex::idf(const std::string& term) const {
    const double n = static_cast<double>(examples_.size());
    auto it = postings_.find(term);
    const double df = it == postings_.end() ? 0.0 : static_cast<double>(it->second.size());
    return std::log(1.0 + (n + 1.0) / (df + 0.5));
}

ExampleVote ExampleIndex::vote(const std::vector<std::string>& terms) const {
    ExampleVote vote;
    if (examples_.empty() || terms.empty()) return vote;

    // Accumulate, per decided point sharing a term, the cosine's dot product and the summed idf.
    std::vector<double> dot(examples_.size(), 0.0), shared(examples_.size(), 0.0);
    std::vector<std::size_t> touched;
    double squares = 0;
    for (const std::string& term : std::set<std::string>(terms.begin(), terms.end())) {
        const double weight = idf(term);
        squares += weight * weight;
        auto it = postings_.find(term);
        if (it == postings_.end()) continue;
        if (examples_.size() >= min_examples_for_common_terms && 2 * it->second.size() >= examples_.size()) continue;
        for (const Posting& posting : it->second) {
            if (shared[posting.example] == 0) touched.push_back(posting.example);
            dot[posting.example] += weight * posting.weight;
            shared[posting.example] += weight;
        }
    }
    const double query_norm = std::sqrt(squares);
    if (query_norm <= 0 || touched.empty()) return vote;

    for (std::size_t e : touched) vote.hits.push_back({e, shared[e]});
    auto better = [](const PassageHit& a, const PassageHit& b) { return a.score > b.score || (a.score == b.score && a.passage < b.passage); };
    if (vote.hits.size() > candidates) {
        std::partial_sort(vote.hits.begin(), vote.hits.begin() + static_cast<std::ptrdiff_t>(candidates), vote.hits.end(), better);
        vote.hits.resize(candidates);
    } else {
        std::sort(vote.hits.begin(), vote.hits.end(), better);
    }
    for (const PassageHit& hit : vote.hits) {
        const Example& example = examples_[hit.passage];
        const double similarity = example.norm > 0 ? dot[hit.passage] / (query_norm * example.norm) : 0.0;
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
