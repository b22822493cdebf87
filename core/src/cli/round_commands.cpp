// run, init, ingest, classify, draft, report: the pipeline's stages on a round's store.
#include <fmt/core.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "app/app_error.hpp"
#include "app/round_run.hpp"
#include "cli/commands.hpp"
#include "host/plugin_folders.hpp"
#include "host/plugin_host.hpp"
#include "isolation/worker_pool.hpp"

namespace inspraak::core {
namespace {

// Counts as the arguments of a Message.
template <typename... Counts>
std::vector<std::string> numbers(Counts... counts) {
    return {fmt::format("{}", counts)...};
}

enum class Stage { run, init, ingest, group, classify, draft, report };

// --timings: each stage's time and rate on stderr, then the total and the peak memory, so that a
// large round's cost can be read per stage (bench/README.md, "A million points").
class StageClock {
public:
    StageClock(bool on, const UiLanguage& t) : on_(on), t_(t) {}

    void start() { stage_start_ = std::chrono::steady_clock::now(); }
    void stop(const char* stage, int64_t points) const {
        if (!on_) return;
        const double seconds = since(stage_start_);
        const std::string time = fmt::format("{:.2f}", seconds);
        if (points == 0) {  // `report` alone: the stage counts no points
            std::cerr << t_(Message{"cli.timing.no_rate", {stage, time}}) << '\n';
            return;
        }
        std::cerr << t_(Message{"cli.timing", {stage, time, fmt::format("{:.0f}", seconds > 0 ? points / seconds : 0.0)}})
                  << '\n';
    }
    void total() const {
        if (!on_) return;
        // This process only: the parse workers are separate processes, still running here.
        rusage self{};
        getrusage(RUSAGE_SELF, &self);
        std::cerr << t_(Message{"cli.timing.total", {fmt::format("{:.2f}", since(run_start_)),
                                                     fmt::format("{:.0f}", self.ru_maxrss / 1024.0)}})
                  << '\n';
    }

private:
    static double since(std::chrono::steady_clock::time_point start) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }

    bool on_;
    const UiLanguage& t_;
    std::chrono::steady_clock::time_point run_start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point stage_start_ = run_start_;
};

class RoundCommand final : public Command {
public:
    RoundCommand(CLI::App& parent, Stage stage, const char* name, const std::string& description,
                 const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand(name, description)), stage_(stage), global_(global), t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
        app_->add_option("--out", out_dir_,
                         t("map voor de rapporten en (zonder --store) de store round.db (standaard reports/<ronde>/)",
                           "folder for the reports and (without --store) the store round.db (default reports/<round>/)"));
        app_->add_option("--templates", templates_dir_, t("map met sjablonen (standaard reports/templates)",
                                                           "templates folder (default reports/templates)"))
            ->check(CLI::ExistingDirectory);
        if (stage == Stage::run || stage == Stage::ingest)
            app_->add_flag("--strict", strict_, t("waarschuwingen (zoals een onleesbaar bestand) maken de opdracht mislukt",
                                                  "warnings (such as an unreadable file) make the command fail"));
        if (stage == Stage::ingest)
            app_->add_option("FILES", files_, t("alleen deze bestanden inlezen (binnen de rondemap)",
                                                 "ingest only these files (inside the round folder)"))
                ->check(CLI::ExistingFile);
        if (stage == Stage::run || stage == Stage::ingest) {
            app_->add_option("--organisation", sender_.organisation,
                             t("organisatie van de afzender, waar het bestand en round.json die niet noemen",
                               "the sender's organisation, where neither the file nor round.json names it"));
            app_->add_option("--group", sender_.group, t("groep van de afzender (bijv. inwoners, ondernemers)",
                                                         "the sender's group (e.g. residents, entrepreneurs)"));
            app_->add_option("--name", sender_.name, t("naam van de afzender (persoonsgegeven)", "the sender's name (personal data)"));
        }
        if (stage == Stage::run || stage == Stage::classify)
            app_->add_option("--classifier", classifier_, t("naam van de classify-plugin", "name of the classify plugin"));
        if (stage == Stage::classify || stage == Stage::draft)
            app_->add_flag("--again", again_, t("opnieuw voorstellen voor punten waarover nog niet besloten is",
                                                "propose again for points not yet decided"));
        if (stage == Stage::run || stage == Stage::report) {
            app_->add_option("--format", formats_, t("rapportformaat: md, html, csv, json, ... (mag vaker; standaard alle)",
                                                     "report format: md, html, csv, json, ... (repeatable; default all)"))
                ->delimiter(',');
            app_->add_flag("--with-personal-data", personal_,
                           t("namen, e-mailadressen en telefoonnummers van afzenders opnemen",
                             "include senders' names, e-mail addresses and phone numbers"));
        }
        app_->add_option("--who", who_, t("naam voor het auditlog", "name for the audit log"));
        if (stage == Stage::run || stage == Stage::ingest)
            app_->add_option("--threads", threads_,
                             t("threads die bestanden vooruit lezen, classificeren en de formaten schrijven (standaard: "
                               "een per processorkern); de uitkomst is dezelfde voor elk aantal",
                               "threads that read files ahead, classify and write the formats (default: one per "
                               "processor core); the outcome is the same for any number"))
                ->check(CLI::Range(1, 256));
        if (stage != Stage::init)
            app_->add_flag("--timings", timings_,
                           t("per stap de tijd en punten per seconde tonen, aan het eind het piekgeheugen",
                             "show each stage's time and points per second, at the end the peak memory"));
    }

