// revise: the revised framework compared with the round's draft (a thin adapter over
// RoundRun::revise): a summary of the changes per kind and per chapter.
#include <fmt/core.h>

#include <iostream>
#include <map>

#include "app/round_run.hpp"
#include "cli/commands.hpp"
#include "host/plugin_host.hpp"

namespace inspraak::core {
namespace {

// Changes counted by kind: added, rewritten, removed, moved.
struct KindCounts {
    int added = 0, rewritten = 0, removed = 0, moved = 0;
    void count(const std::string& kind) {
        if (kind == "added") ++added;
        if (kind == "rewritten") ++rewritten;
        if (kind == "removed") ++removed;
        if (kind == "moved") ++moved;
    }
    std::vector<std::string> args() const {
        return {std::to_string(added), std::to_string(rewritten), std::to_string(removed), std::to_string(moved)};
    }
};

class ReviseCommand final : public Command {
public:
    ReviseCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand(
              "revise", t("vergelijkt het herziene kader met het concept en koppelt de wijzigingen aan de punten",
                          "compares the revised framework with the draft and links the changes to the points"))),
          global_(global),
          t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
        app_->add_option("REVISED_FRAMEWORK", revised_,
                         t("het herziene kader (.txt, .md, .docx, .odt, .pdf)",
                           "the revised framework (.txt, .md, .docx, .odt, .pdf)"))
            ->required()
            ->check(CLI::ExistingFile);
        app_->add_option("--out", out_dir_,
                         t("map met de store round.db (standaard reports/<ronde>/)",
                           "folder with the store round.db (default reports/<round>/)"));
        app_->add_option("--classifier", classifier_, t("naam van de classify-plugin", "name of the classify plugin"));
        app_->add_option("--who", who_, t("naam voor het auditlog", "name for the audit log"));
    }

    int run() override {
        auto host = load_plugins(global_, t_, true);
        PipelineOptions options;
        options.round_dir = round_dir_;
        options.out_dir = out_dir_;
        if (!global_.store.empty()) options.store = StoreLocation::parse(global_.store);
        options.classifier = classifier_;
        if (!who_.empty()) options.who = who_;
        options.english = t_.english();
        options.warn = [&](const Message& warning) { std::cerr << t_(Message{"cli.warning", {t_(warning)}}) << '\n'; };
        auto opened = RoundRun::open(options, *host);
        if (!opened) return fail(opened.error());
        auto revised = opened->revise(revised_);
        if (!revised) return fail(revised.error());
        if (global_.quiet) return 0;

        KindCounts all;
        std::vector<std::string> chapter_order;
        std::map<std::string, KindCounts> per_chapter;
        for (const FrameworkChange& change : revised->changes) {
            all.count(change.kind);
            const std::string chapter = change.chapter_title.empty() ? change.chapter : change.chapter + " " + change.chapter_title;
            if (!per_chapter.count(chapter)) chapter_order.push_back(chapter);
            per_chapter[chapter].count(change.kind);
        }
        std::vector<std::string> totals{revised->file, std::to_string(revised->changes.size())};
        for (auto& n : all.args()) totals.push_back(n);
        std::cout << t_(Message{"cli.revised", totals}) << '\n';
        for (const std::string& chapter : chapter_order) {
            std::vector<std::string> args{chapter};
            for (auto& n : per_chapter[chapter].args()) args.push_back(n);
            std::cout << t_(Message{"cli.revised_chapter", args}) << '\n';
        }
        if (revised->linked) {
            std::cout << t_(Message{"cli.revised_links", {std::to_string(revised->links_proposed)}}) << '\n';
        } else {
            std::cout << t_(Message{"cli.revised_no_classifier"}) << '\n';
        }
        return 0;
    }

private:
    // One line on stderr; a round, store or framework that cannot be read is exit 1.
    int fail(const AppError& error) const {
        std::cerr << "inspraak: " << t_(error.message) << '\n';
        return 1;
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    std::string revised_;
    std::string out_dir_;
    std::string classifier_;
    std::string who_;
};

}  // namespace

std::unique_ptr<Command> make_revise_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<ReviseCommand>(app, global, t);
}

}  // namespace inspraak::core
