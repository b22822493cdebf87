// `inspraak eval` as an operation: the round's framework and workstreams, a classifier from the
// loaded plugins, a gold file, and optionally decided examples and cross-validation. Returns the
// figures or an AppError (a bad gold file, no classifier, a framework that cannot be read).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "app/app_error.hpp"
#include "eval/evaluation.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {

struct EvaluationRequest {
    std::filesystem::path gold;
    std::filesystem::path round_dir;
    std::string classifier;           // empty: the first classify plugin loaded
    std::filesystem::path examples;   // a gold file given as decided points; empty: none
    int folds = 0;                    // cross-validation folds; 0: none
};

struct EvaluationOutcome {
    EvalReport report;
    std::optional<CrossValidation> cross_validation;
};

AppResult<EvaluationOutcome> evaluate_classifier(const EvaluationRequest& request, const PluginHost& host);

}  // namespace inspraak::core
