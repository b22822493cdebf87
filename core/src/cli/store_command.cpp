// `inspraak store copy FROM TO`: moves a round between stores (a SQLite file, a PostgreSQL
// round), everything included. A thin adapter over copy_store (app/store_copy_run.hpp): one
// summary line, or one error line and its exit code.
#include <iostream>

#include "app/store_copy_run.hpp"
#include "cli/commands.hpp"

namespace inspraak::core {
namespace {

class StoreCopyCommand final : public Command {
public:
    StoreCopyCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : Command(app), global_(global), t_(t) {
        app_->add_option("FROM", from_,
                         t("de store van de ronde: een SQLite-bestand (round.db) of postgresql://...?round=naam",
                           "the round's store: a SQLite file (round.db) or postgresql://...?round=name"))
            ->required();
        app_->add_option("TO", to_,
                         t("de nieuwe of lege store om naartoe te kopiëren (een nieuw SQLite-bestand wordt aangemaakt)",
                           "the new or empty store to copy to (a new SQLite file is created)"))
            ->required();
    }

    // Exit codes (docs/command-line.md): 1 a store missing or failing, 2 a request that cannot be
    // done (a target that is not empty, the source itself).
    int run() override {
        auto copied = copy_store(from_, to_);
        if (!copied) {
            std::cerr << "inspraak: " << t_(copied.error().message) << '\n';
            return copied.error().kind == ErrorKind::invalid ? 2 : 1;
        }
        if (!global_.quiet)
            std::cout << t_(Message{"store.copied", {copied->from, copied->to, std::to_string(copied->total_rows()),
                                                     describe_rows(copied->tables)}})
                      << '\n';
        return 0;
    }

private:
    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string from_;
    std::string to_;
};

}  // namespace

void add_store_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                        const UiLanguage& t) {
    CLI::App* store = app.add_subcommand("store", t("werkt met de store van een ronde als geheel",
                                                    "works on a round's store as a whole"));
    store->require_subcommand(1);
    CLI::App* copy = store->add_subcommand(
        "copy", t("kopieert een ronde met alles erin naar een andere store (SQLite of PostgreSQL)",
                  "copies a round with everything in it to another store (SQLite or PostgreSQL)"));
    commands.push_back(std::make_unique<StoreCopyCommand>(copy, global, t));
}

}  // namespace inspraak::core
