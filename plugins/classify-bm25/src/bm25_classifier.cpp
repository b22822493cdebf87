#include "classify_bm25/bm25_classifier.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "classify_bm25/explanation.hpp"
#include "inspraak/text.hpp"

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

std::vector<std::string> distinct_terms(const std::vector<Token>& tokens) {
    std::set<std::string> seen;
    for (const Token& token : tokens) seen.insert(token.term);
    return {seen.begin(), seen.end()};
}

}  // namespace

Result<std::unique_ptr<ClassifierSession>> Bm25Classifier::open(const ClassifierContext& context) const noexcept {
    return guard([&]() -> Result<std::unique_ptr<ClassifierSession>> {
        return std::unique_ptr<ClassifierSession>(std::make_unique<Bm25Session>(context));
    });
}

bool Bm25Session::is_general_title(std::string_view title) {
    static constexpr auto general = std::to_array<std::string_view>({
        "inleiding", "aanleiding", "begrippen", "begrippenlijst", "woordenlijst", "leeswijzer", "samenvatting",
        "afkortingen", "introduction", "glossary", "definitions", "summary", "reading guide",
    });
    const std::string folded = text::strip_diacritics(text::fold_case(text::trim(title)));
    return std::any_of(general.begin(), general.end(), [&](std::string_view g) { return folded == g; });
}

Bm25Session::Bm25Session(const ClassifierContext& context)
    : language_(parse_language(context.language)),
      tokenizer_(language_),
      outline_(context.framework.sections),
      references_(outline_, context.framework.passages),
      splitter_(tokenizer_, [this](const std::string& term) { return known(term); }),
      index_(tokenizer_),
      chapter_index_(tokenizer_),
      router_(context.workstreams, tokenizer_),
      examples_(context.decided, tokenizer_, outline_) {
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
        const bool chapter_heading = passage.is_heading && outline_.chapter_of(*section) == *section;
        passages_.push_back({*section, outline_.chapter_of(*section), passage.text, std::move(terms), chapter_heading});
    }
    if (passages_.empty())
        throw std::invalid_argument(
            "classify-bm25: het kader heeft geen passages met tekst in een hoofdstuk of bijlage (" +
            std::to_string(context.framework.passages.size()) + " passages, " +
            std::to_string(context.framework.sections.size()) + " secties)");
    // Views in `entries` point into context.framework, which outlives this constructor.
    index_.add(entries);
    // Each chapter as one text too: its whole-text bm25 adds to the passages' evidence.
    std::map<std::size_t, std::string> chapter_texts;  // chapter -> its passages
    for (const IndexedPassage& passage : passages_) chapter_texts[passage.chapter].append(passage.text).append("\n");
    std::vector<PassageIndex::Entry> chapter_entries;
    for (const auto& [chapter, text] : chapter_texts) chapter_entries.push_back({chapter, text, false});
    chapter_index_.add(chapter_entries);  // SQLite copies the text: the map may go

    general_.assign(outline_.size(), false);
    for (std::size_t i = 0; i < outline_.size(); ++i)
        general_[i] = FrameworkOutline::is_chapter(outline_.section(i)) && is_general_title(outline_.section(i).title);

    // Normalisation scale: the bm25 idf of a term found in one passage only, i.e. roughly the
    // score of one rare word in one average passage. A chapter whose raw score equals two such
    // words gets strength 0.5 (see classify_point). Scaling by idf keeps scores comparable
    // between a 40-passage and a 400-passage framework.
    const double n = static_cast<double>(passages_.size());
    saturation_ = 2.0 * std::max(1.0, std::log((n - 1 + 0.5) / (1 + 0.5)));
}

Result<Classification> Bm25Session::classify(const Point& point) const noexcept {
    return guard([&]() -> Result<Classification> { return classify_point(point); });
}

double Bm25Session::calibrated(double raw) {
    if (raw <= 0) return 0.0;
    return std::min(max_confidence, 1.0 / (1.0 + std::exp(-(calibration_slope * raw + calibration_intercept))));
}

bool Bm25Session::known(const std::string& term) const { return passage_frequency_.contains(term); }

