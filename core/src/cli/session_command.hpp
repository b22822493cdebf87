// What the commands on an existing round's store share (set, approve, import-review, points,
// show, assign, user): the round folder, where its store is, who decides, and how an operation's error
// becomes one line and an exit code. They are thin adapters over RoundSession and AccountBook (app/).
#pragma once

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "app/round_session.hpp"
#include "cli/commands.hpp"

namespace inspraak::core {

// Exit codes: 1 the round or store could not be opened (or failed), 2 the request was wrong (a
// bad value, an unknown point: like a bad command line), 3 a conflict (nothing recorded).
inline int exit_code_of(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::invalid:
        case ErrorKind::not_found: return 2;
        case ErrorKind::conflict: return 3;
        case ErrorKind::internal: return 1;
    }
    return 1;
}

// A command on a round's store: opens `Opened` (RoundSession, AccountBook: anything with
// open(RoundAddress, who)) and hands it to work().
template <typename Opened>
class RoundStoreCommand : public Command {
public:
    RoundStoreCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : Command(app), global_(global), t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
    }

    int run() final {
        auto opened = Opened::open(RoundAddress{round_dir_, out_dir_, global_.store}, who_);
        if (!opened) {
            std::cerr << "inspraak: " << t_(opened.error().message) << '\n';
            return 1;
        }
        opened_.emplace(std::move(opened.value()));
        return work(*opened_);
    }

protected:
    // After the positional arguments, so that --help lists them first.
    void add_store_options() {
        app_->add_option("--out", out_dir_,
                         t_("map met de store round.db (standaard reports/<ronde>/; niet met --store)",
                            "folder with the store round.db (default reports/<round>/; not with --store)"));
    }
    void add_who_option(const char* dutch = "naam voor het auditlog (standaard $USER)",
                        const char* english = "name for the audit log (default $USER)") {
        app_->add_option("--who", who_, t_(dutch, english));
    }

    virtual int work(Opened& opened) = 0;

    // Prints the error as one line and returns its exit code. `not_found_key`: the command's
    // own wording for an unknown point (with a hint that fits the command).
    int fail(const AppError& error, const char* not_found_key = nullptr) const {
        Message message = error.message;
        if (not_found_key != nullptr && error.message.key == "decision.unknown_point")
            message = Message{not_found_key, error.message.args};
        std::cerr << "inspraak: " << t_(message) << '\n';
        return exit_code_of(error.kind);
    }

    void say(const std::string& line) const {
        if (!global_.quiet) std::cout << line << '\n';
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    std::string out_dir_;
    std::string who_;

private:
    std::optional<Opened> opened_;
};

using SessionCommand = RoundStoreCommand<RoundSession>;

}  // namespace inspraak::core
