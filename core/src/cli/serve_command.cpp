// inspraak serve ROUND_DIR [--port 8080] [--listen ADDR]: the review workspace (web/). Prints the
// link that opens it and serves until Ctrl+C or SIGTERM, which stop it cleanly: requests under way
// finish, nothing is half written.
#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

#include "cli/commands.hpp"
#include "cli/session_command.hpp"
#include "host/plugin_host.hpp"
#include "web/workspace_server.hpp"

namespace inspraak::core {

namespace {

class ServeCommand : public Command {
public:
    ServeCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand("serve", t("opent de werkruimte in de browser: punten controleren, beantwoorden en goedkeuren",
                                                   "opens the workspace in the browser: check, answer and approve points"))),
          global_(global),
          t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
        app_->add_option("--out", out_dir_,
                         t("map met de store round.db (standaard reports/<ronde>/; niet met --store)",
                           "folder with the store round.db (default reports/<round>/; not with --store)"));
        app_->add_option("--port", port_, t("poort (standaard 8080; 0: een vrije)", "port (default 8080; 0: any free one)"))
            ->check(CLI::Range(0, 65535));
        app_->add_option("--listen", listen_,
                         t("adres om op te luisteren (standaard 127.0.0.1: alleen deze computer)",
                           "address to listen on (default 127.0.0.1: this computer only)"));
        app_->add_option("--templates", templates_dir_,
                         t("map met reactiesjablonen (standaard de meegeleverde)", "folder with reaction templates (default: the installed ones)"));
    }

    int run() override {
        // Ctrl+C and SIGTERM are taken by a thread of their own, blocked everywhere else (the
        // server's workers inherit the mask), so that stopping is ordinary code, not a handler.
        sigset_t stop_signals;
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGINT);
        sigaddset(&stop_signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

        auto plugins = load_plugins(global_, t_, true);
        WorkspaceSettings settings;
        settings.address = RoundAddress{round_dir_, out_dir_, global_.store};
        settings.listen = listen_;
        settings.port = port_;
        settings.english = t_.english();
        settings.templates_dir = templates_dir_;
        settings.plugins = plugins.get();
        WorkspaceServer server(settings);
        auto bound = server.bind();
        if (!bound) {
            std::cerr << "inspraak: " << t_(bound.error().message) << '\n';
            return bound.error().kind == ErrorKind::internal ? 1 : 2;
        }
        std::cout << t_(Message{"serve.open", {round_dir_}}) << '\n' << server.start_link() << '\n'
                  << t_(Message{"serve.stop_hint"}) << std::endl;

        std::thread stopper([&] {
            int signal = 0;
            sigwait(&stop_signals, &signal);
            server.stop();
        });
        server.run();
        // run() also ends when the server fails; wake the stopper so that it can be joined.
        pthread_kill(stopper.native_handle(), SIGTERM);
        stopper.join();
        return 0;
    }

private:
    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    std::string out_dir_;
    std::string listen_ = "127.0.0.1";
    int port_ = 8080;
    std::string templates_dir_;
};

}  // namespace

std::unique_ptr<Command> make_serve_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<ServeCommand>(app, global, t);
}

}  // namespace inspraak::core
