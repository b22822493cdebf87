// `inspraak eval`: how well the classifier places points whose right answer is known (a gold
// file, design.md "Gold files for eval").
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "inspraak/model.hpp"
#include "inspraak/plugin.hpp"

namespace inspraak::core {

struct GoldPoint {
    int line = 0;
    std::string text;
    std::vector<std::string> chapters;  // numbers ("5", "B1") or titles; the first is primary
    std::vector<std::string> routes;    // any of them counts as right
};

// Reads JSON lines; throws std::runtime_error naming the file and line for a bad line.
std::vector<GoldPoint> read_gold(const std::filesystem::path& file);

struct CalibrationBin {
    double from = 0;
    double to = 0;
    int points = 0;
    int right = 0;  // top-1 chapter right
};

struct EvalReport {
    int points = 0;
    double top1 = 0;
    double top2 = 0;
    double macro_f1 = 0;
    double route_accuracy = 0;
    std::vector<std::string> labels;                          // chapter numbers in framework order
    std::map<std::string, std::map<std::string, int>> confusion;  // gold -> predicted -> count
    std::vector<CalibrationBin> calibration;
    std::vector<std::string> unknown_chapters;                // gold chapters the framework lacks
};

EvalReport evaluate(const std::vector<GoldPoint>& gold, const ClassifierSession& session, const Framework& framework);

}  // namespace inspraak::core
