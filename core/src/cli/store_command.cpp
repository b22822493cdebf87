// `inspraak store copy FROM TO`: moves a round between stores (a SQLite file, a PostgreSQL
// round), everything included; `store backup STORE --to FILE` and `store restore FILE --to STORE`.
// Thin adapters over copy_store (app/store_copy_run.hpp) and back_up_round/restore_round
// (app/store_backup_run.hpp): one summary line, or one error line and its exit code.
#include <iostream>

#include "app/store_backup_run.hpp"
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

// Exit codes (docs/command-line.md): 1 a store or backup missing, damaged or failing, 2 a request
// that cannot be done (a round that is not empty, the store itself as the file, the other kind).
int finish(const AppResult<BackupSummary>& done, const Message& summary, const GlobalOptions& global, const UiLanguage& t) {
    if (!done) {
        std::cerr << "inspraak: " << t(done.error().message) << '\n';
        return done.error().kind == ErrorKind::invalid ? 2 : 1;
    }
    if (!global.quiet) std::cout << t(summary) << '\n';
    return 0;
}

class StoreBackupCommand final : public Command {
public:
    StoreBackupCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : Command(app), global_(global), t_(t) {
        app_->add_option("STORE", store_,
                         t("de store van de ronde: een SQLite-bestand (round.db) of postgresql://...?round=naam",
                           "the round's store: a SQLite file (round.db) or postgresql://...?round=name"))
            ->required();
        app_->add_option("--to", file_,
                         t("het back-upbestand (wordt vervangen als het bestaat, pas als de back-up heel is)",
                           "the backup file (replaced when it exists, only once the backup is whole)"))
            ->required();
    }
    int run() override {
        auto done = back_up_round(store_, file_);
        return finish(done, done ? Message{"backup.written", {done->store, done->file, std::to_string(done->bytes)}} : Message{},
                      global_, t_);
    }

private:
    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string store_;
    std::string file_;
};

class StoreRestoreCommand final : public Command {
public:
    StoreRestoreCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t)
        : Command(app), global_(global), t_(t) {
        app_->add_option("FILE", file_, t("het back-upbestand ('store backup')", "the backup file ('store backup')"))
            ->required()
            ->check(CLI::ExistingFile);
        app_->add_option("--to", store_,
                         t("de store om in terug te zetten: een SQLite-bestand of postgresql://...?round=naam "
                           "(wordt aangemaakt als hij niet bestaat)",
                           "the store to restore into: a SQLite file or postgresql://...?round=name "
                           "(made when it does not exist)"))
            ->required();
        app_->add_flag("--replace", replace_,
                       t("vervang een ronde die al bestanden of punten heeft", "replace a round that has files or points"));
    }
    int run() override {
        auto done = restore_round(file_, store_, replace_);
        return finish(done, done ? Message{"backup.restored", {done->file, done->store}} : Message{}, global_, t_);
    }

private:
    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string file_;
    std::string store_;
    bool replace_ = false;
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
    CLI::App* backup = store->add_subcommand(
        "backup", t("schrijft een back-up van een ronde naar een bestand, ook terwijl anderen werken",
                    "writes a backup of a round to a file, also while others work"));
    commands.push_back(std::make_unique<StoreBackupCommand>(backup, global, t));
    CLI::App* restore = store->add_subcommand(
        "restore", t("zet een back-up terug in een store", "restores a backup into a store"));
    commands.push_back(std::make_unique<StoreRestoreCommand>(restore, global, t));
}

}  // namespace inspraak::core
