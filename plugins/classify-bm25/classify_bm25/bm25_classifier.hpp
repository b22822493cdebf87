// The classifier "classify-bm25": ranks the framework's passages against a point with SQLite
// FTS5's bm25(), scores chapters from their best passages, lets the stakeholder's own references
// ("hoofdstuk 4", "paragraaf 3.1") and the officer's decided points (nearest neighbours) weigh
// in, and routes the point to a workstream (see workstream_router.hpp).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "classify_bm25/compound_splitter.hpp"
#include "classify_bm25/example_index.hpp"
#include "classify_bm25/framework_outline.hpp"
#include "classify_bm25/passage_index.hpp"
#include "classify_bm25/reference_finder.hpp"
#include "classify_bm25/tokenizer.hpp"
#include "classify_bm25/workstream_router.hpp"
#include "inspraak/plugin.hpp"

namespace inspraak::classify_bm25 {

inline constexpr const char* method_name = "bm25-fts5";

class Bm25Classifier final : public Classifier {
public:
    // Errors: an unknown language, a framework without passages in any chapter, a workstream
    // without id or with a duplicate id.
    Result<std::unique_ptr<ClassifierSession>> open(const ClassifierContext& context) const noexcept override;
};

class Bm25Session final : public ClassifierSession {
public:
    // A chapter's raw score: its passages' bm25 scores, best first, each weighted this much less
    // than the one before (best + half the second + a quarter of the third ...).
    static constexpr double passage_decay = 0.5;
    // A chapter's raw score also gains this share of the best chapter's passage score, scaled by
    // how well the chapter's whole text matches the point (its bm25 as one document, relative to
    // the best chapter's): a rambling point whose words are spread over a chapter's passages, none
    // holding many, still finds that chapter. Measured top-1 on the gold sets demo / woonvisie /
    // omgevingsplan: .756/.839/.846 without, .780/.857/.865 at 0.2 and 0.3, 0.5 lost omgevingsplan.
    static constexpr double chapter_text_weight = 0.3;
    // Chapters returned: those scoring at least this share of the top one, at most max_chapters.
    static constexpr double chapter_share = 0.5;
    static constexpr std::size_t max_chapters = 3;
    // A numbered section is named best_section_id when its raw score reaches this share of the
    // chapter's best passage.
    static constexpr double section_share = 0.5;
    // A term found in at least half of the passages has bm25 idf <= 0 (FTS5 then counts it as
    // almost nothing); such terms are left out of the query and the `why`, so that a point made
    // only of them matches nothing. Not applied to frameworks of fewer passages than this, where
    // every term would be "common".
    static constexpr std::size_t min_passages_for_common_terms = 8;
    // A point placed with at least this raw confidence (before calibration; 0.25 is about 0.51
    // calibrated) gets the default route round.json names for its chapter
    // (Workstream::chapters); below it the chapter is too uncertain to route by.
    static constexpr double default_route_confidence = 0.25;
    // A chapter the point names ("hoofdstuk 4", "par. 4.1", "bijlage 2", "pagina 12") is lifted
    // to the top chapter's raw score plus this share of the saturation scale: the stakeholder
    // knows what they are writing about, and the text still orders several named chapters.
    static constexpr double reference_bonus = 0.5;
    // The same for a chapter or section named by its title after an article ("in de aanleiding").
    static constexpr double title_bonus = 0.25;
    // General chapters (an introduction, a glossary: see is_general_title) touch every topic in
    // passing; their raw score counts this much, so that a specific chapter wins a near tie;
    // unless the point uses the chapter's heading ("in de aanleiding", "de begrippenlijst").
    static constexpr double general_chapter_factor = 0.75;
    // Decided points: a chapter's score gains example_weight * its vote (0..1); a decided point
    // at least this similar is a near-duplicate, whose chapters and route the point takes.
    static constexpr double example_weight = 1.0;
    static constexpr double near_duplicate = 0.8;
    // A decided point's bm25 hit counts this much of a framework passage's hit for its chapter.
    static constexpr double example_passage_weight = 1.0;

    // Confidence is calibrated: the chance that the first chapter is right, from the raw score
    // top * (0.5 + 0.5 * margin) through a logistic curve 1 / (1 + exp(-(a * raw + b))).
    // Fitted (Platt scaling: Newton's method on the log loss, with Platt's smoothed targets) on
    // the 149 placeable points of tests/gold/{demo,woonvisie,omgevingsplan}.jsonl, without decided
    // points: raw 0.2-0.3 was right 58% of the time, 0.3-0.4 71%, 0.4-0.5 95%, above 0.5 always.
    // Refit when the scoring changes: set slope 1 and intercept 0, and `inspraak eval GOLD
    // --round R --format json --points` gives logistic(raw) per point with whether the first
    // chapter was right; invert, fit, and put the constants here.
    static constexpr double calibration_slope = 12.73;
    static constexpr double calibration_intercept = -3.13;
    static constexpr double max_confidence = 0.99;  // a machine is never certain
    static double calibrated(double raw);

    // Throws on the errors listed at Bm25Classifier::open.
    explicit Bm25Session(const ClassifierContext& context);

    Result<Classification> classify(const Point& point) const noexcept override;

    // "Inleiding", "Aanleiding", "Begrippen(lijst)", "Leeswijzer", "Samenvatting", and English
    // equivalents: chapters about the document rather than one topic.
    static bool is_general_title(std::string_view title);

private:
    struct IndexedPassage {
        std::size_t section = 0;                 // in outline_
        std::size_t chapter = 0;                 // in outline_
        std::string text;
        std::vector<std::string> terms;          // distinct, sorted: to tell which words matched
        bool is_chapter_heading = false;         // the heading line of a chapter or appendix
    };

    Classification classify_point(const Point& point) const;
    // The point's tokens that can contribute to a chapter's score: in some passage, not common;
    // plus the known parts of compounds the framework does not use.
    std::vector<Token> useful_tokens(const std::vector<Token>& tokens) const;
    bool known(const std::string& term) const;

    Language language_;
    Tokenizer tokenizer_;
    FrameworkOutline outline_;
    ReferenceFinder references_;
    CompoundSplitter splitter_;
    std::vector<IndexedPassage> passages_;
    std::vector<bool> general_;  // per outline index: a general chapter
    PassageIndex index_;
    PassageIndex chapter_index_;  // one entry per chapter or appendix: the text of all its passages
    WorkstreamRouter router_;
    std::unordered_map<std::string, std::size_t> passage_frequency_;  // term -> passages holding it
    double saturation_ = 1;  // see the comment at its computation
    ExampleIndex examples_;
};

}  // namespace inspraak::classify_bm25
