#include "classify_bm25/bm25_classifier.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "classify_bm25/explanation.hpp"

namespace inspraak::classify_bm25 {
namespace {

// Raw score of a group of passages (a chapter or a section) from its hits, added best first:
// best + decay * second + decay^2 * third ... With decay 0.5 the best passage decides, the
// second adds half, and a chapter that matches a point's other words in further passages still
// gets credit for them, while many weak hits can never more than double the best one.
struct Tally {
    double raw = 0;
    double best = 0;
    double weight = 1;
    std::vector<std::size_t> hits;  // indices into the hit list, best first

    void add(std::size_t hit, double score) {
        if (hits.empty()) best = score;
        raw += weight * score;
        weight *= Bm25Session::passage_decay;
        hits.push_back(hit);
    }
};

std::vector<std::string> distinct_words(const std::vector<Token>& tokens) {
    std::set<std::string> seen;
    std::vector<std::string> words;
    for (const Token& token : tokens)
        if (seen.insert(token.term).second) words.push_back(token.word);
    return words;
}

}  // namespace

Result<std::unique_ptr<ClassifierSession>> Bm25Classifier::open(const ClassifierContext& context) const noexcept {
    return guard([&]() -> Result<std::unique_ptr<ClassifierSession>> {
        return std::unique_ptr<ClassifierSession>(std::make_unique<Bm25Session>(context));
    });
}

Bm25Session::Bm25Session(const ClassifierContext& context)
    : language_(parse_language(context.language)),
      tokenizer_(language_),
      outline_(context.framework.sections),
      index_(language_),
      router_(context.workstreams, tokenizer_) {
    std::vector<PassageIndex::Entry> entries;
    for (const Passage& passage : context.framework.passages) {
        // Passages outside any chapter (a title page, a bad section id) cannot name a chapter.
        auto section = outline_.find(passage.section_id);
        if (!section || outline_.chapter_of(*section) == FrameworkOutline::none) continue;
        std::vector<std::string> terms = tokenizer_.terms(passage.text);
        if (terms.empty()) continue;
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        for (const std::string& term : terms) ++passage_frequency_[term];
        entries.push_back({passages_.size(), passage.text, passage.is_heading});
        passages_.push_back({*section, outline_.chapter_of(*section), passage.text, std::move(terms)});
    }
    if (passages_.empty())
        throw std::invalid_argument(
            "classify-bm25: het kader heeft geen passages met tekst in een hoofdstuk of bijlage (" +
            std::to_string(context.framework.passages.size()) + " passages, " +
            std::to_string(context.framework.sections.size()) + " secties)");
    // Views in `entries` point into context.framework, which outlives this constructor.
    index_.add(entries);

    // Normalisation scale: the bm25 idf of a term found in one passage only, i.e. roughly the
    // score of one rare word in one average passage. A chapter whose raw score equals two such
    // words gets strength 0.5 (see classify_tokens). Scaling by idf keeps scores comparable
    // between a 40-passage and a 400-passage framework.
    const double n = static_cast<double>(passages_.size());
    saturation_ = 2.0 * std::max(1.0, std::log((n - 1 + 0.5) / (1 + 0.5)));
}

Result<Classification> Bm25Session::classify(const Point& point) const noexcept {
    return guard([&]() -> Result<Classification> { return classify_tokens(tokenizer_.tokenize(point.text)); });
}

std::vector<Token> Bm25Session::useful_tokens(const std::vector<Token>& tokens) const {
    const std::size_t n = passages_.size();
    std::vector<Token> useful;
    for (const Token& token : tokens) {
        auto it = passage_frequency_.find(token.term);
        if (it == passage_frequency_.end()) continue;
        if (n >= min_passages_for_common_terms && 2 * it->second >= n) continue;
        useful.push_back(token);
    }
    return useful;
}

Classification Bm25Session::classify_tokens(const std::vector<Token>& all_tokens) const {
    Classification result;
    result.method = method_name;
    const std::vector<Token> tokens = useful_tokens(all_tokens);

    const std::vector<PassageHit> hits = index_.search(distinct_words(tokens));
    if (hits.empty()) {
        const RouteDecision route = router_.route(all_tokens);  // every word counts for routing
        result.route = route.route;
        result.why.push_back(no_match_line(language_));
        if (route.route != no_route) result.why.push_back(route_line(language_, route));
        return result;
    }

    // Tally per chapter and per numbered section. Hits are best first, so each tally's hits are.
    std::map<std::size_t, Tally> chapters;
    std::map<std::size_t, Tally> sections;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        const IndexedPassage& passage = passages_[hits[h].passage];
        chapters[passage.chapter].add(h, hits[h].score);
        if (outline_.section(passage.section).level >= 2) sections[passage.section].add(h, hits[h].score);
    }
    std::vector<std::pair<std::size_t, double>> ranked;  // chapter, raw; best first, then document order
    for (const auto& [chapter, tally] : chapters) ranked.emplace_back(chapter, tally.raw);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

