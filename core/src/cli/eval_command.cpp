// `inspraak eval GOLD.jsonl --round ROUND_DIR`: classifies each gold point against the round's
// framework and prints top-1/top-2 chapter accuracy, section accuracy, macro-F1, route accuracy,
// a confusion matrix and a calibration table. `--cross-validate K` also measures what the
// officer's decisions add: each of K folds in turn is given as decided points, the rest measured.
// `--errors` lists the points placed wrongly, with the classifier's `why`.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <optional>

#include "app/evaluation_run.hpp"
#include "cli/commands.hpp"
#include "host/plugin_host.hpp"

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
        app_->add_option("--cross-validate", folds_,
                         t("K delen: elk deel om de beurt als besliste punten, de rest gemeten (vergeleken met geen)",
                           "K folds: each fold in turn as decided points, the rest measured (compared with none)"))
            ->check(CLI::Range(2, 1000));
        app_->add_option("--examples", examples_,
                         t("goudbestand waarvan de punten als besliste punten meegaan (voorbeelden voor de classifier)",
                           "gold file whose points are given as decided points (examples for the classifier)"))
            ->check(CLI::ExistingFile);
        app_->add_flag("--points", show_points_,
                       t("json: elk punt met goud, voorspelling en zekerheid (om de zekerheid te ijken)",
                         "json: every point with gold, prediction and confidence (to calibrate confidence)"));
        app_->add_flag("--errors", show_errors_,
                       t("toon de punten met een fout hoofdstuk of een foute route", "list points with a wrong chapter or route"));
    }

    int run() override {
        auto host = load_plugins(global_, t_, true);
        EvaluationRequest request{gold_, round_dir_, classifier_, examples_, folds_};
        auto outcome = evaluate_classifier(request, *host);
        if (!outcome) {
            std::cerr << "inspraak: " << t_(outcome.error().message) << '\n';
            return 1;
        }
        if (format_ == "json") print_json(outcome->report, outcome->cross_validation);
        else print_text(outcome->report, outcome->cross_validation);
        return 0;
    }