    int run() override {
        auto host = load_plugins(global_, t_, true);
        int warnings = 0;
        PipelineOptions options;
        options.round_dir = round_dir_;
        options.out_dir = out_dir_;
        if (!global_.store.empty()) options.store = StoreLocation::parse(global_.store);
        options.templates_dir = templates_dir_;
        options.classifier = classifier_;
        options.again = again_;
        options.with_personal_data = personal_;
        if (!who_.empty()) options.who = who_;
        options.sender = sender_;
        options.threads = threads_;
        options.warn = [&](const Message& warning) {
            ++warnings;
            std::cerr << t_(Message{"cli.warning", {t_(warning)}}) << '\n';
        };
        options.english = t_.english();
        auto opened = RoundRun::open(options, *host);
        if (!opened) return fail(opened.error());
        RoundRun& round = *opened;
        auto say = [&](const std::string& line) {
            if (!global_.quiet) std::cout << line << '\n';
        };

        if (stage_ == Stage::run || stage_ == Stage::init) {
            if (auto done = round.init(); !done) return fail(done.error());
            say(t_(Message{"cli.store", {round.store_description()}}));
        }
        StageClock clock(timings_, t_);
        int64_t points = 0;  // the stages' count, for the rate of the stages that do not count points
        if (stage_ == Stage::run || stage_ == Stage::ingest) {
            std::vector<std::filesystem::path> files(files_.begin(), files_.end());
            clock.start();
            auto s = round.ingest(files);
            if (!s) return fail(s.error());
            say(t_(Message{"cli.ingested", numbers(s->files_new + s->files_failed, s->files_seen, s->files_failed,
                                                   s->submissions, s->points)}));
            clock.stop("ingest", s->points);
        }
        if (stage_ == Stage::run || stage_ == Stage::group) {
            clock.start();
            auto g = round.group();
            if (!g) return fail(g.error());
            say(t_(Message{"cli.grouped", numbers(g->groups, g->grouped_points, g->changed, g->additions)}));
            clock.stop("group", g->grouped_points);
        }
        if (stage_ == Stage::run || stage_ == Stage::classify) {
            clock.start();
            auto c = round.classify();
            if (!c) return fail(c.error());
            say(t_(Message{"cli.classified", numbers(c->done, c->skipped)}));
            points = c->done + c->skipped;
            clock.stop("classify", points);
        }
        if (stage_ == Stage::run || stage_ == Stage::draft) {
            clock.start();
            auto d = round.draft();
            if (!d) return fail(d.error());
            say(t_(Message{"cli.drafted", numbers(d->done, d->skipped)}));
            points = d->done + d->skipped;
            clock.stop("draft", points);
        }
        if (stage_ == Stage::run || stage_ == Stage::report) {
            clock.start();
            auto files = round.report(formats_.empty() ? host->report_formats() : formats_);
            if (!files) return fail(files.error());
            say(t_(Message{"cli.reports_written"}));
            for (const auto& file : *files) say("  " + file.string());
            clock.stop("report", points);
        }
        clock.total();
        if (strict_ && warnings > 0) {
            std::cerr << "inspraak: " << t_(Message{"cli.strict_warnings", numbers(warnings)}) << '\n';
            return 3;
        }
        return 0;
    }

private:
    // One line on stderr; every failing stage is exit 1 (see docs/command-line.md).
    int fail(const AppError& error) const {
        std::cerr << "inspraak: " << t_(error.message) << '\n';
        return 1;
    }