    // Scores in 0..1: the top chapter gets strength = raw / (raw + saturation_), which is low for
    // a match on one common word and approaches 1 for many rare words; the others get the same
    // strength scaled by their raw score relative to the top.
    const double top_raw = ranked.front().second;
    const double strength = top_raw / (top_raw + saturation_);
    auto score_of = [&](double raw) { return top_raw > 0 ? strength * raw / top_raw : 0.0; };

    std::set<std::string> matched_terms;
    for (const auto& [chapter, raw] : ranked) {
        const double score = score_of(raw);
        if (result.chapters.size() >= max_chapters) break;
        if (!result.chapters.empty() && score < chapter_share * result.chapters.front().score) break;

        const Tally& tally = chapters.at(chapter);
        ChapterScore chosen{outline_.section(chapter).id, score, {}};
        double best_section_raw = 0;  // ties go to the first section in document order
        for (const auto& [section, section_tally] : sections) {
            const double raw_section = section_tally.raw;
            if (outline_.chapter_of(section) != chapter || raw_section < section_share * tally.best ||
                raw_section <= best_section_raw)
                continue;
            best_section_raw = raw_section;
            chosen.best_section_id = outline_.section(section).id;
        }
        result.chapters.push_back(std::move(chosen));

        // The passage that decided, and the words of the point found in any of the chapter's
        // matching passages (each of them added to the chapter's score).
        const IndexedPassage& best = passages_[hits[tally.hits.front()].passage];
        result.why.push_back(passage_line(language_, outline_.section(best.section), best.text));
        for (std::size_t hit : tally.hits) {
            const IndexedPassage& passage = passages_[hits[hit].passage];
            for (const Token& token : tokens)
                if (std::binary_search(passage.terms.begin(), passage.terms.end(), token.term))
                    matched_terms.insert(token.term);
        }
    }

    // The point's own words, in its order, once per term.
    std::vector<std::string> words;
    std::set<std::string> listed;
    for (const Token& token : tokens)
        if (matched_terms.contains(token.term) && listed.insert(token.term).second) words.push_back(token.word);
    result.why.insert(result.why.begin(), terms_line(language_, words));

    // Confidence = top * (0.5 + 0.5 * margin), margin = (top - second) / top, with `second` the
    // next chapter's score whether returned or not (0 if there is none). A clear lead keeps the
    // top score; two equally good chapters halve it, since then the officer should choose.
    const double top = result.chapters.front().score;
    const double second = ranked.size() > 1 ? score_of(ranked[1].second) : 0.0;
    const double margin = top > 0 ? (top - second) / top : 0.0;
    result.confidence = std::clamp(top * (0.5 + 0.5 * margin), 0.0, 1.0);

    // Route: every word of the point counts, and a chapter found with confidence brings the
    // default workstream round.json names for it (its best section first).
    Location location;
    if (result.confidence >= default_route_confidence) {
        const ChapterScore& first = result.chapters.front();
        if (!first.best_section_id.empty())
            if (auto section = outline_.find(first.best_section_id)) location.push_back(outline_.section(*section).number);
        if (auto chapter = outline_.find(first.section_id)) location.push_back(outline_.section(*chapter).number);
    }
    const RouteDecision route = router_.route(all_tokens, location);
    result.route = route.route;
    result.why.push_back(route_line(language_, route));
    return result;
}

}  // namespace inspraak::classify_bm25
