// `inspraak eval GOLD.jsonl --round ROUND_DIR`: classifies each gold point against the round's
// framework and prints top-1/top-2 chapter accuracy, macro-F1, route accuracy, a confusion
// matrix and a calibration table.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "eval/evaluation.hpp"
#include "framework/framework_import.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {
namespace {

class EvalCommand final : public Command {
public:
    EvalCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand("eval", t("meet de classificatie met een goudstandaard (JSON lines)",
                                                  "measures classification against a gold file (JSON lines)"))),
          global_(global), t_(t) {
        app_->add_option("GOLD", gold_, t("goudbestand: per regel {\"text\", \"chapters\", \"route\"}",
                                          "gold file: one {\"text\", \"chapters\", \"route\"} per line"))
            ->required()
            ->check(CLI::ExistingFile);
        app_->add_option("--round", round_dir_, t("de rondemap (voor het kader en de workstreams)",
                                                  "the round folder (for the framework and workstreams)"))
            ->required()
            ->check(CLI::ExistingDirectory);
        app_->add_option("--classifier", classifier_, t("naam van de classify-plugin", "name of the classify plugin"));
        app_->add_option("--format", format_, t("text of json", "text or json"))->check(CLI::IsMember({"text", "json"}));
    }

    int run() override {
        auto host = load_plugins(global_, t_, true);
        RoundConfig round = load_round(round_dir_);
        auto framework = import_framework_file(round.framework);
        if (!framework) throw std::runtime_error(framework.error().message);
        auto classifier = host->classifier(classifier_);
        if (!classifier) throw std::runtime_error(t_("geen classify-plugin geladen", "no classify plugin loaded"));
        ClassifierContext context{*framework, round.workstreams, round.language};
        auto session = host->open_session(classifier, context);
        if (!session) throw std::runtime_error(session.error().message);
        EvalReport report = evaluate(read_gold(gold_), **session, *framework);
        if (format_ == "json") print_json(report);
        else print_text(report);
        return 0;
    }

private:
    void print_json(const EvalReport& r) const {
        nlohmann::json calibration = nlohmann::json::array();
        for (const auto& bin : r.calibration)
            calibration.push_back({{"from", bin.from}, {"to", bin.to}, {"points", bin.points}, {"right", bin.right}});
        nlohmann::json out = {{"points", r.points},        {"top1", r.top1},
                              {"top2", r.top2},            {"macro_f1", r.macro_f1},
                              {"route_accuracy", r.route_accuracy}, {"confusion", r.confusion},
                              {"calibration", calibration}, {"unknown_chapters", r.unknown_chapters}};
        std::cout << out.dump(2) << '\n';
    }

    void print_text(const EvalReport& r) const {
        std::cout << fmt::format("{}: {}\n", t_("punten", "points"), r.points);
        std::cout << fmt::format("top-1 {}: {:.3f}\n", t_("hoofdstuk", "chapter"), r.top1);
        std::cout << fmt::format("top-2 {}: {:.3f}\n", t_("hoofdstuk", "chapter"), r.top2);
        std::cout << fmt::format("macro-F1: {:.3f}\n", r.macro_f1);
        std::cout << fmt::format("{}: {:.3f}\n", t_("route-nauwkeurigheid", "route accuracy"), r.route_accuracy);
        std::cout << '\n' << t_("verwarringsmatrix (rij = goud, kolom = voorspeld)", "confusion matrix (row = gold, column = predicted)") << '\n';
        std::vector<std::string> columns = r.labels;
        columns.push_back("-");
        std::cout << fmt::format("{:>6}", "");
        for (const auto& c : columns) std::cout << fmt::format("{:>5}", c);
        std::cout << '\n';
        for (const auto& row : r.labels) {
            auto it = r.confusion.find(row);
            std::cout << fmt::format("{:>6}", row);
            for (const auto& c : columns) {
                int n = 0;
                if (it != r.confusion.end())
                    if (auto cell = it->second.find(c); cell != it->second.end()) n = cell->second;
                std::cout << fmt::format("{:>5}", n ? std::to_string(n) : ".");
            }
            std::cout << '\n';
        }
        std::cout << '\n' << t_("kalibratie (zekerheid: punten, goed)", "calibration (confidence: points, right)") << '\n';
        for (const auto& bin : r.calibration)
            if (bin.points > 0)
                std::cout << fmt::format("  {:.1f}-{:.1f}: {:>4} {:>4} ({:.0f}%)\n", bin.from, bin.to, bin.points, bin.right,
                                         100.0 * bin.right / bin.points);
        for (const auto& unknown : r.unknown_chapters)
            std::cerr << t_("waarschuwing: onbekend hoofdstuk in goud, ", "warning: unknown chapter in gold, ") << unknown << '\n';
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string gold_;
    std::string round_dir_;
    std::string classifier_;
    std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_eval_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<EvalCommand>(app, global, t);
}

}  // namespace inspraak::core
