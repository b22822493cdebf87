#include "app/evaluation_run.hpp"

#include "app/round_framework_reader.hpp"

namespace inspraak::core {

AppResult<EvaluationOutcome> evaluate_classifier(const EvaluationRequest& request, const PluginHost& host) {
    return guarded([&]() -> AppResult<EvaluationOutcome> {
        const RoundConfig round = load_round(request.round_dir);
        auto framework = read_round_framework(round, host);
        if (!framework) return framework.error();
        auto classifier = host.classifier(request.classifier);
        if (!classifier) return invalid_error("cli.no_classifier");
        SessionFactory open = [&](std::span<const DecidedPoint> decided) {
            ClassifierContext context{*framework, round.workstreams, round.language, decided};
            auto session = host.open_session(classifier, context);
            if (!session) throw AppException(session.error());
            return session.value();
        };
        const std::vector<GoldPoint> gold = read_gold(request.gold);
        std::vector<DecidedPoint> examples;
        if (!request.examples.empty()) examples = decided_from_gold(read_gold(request.examples), *framework);
        EvaluationOutcome outcome{evaluate(gold, *open(examples), *framework), std::nullopt};
        if (request.folds > 0) outcome.cross_validation = cross_validate(gold, request.folds, open, *framework);
        return outcome;
    });
}

}  // namespace inspraak::core