    Stage stage_;
    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    std::string out_dir_;
    std::string templates_dir_;
    std::string classifier_;
    std::string who_;
    std::vector<std::string> formats_;
    std::vector<std::string> files_;
    Stakeholder sender_;
    bool strict_ = false;
    bool again_ = false;
    bool personal_ = false;
    bool timings_ = false;
    unsigned threads_ = 0;
};

}  // namespace

std::unique_ptr<PluginHost> load_plugins(const GlobalOptions& global, const UiLanguage& t, bool report_broken) {
    // The parse workers get the same folders, in the same order, so they load the same plugins.
    const auto folders = paths_of(plugin_folders(global.plugin_dirs, std::getenv("INSPRAAK_PLUGIN_PATH")));
    auto host = std::make_unique<PluginHost>(folders);
    // What strangers send is parsed in sandboxed workers (isolation/worker_pool.hpp). The clock
    // allows twice the processor time, for a parser that waits rather than computes, and for a
    // busy machine where processor time accrues slower than the clock's.
    ParseLimits limits;
    limits.cpu = std::chrono::seconds(global.parse_seconds);
    limits.wall = std::chrono::seconds(2 * global.parse_seconds);
    limits.memory_bytes = static_cast<size_t>(global.parse_memory_mib) << 20;
    host->isolate_ingest(std::make_shared<WorkerPool>(WorkerSetup{WorkerPool::find_program(), folders, limits}));
    if (!report_broken) return host;
    for (const auto& info : host->plugins()) {
        if (info.state == PluginState::loaded) continue;
        const Message why{"cli.plugin_not_loaded", {info.file.string(), t(describe(info.state)), t(info.reason)}};
        std::cerr << t(Message{"cli.warning", {t(why)}}) << '\n';
    }
    return host;
}

std::vector<std::unique_ptr<Command>> make_commands(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    std::vector<std::unique_ptr<Command>> commands;
    auto add = [&](Stage stage, const char* name, const char* dutch, const char* english) {
        commands.push_back(std::make_unique<RoundCommand>(app, stage, name, t(dutch, english), global, t));
    };
    add(Stage::run, "run", "de hele ronde: inlezen, classificeren, reacties opstellen en de reactienota schrijven",
        "the whole round: ingest, classify, draft and write the reactienota");
    add(Stage::init, "init", "maakt de store aan en leest het kader in", "creates the store and imports the framework");
    add(Stage::ingest, "ingest", "leest de inzendingen in en deelt ze op in punten",
        "ingests the submissions and splits them into points");
    add(Stage::group, "group", "groepeert gelijkluidende punten (campagnes, herhalingen)",
        "groups identical and near-identical points (campaigns, repeats)");
    add(Stage::classify, "classify", "koppelt elk punt aan hoofdstukken en een route",
        "ties each point to chapters and a route");
    add(Stage::draft, "draft", "stelt conceptreacties op", "drafts reactions");
    add(Stage::report, "report", "schrijft de reactienota in de gevraagde formaten", "writes the reactienota");
    commands.push_back(make_framework_command(app, global, t));
    commands.push_back(make_plugins_command(app, global, t));
    commands.push_back(make_eval_command(app, global, t));
    commands.push_back(make_serve_command(app, global, t));
    commands.push_back(make_revise_command(app, global, t));
    commands.push_back(make_changes_command(app, global, t));
    add_decision_commands(commands, app, global, t);
    commands.push_back(make_replies_command(app, global, t));
    add_store_commands(commands, app, global, t);
    add_user_commands(commands, app, global, t);
    return commands;
}

}  // namespace inspraak::core
