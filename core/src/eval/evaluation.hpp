// `inspraak eval`: how well the classifier places points whose right answer is known (a gold
// file, docs/gold-files.md), optionally with part of the gold set given to the
// classifier as the officer's decided points (cross-validation).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "app/message.hpp"
#include "inspraak/model.hpp"
#include "inspraak/plugin.hpp"

namespace inspraak::core {

struct GoldPoint {
    int line = 0;
    std::string text;
    std::vector<std::string> chapters;  // numbers ("5", "B1") or titles; the first is primary
    std::vector<std::string> routes;    // any of them counts as right
    std::string section = {};           // a numbered section ("3.1.2"), optional
};

// Reads JSON lines (docs/gold-files.md); throws AppException ("eval.gold_*") naming the file, and the line for a bad line.
std::vector<GoldPoint> read_gold(const std::filesystem::path& file);

struct CalibrationBin {
    double from = 0;
    double to = 0;
    int points = 0;
    int right = 0;  // top-1 chapter right
};

// What happened to one gold point.
struct PointOutcome {
    int line = 0;
    std::string text;
    std::vector<std::string> gold_chapters;       // numbers the framework knows, primary first
    std::vector<std::string> predicted_chapters;  // numbers, best first
    std::string gold_section;                     // number, or empty
    std::string predicted_section;                // number of the top chapter's best section, or empty
    std::vector<std::string> gold_routes;
    std::string route;
    double confidence = 0;
    std::vector<std::string> why;
};

struct EvalReport {
    int points = 0;
    double top1 = 0;
    double top2 = 0;
    double macro_f1 = 0;
    double route_accuracy = 0;
    int sections_known = 0;     // gold points that name a section
    double section_accuracy = 0;  // of those, share whose top chapter's best section is it
    std::vector<std::string> labels;                          // chapter numbers in framework order
    std::map<std::string, std::map<std::string, int>> confusion;  // gold -> predicted -> count
    std::vector<CalibrationBin> calibration;
    std::vector<Message> unknown_chapters;                    // gold chapters the framework lacks ("eval.unknown_chapter")
    std::vector<PointOutcome> outcomes;                       // one per gold point, in gold order
};

EvalReport evaluate(const std::vector<GoldPoint>& gold, const ClassifierSession& session, const Framework& framework);

// The figures of a report recomputed from its outcomes (evaluate() uses it; cross-validation
// uses it on the outcomes of all folds together).
EvalReport summarize(std::vector<PointOutcome> outcomes, const Framework& framework);

// Gold points as the officer's decisions: chapter numbers mapped to the framework's section ids
// (the first chapter with that number or title), the section number to its id, the first route.
// Points whose chapters the framework lacks keep no chapters.
std::vector<DecidedPoint> decided_from_gold(const std::vector<GoldPoint>& gold, const Framework& framework);

// Opens a classifier session that learns from `decided` (empty: the framework alone).
using SessionFactory = std::function<std::shared_ptr<const ClassifierSession>(std::span<const DecidedPoint> decided)>;

struct CrossValidation {
    int folds = 0;
    EvalReport without_examples;  // the held-out points, classified from the framework alone
    EvalReport with_examples;     // the same points, with the other folds' points decided
};

// K-fold cross-validation: gold point i belongs to fold i % K. Each fold in turn is given to the
// classifier as decided points, and the other points are measured; `without_examples` measures
// those same points with no decided points. The held-out sets of all folds are pooled.
// Throws AppException (invalid, "eval.folds_out_of_range") when K < 2 or K exceeds the number of gold points.
CrossValidation cross_validate(const std::vector<GoldPoint>& gold, int folds, const SessionFactory& open_session,
                               const Framework& framework);

}  // namespace inspraak::core
