#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <iostream>

#include "app/app_error.hpp"
#include "cli/commands.hpp"
#include "cli/ui_language.hpp"
#include "store/store_error.hpp"

namespace inspraak::core {

int run_cli(int argc, char** argv) {
    UiLanguage t = UiLanguage::detect(argc, argv);
    CLI::App app{t("inspraak: van inspraakreacties naar een reactienota.\n"
                   "Leest de reacties van een inspraakronde, deelt ze op in punten, koppelt elk punt aan een "
                   "hoofdstuk van het kader en een vervolgroute, stelt conceptreacties op en schrijft de reactienota.",
                   "inspraak: from consultation responses to a response memo (reactienota).\n"
                   "Reads a consultation round, splits it into points, ties each point to a chapter of the "
                   "framework and a route, drafts reactions and writes the reactienota."),
                 "inspraak"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("inspraak ") + INSPRAAK_VERSION);

    // The global options are the app's; every subcommand lets what it does not know fall through
    // to them, so that they work before or after the subcommand (`inspraak run ROUND -q`).
    app.fallthrough();
    GlobalOptions global;
    app.add_option("--plugins", global.plugin_dirs, t("map met plugins (mag vaker; standaard die naast het programma)",
                                                      "plugin folder (repeatable; default: the one beside the binary)"))
        ->check(CLI::ExistingDirectory);
    app.add_option("--lang", global.language, t("taal van de meldingen: nl of en", "language of messages: nl or en"))
        ->check(CLI::IsMember({"nl", "en"}));
    app.add_flag("-q,--quiet", global.quiet, t("alleen fouten en waarschuwingen", "errors and warnings only"));
    app.add_option("--store", global.store,
                   t("de store van de ronde: een SQLite-bestand of postgresql://gebruiker@server/database?round=naam "
                     "(standaard <out>/round.db)",
                     "the round's store: a SQLite file or postgresql://user@host/database?round=name "
                     "(default <out>/round.db)"));
    app.add_option("--parse-seconds", global.parse_seconds,
                   t("rekentijd voor het lezen van één bestand; daarna stopt het lezen met een waarschuwing "
                     "(standaard 60)",
                     "processor time for reading one file; after it, reading stops with a warning (default 60)"))
        ->check(CLI::Range(1, 86400));
    app.add_option("--parse-memory", global.parse_memory_mib,
                   t("geheugen in MiB voor het lezen van één bestand (standaard 2048)",
                     "memory in MiB for reading one file (default 2048)"))
        ->check(CLI::Range(64, 1 << 20));

    std::vector<std::unique_ptr<Command>> commands = make_commands(app, global, t);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "inspraak: " << e.what() << t(Message{"cli.usage_hint"}) << '\n';
        return 2;
    }

    try {
        for (auto& command : commands)
            if (command->parsed()) return command->run();
        return 2;
    } catch (const AppException& e) {
        std::cerr << "inspraak: " << t(e.error().message) << '\n';
        return 1;
    } catch (const std::exception& e) {  // a library's own exception (the host's are AppExceptions): its text as it is
        std::cerr << "inspraak: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace inspraak::core