std::vector<Token> Bm25Session::useful_tokens(const std::vector<Token>& tokens) const {
    const std::size_t n = passages_.size();
    auto common = [&](std::size_t frequency) { return n >= min_passages_for_common_terms && 2 * frequency >= n; };
    std::vector<Token> useful;
    for (const Token& token : tokens) {
        auto it = passage_frequency_.find(token.term);
        if (it != passage_frequency_.end()) {
            if (!common(it->second)) useful.push_back(token);
            continue;
        }
        // A compound the framework does not use: its known parts stand in for it.
        if (language_ != Language::dutch) continue;
        for (CompoundPart& part : splitter_.split(text::strip_diacritics(text::fold_case(token.word)))) {
            if (common(passage_frequency_.at(part.term))) continue;
            useful.push_back(Token{std::move(part.word), std::move(part.term), token.begin, token.end});
        }
    }
    return useful;
}

Classification Bm25Session::classify_point(const Point& point) const {
    Classification result;
    result.method = method_name;
    const std::vector<Token> all_tokens = tokenizer_.tokenize(point.text);
    const std::vector<Token> tokens = useful_tokens(all_tokens);
    const std::vector<std::size_t> referenced =
        references_.find(point.reference.empty() ? point.text : point.text + "\n" + point.reference);
    // The query's words as terms once, for both indexes (they share the session's tokenizer).
    const PassageIndex::Phrases query = index_.phrases(distinct_words(tokens));
    const std::vector<PassageHit> hits = index_.search(query);
    const ExampleVote vote =
        examples_.empty() ? ExampleVote{} : examples_.vote(distinct_terms(all_tokens));
    const ExampleIndex::Example* duplicate = vote.nearest() >= near_duplicate ? &examples_.example(vote.neighbours.front().example) : nullptr;

    // Tally per chapter and per numbered section. Hits are best first, so each tally's hits are.
    std::map<std::size_t, Tally> chapters;
    std::map<std::size_t, Tally> sections;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        const IndexedPassage& passage = passages_[hits[h].passage];
        chapters[passage.chapter].add(h, hits[h].score);
        if (outline_.section(passage.section).level >= 2) sections[passage.section].add(h, hits[h].score);
    }

    // Raw scores from the framework's text: the chapter's best passages, plus its whole text's
    // share; general chapters count less.
    std::map<std::size_t, double> raw;  // chapter -> raw, in document order
    double passage_top = 0;
    for (const auto& [chapter, tally] : chapters) passage_top = std::max(passage_top, tally.raw);
    std::map<std::size_t, double> whole_text;  // chapter -> whole-text bm25 relative to the best chapter's
    const std::vector<PassageHit> chapter_hits = chapter_index_.search(query);
    for (const PassageHit& hit : chapter_hits) whole_text[hit.passage] = hit.score / chapter_hits.front().score;
    for (const auto& [chapter, tally] : chapters) {
        const bool heading_named = std::any_of(tally.hits.begin(), tally.hits.end(), [&](std::size_t h) {
            return passages_[hits[h].passage].is_chapter_heading;
        });
        // Divided by 1 + weight so that a chapter that leads both ways keeps its passage score:
        // the scale that saturation_ and the calibration were set on.
        const double text_score =
            (tally.raw + chapter_text_weight * passage_top * whole_text[chapter]) / (1 + chapter_text_weight);
        raw[chapter] = text_score * (general_[chapter] && !heading_named ? general_chapter_factor : 1.0);
    }
    // Decided points are passages of the chapters the officer chose: their bm25 hits add to
    // those chapters' raw scores like the framework's own passages (best + half the second ...).
    std::map<std::size_t, Tally> learned;
    for (std::size_t h = 0; h < vote.hits.size(); ++h) {
        const auto& example = examples_.example(vote.hits[h].passage);
        // Weighted by how alike the two points are as a whole (cosine): a decided point that
        // shares one rare word with this one says less than one that shares most of them, and
        // one less alike than ExampleIndex::min_similarity says nothing.
        if (!example.chapters.empty() && vote.similarity[h] >= ExampleIndex::min_similarity)
            learned[example.chapters.front()].add(h, vote.hits[h].score * vote.similarity[h]);
    }
    for (const auto& [chapter, tally] : learned) raw[chapter] += example_passage_weight * tally.raw;
    double text_top = 0;
    for (const auto& [chapter, r] : raw) text_top = std::max(text_top, r);
    // The stakeholder's own references lift the chapters they name above the text's best.
    std::map<std::size_t, std::size_t> referenced_section;  // chapter -> section named
    std::vector<std::size_t> referenced_chapters;
    for (std::size_t index : referenced) {
        const std::size_t chapter = outline_.chapter_of(index);
        if (chapter == FrameworkOutline::none) continue;
        if (index != chapter) referenced_section.emplace(chapter, index);
        if (std::find(referenced_chapters.begin(), referenced_chapters.end(), chapter) != referenced_chapters.end()) continue;
        referenced_chapters.push_back(chapter);
        double& r = raw[chapter];
        // A general chapter named outright is as attractive as any other.
        if (general_[chapter] && chapters.contains(chapter)) r = chapters.at(chapter).raw;
        r = std::max(r, text_top) + reference_bonus * saturation_;
    }

    // A chapter named by its title ("in de aanleiding") or described by its kind and subject ("de
    // bijlage over de huidige activiteiten") is lifted to the text's best, less firmly than one
    // named by number; a general chapter named so is not damped.
    std::vector<std::size_t> titled_used;  // outline indices, for the `why`
    std::vector<std::size_t> titled = references_.find_titles(point.text);
    for (std::size_t index : references_.find_described(point.text))
        if (std::find(titled.begin(), titled.end(), index) == titled.end()) titled.push_back(index);
    for (std::size_t index : titled) {
        const std::size_t chapter = outline_.chapter_of(index);
        if (chapter == FrameworkOutline::none ||
            std::find(referenced_chapters.begin(), referenced_chapters.end(), chapter) != referenced_chapters.end())
            continue;
        titled_used.push_back(index);
        double& r = raw[chapter];
        if (general_[chapter] && chapters.contains(chapter)) r = chapters.at(chapter).raw;
        r = std::max(r, text_top) + title_bonus * saturation_;
    }

    // Framework score in 0..1: the top chapter gets strength = raw / (raw + saturation_), low for
    // a match on one common word and towards 1 for many rare words; the others the same
    // strength scaled by their raw score relative to the top.
    double top_raw = 0;
    for (const auto& [chapter, r] : raw) top_raw = std::max(top_raw, r);
    const double strength = top_raw > 0 ? top_raw / (top_raw + saturation_) : 0.0;
    std::map<std::size_t, double> combined;
    for (const auto& [chapter, r] : raw) combined[chapter] = top_raw > 0 ? strength * r / top_raw : 0.0;
    // The decided points' vote, and a near-duplicate's chapters outright.
    for (const auto& [chapter, share] : vote.chapters) combined[chapter] += example_weight * share;
    if (duplicate)
        for (std::size_t i = 0; i < duplicate->chapters.size(); ++i) combined[duplicate->chapters[i]] += i == 0 ? 1.0 : 0.5;
    double top = 0;
    for (const auto& [chapter, score] : combined) top = std::max(top, score);
    if (top > 1.0)
        for (auto& [chapter, score] : combined) score /= top;

    std::vector<std::pair<std::size_t, double>> ranked;  // chapter, score; best first, then document order
    for (const auto& [chapter, score] : combined)
        if (score > 0) ranked.emplace_back(chapter, score);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

    if (ranked.empty()) {
        const RouteDecision route = router_.route(all_tokens, {}, vote.routes);
        result.route = duplicate && !duplicate->route.empty() ? duplicate->route : route.route;
        result.why.push_back(no_match_line(language_));
        if (result.route != no_route) result.why.push_back(route_line(language_, route));
        return result;
    }

    std::set<std::string> matched_terms;
    std::vector<std::string> passage_lines;
    for (const auto& [chapter, score] : ranked) {
        if (result.chapters.size() >= max_chapters) break;
        if (!result.chapters.empty() && score < chapter_share * result.chapters.front().score) break;

        ChapterScore chosen{outline_.section(chapter).id, score, {}};
        auto tally = chapters.find(chapter);
        if (auto named = referenced_section.find(chapter); named != referenced_section.end()) {
            chosen.best_section_id = outline_.section(named->second).id;
        } else if (duplicate && duplicate->section != FrameworkOutline::none && outline_.chapter_of(duplicate->section) == chapter) {
            chosen.best_section_id = outline_.section(duplicate->section).id;
        } else if (tally != chapters.end()) {
            double best_section_raw = 0;  // ties go to the first section in document order
            for (const auto& [section, section_tally] : sections) {
                const double raw_section = section_tally.raw;
                if (outline_.chapter_of(section) != chapter || raw_section < section_share * tally->second.best ||
                    raw_section <= best_section_raw)
                    continue;
                best_section_raw = raw_section;
                chosen.best_section_id = outline_.section(section).id;
            }
        }
        result.chapters.push_back(std::move(chosen));
        if (tally == chapters.end()) continue;

        // The passage that decided, and the words of the point found in any of the chapter's
        // matching passages (each of them added to the chapter's score).
        const IndexedPassage& best = passages_[hits[tally->second.hits.front()].passage];
        passage_lines.push_back(passage_line(language_, outline_.section(best.section), best.text));
        for (std::size_t hit : tally->second.hits) {
            const IndexedPassage& passage = passages_[hits[hit].passage];
            for (const Token& token : tokens)
                if (std::binary_search(passage.terms.begin(), passage.terms.end(), token.term))
                    matched_terms.insert(token.term);
        }
    }

    // The point's own words, in its order, once per term; then what named or decided the chapter.
    std::vector<std::string> words;
    std::set<std::string> listed;
    for (const Token& token : tokens)
        if (matched_terms.contains(token.term) && listed.insert(token.term).second) words.push_back(token.word);
    // No empty "termen:" line when a reference alone placed the point.
    if (!words.empty() || (passage_lines.empty() && referenced_chapters.empty() && titled_used.empty()))
        result.why.push_back(terms_line(language_, words));
    if (!referenced_chapters.empty()) {
        std::vector<const Section*> named;
        for (std::size_t index : referenced) named.push_back(&outline_.section(index));
        result.why.push_back(reference_line(language_, named));
    }
    if (!titled_used.empty()) {
        std::vector<const Section*> named;
        for (std::size_t index : titled_used) named.push_back(&outline_.section(index));
        result.why.push_back(named_line(language_, named));
    }
    for (std::string& line : passage_lines) result.why.push_back(std::move(line));
    if (!vote.neighbours.empty()) {
        std::vector<std::pair<std::string, double>> similar;
        for (const Neighbour& n : vote.neighbours) similar.emplace_back(examples_.example(n.example).point_id, n.similarity);
        result.why.push_back(examples_line(language_, similar, duplicate != nullptr));
    }

    // Raw confidence = top * (0.5 + 0.5 * margin), margin = (top - second) / top, with `second` the
    // next chapter's score whether returned or not (0 if there is none). A clear lead keeps the
    // top score; two equally good chapters halve it, since then the officer should choose.
    const double first = ranked.front().second;
    const double second = ranked.size() > 1 ? ranked[1].second : 0.0;
    const double margin = first > 0 ? (first - second) / first : 0.0;
    const double raw_confidence = std::clamp(first * (0.5 + 0.5 * margin), 0.0, 1.0);
    result.confidence = calibrated(raw_confidence);

    // Route: every word of the point counts, a chapter found with confidence brings the default
    // workstream round.json names for it (its best section first), decided points vote, and a
    // near-duplicate of a decided point takes that point's route.
    Location location;
    if (raw_confidence >= default_route_confidence) {
        const ChapterScore& top_chapter = result.chapters.front();
        if (!top_chapter.best_section_id.empty())
            if (auto section = outline_.find(top_chapter.best_section_id)) location.push_back(outline_.section(*section).number);
        if (auto chapter = outline_.find(top_chapter.section_id)) location.push_back(outline_.section(*chapter).number);
    }
    RouteDecision route = router_.route(all_tokens, location, vote.routes);
    if (duplicate && !duplicate->route.empty()) {
        route = RouteDecision{};
        route.route = duplicate->route;
        route.learned = 1.0;
    }
    result.route = route.route;
    result.why.push_back(route_line(language_, route));
    return result;
}

}  // namespace inspraak::classify_bm25