private:
    static nlohmann::json figures_json(const EvalReport& r) {
        nlohmann::json out = {{"points", r.points}, {"top1", r.top1}, {"top2", r.top2}, {"macro_f1", r.macro_f1},
                              {"route_accuracy", r.route_accuracy}};
        if (r.sections_known > 0) {
            out["sections_known"] = r.sections_known;
            out["section_accuracy"] = r.section_accuracy;
        }
        return out;
    }

    void print_json(const EvalReport& r, const std::optional<CrossValidation>& cv) const {
        nlohmann::json calibration = nlohmann::json::array();
        for (const auto& bin : r.calibration)
            calibration.push_back({{"from", bin.from}, {"to", bin.to}, {"points", bin.points}, {"right", bin.right}});
        nlohmann::json out = figures_json(r);
        out["confusion"] = r.confusion;
        out["calibration"] = calibration;
        out["unknown_chapters"] = r.unknown_chapters;
        if (show_errors_) out["errors"] = errors_json(r, false);
        if (show_points_) out["outcomes"] = errors_json(r, true);
        if (cv) {
            nlohmann::json without = figures_json(cv->without_examples);
            nlohmann::json with = figures_json(cv->with_examples);
            nlohmann::json gain;
            for (const char* figure : {"top1", "top2", "macro_f1", "route_accuracy", "section_accuracy"})
                if (with.contains(figure) && without.contains(figure))
                    gain[figure] = with[figure].get<double>() - without[figure].get<double>();
            out["cross_validation"] = {{"folds", cv->folds}, {"without_examples", without}, {"with_examples", with},
                                       {"gain", gain}};
        }
        std::cout << out.dump(2) << '\n';
    }

    static bool chapter_wrong(const PointOutcome& o) {
        return !o.gold_chapters.empty() && (o.predicted_chapters.empty() ||
                                            std::find(o.gold_chapters.begin(), o.gold_chapters.end(),
                                                      o.predicted_chapters.front()) == o.gold_chapters.end());
    }
    static bool route_wrong(const PointOutcome& o) {
        return !o.gold_routes.empty() && std::find(o.gold_routes.begin(), o.gold_routes.end(), o.route) == o.gold_routes.end();
    }

    static nlohmann::json errors_json(const EvalReport& r, bool all) {
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& o : r.outcomes)
            if (all || chapter_wrong(o) || route_wrong(o))
                errors.push_back({{"line", o.line}, {"gold_chapters", o.gold_chapters}, {"chapters", o.predicted_chapters},
                                  {"gold_routes", o.gold_routes}, {"route", o.route}, {"confidence", o.confidence},
                                  {"why", o.why}, {"text", o.text}});
        return errors;
    }

    void print_figures(const EvalReport& r) const {
        std::cout << fmt::format("{}: {}\n", t_("punten", "points"), r.points);
        std::cout << fmt::format("top-1 {}: {:.3f}\n", t_("hoofdstuk", "chapter"), r.top1);
        std::cout << fmt::format("top-2 {}: {:.3f}\n", t_("hoofdstuk", "chapter"), r.top2);
        if (r.sections_known > 0)
            std::cout << fmt::format("{}: {:.3f} ({} {})\n", t_("paragraaf goed", "section accuracy"), r.section_accuracy,
                                     r.sections_known, t_("punten met paragraaf", "points with a section"));
        std::cout << fmt::format("macro-F1: {:.3f}\n", r.macro_f1);
        std::cout << fmt::format("{}: {:.3f}\n", t_("route-nauwkeurigheid", "route accuracy"), r.route_accuracy);
    }

    void print_text(const EvalReport& r, const std::optional<CrossValidation>& cv) const {
        print_figures(r);
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
        if (show_errors_) print_errors(r);
        if (cv) print_cross_validation(*cv);
        for (const auto& unknown : r.unknown_chapters)
            std::cerr << t_("waarschuwing: onbekend hoofdstuk in goud, ", "warning: unknown chapter in gold, ") << unknown << '\n';
    }

    void print_errors(const EvalReport& r) const {
        std::cout << '\n' << t_("fouten (regel: goud -> voorspeld)", "errors (line: gold -> predicted)") << '\n';
        auto join = [](const std::vector<std::string>& items) {
            std::string out;
            for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
            return out.empty() ? std::string("-") : out;
        };
        for (const auto& o : r.outcomes) {
            if (!chapter_wrong(o) && !route_wrong(o)) continue;
            std::cout << fmt::format("  {:>3}: {}{} -> {} | route {}{} -> {} | {:.2f} | {}\n", o.line, join(o.gold_chapters),
                                     chapter_wrong(o) ? " (!)" : "", join(o.predicted_chapters), join(o.gold_routes),
                                     route_wrong(o) ? " (!)" : "", o.route, o.confidence, o.text.substr(0, 90));
            for (const auto& line : o.why) std::cout << "         " << line << '\n';
        }
    }

    void print_cross_validation(const CrossValidation& cv) const {
        const EvalReport& a = cv.without_examples;
        const EvalReport& b = cv.with_examples;
        std::cout << '\n'
                  << fmt::format("{} ({} {}, {} {})\n", t_("kruisvalidatie", "cross-validation"), cv.folds,
                                 t_("delen", "folds"), t_("telkens één deel beslist; gemeten op de rest",
                                                          "one fold decided at a time; measured on the rest"),
                                 a.points)
                  << fmt::format("  {:<22}{:>10}{:>10}{:>10}\n", "", t_("zonder", "without"), t_("met", "with"),
                                 t_("winst", "gain"));
        auto row = [](const std::string& name, double without, double with) {
            std::cout << fmt::format("  {:<22}{:>10.3f}{:>10.3f}{:>+10.3f}\n", name, without, with, with - without);
        };
        row("top-1", a.top1, b.top1);
        row("top-2", a.top2, b.top2);
        row("macro-F1", a.macro_f1, b.macro_f1);
        row(t_("route", "route"), a.route_accuracy, b.route_accuracy);
        if (a.sections_known > 0) row(t_("paragraaf", "section"), a.section_accuracy, b.section_accuracy);
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string gold_;
    std::string round_dir_;
    std::string classifier_;
    std::string format_ = "text";
    int folds_ = 0;
    std::string examples_;
    bool show_errors_ = false;
    bool show_points_ = false;
};

}  // namespace

std::unique_ptr<Command> make_eval_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<EvalCommand>(app, global, t);
}

}  // namespace inspraak::core
