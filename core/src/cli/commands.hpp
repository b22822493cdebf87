// The subcommands. Each registers its options on the app and runs when it was chosen.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cli/ui_language.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

class PluginHost;
struct RoundConfig;

struct GlobalOptions {
    std::vector<std::string> plugin_dirs;
    std::string language;
    bool quiet = false;
    std::string store;  // --store: a SQLite file or postgresql://...?round=NAME; empty: <out>/round.db
    // --parse-seconds, --parse-memory: what reading one untrusted file may cost (isolation/).
    int parse_seconds = 60;
    int parse_memory_mib = 2048;
};

class Command {
public:
    explicit Command(CLI::App* app) : app_(app) {}
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;
    bool parsed() const { return app_->parsed(); }
    virtual int run() = 0;

protected:
    CLI::App* app_;
};

std::vector<std::unique_ptr<Command>> make_commands(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);

// Loads the plugins from --plugins or the default folders; prints one warning line per plugin
// that could not be loaded (the others keep working). Files are read by the ingest plugins in
// sandboxed parse workers, within --parse-seconds and --parse-memory.
std::unique_ptr<PluginHost> load_plugins(const GlobalOptions& global, const UiLanguage& t, bool report_broken);

std::unique_ptr<Command> make_plugins_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// framework: the outline read from a round's framework (framework_command.cpp).
std::unique_ptr<Command> make_framework_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
std::unique_ptr<Command> make_eval_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// revise: the revised framework compared with the draft (revise_command.cpp).
std::unique_ptr<Command> make_revise_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// changes: the changes and the points they answer, confirm/remove, gold figures (change_commands.cpp).
std::unique_ptr<Command> make_changes_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// serve: the review workspace in the browser (serve_command.cpp, web/).
std::unique_ptr<Command> make_serve_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// set, approve, import-review: the officer's decisions (decision_commands.cpp), and points and
// show, which list and read them (point_commands.cpp).
void add_decision_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                           const UiLanguage& t);
void add_point_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                        const UiLanguage& t);
// replies: a letter and a draft e-mail to every sender (replies_command.cpp).
std::unique_ptr<Command> make_replies_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t);
// store copy: moves a round between stores (store_command.cpp).
void add_store_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                        const UiLanguage& t);

// user add/password/role/remove/list: the round's accounts (user_commands.cpp).
void add_user_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                       const UiLanguage& t);

}  // namespace inspraak::core
