// The accounts of a round on the command line, thin adapters over AccountBook (app/accounts.hpp):
//   inspraak user add ROUND_DIR NAME --role lezer|redacteur|beheerder
//   inspraak user password ROUND_DIR NAME
//   inspraak user role ROUND_DIR NAME ROLE
//   inspraak user remove ROUND_DIR NAME
//   inspraak user list ROUND_DIR [--json]
// A password is read from standard input (password_input.hpp), never taken as an argument.
// Exit codes as the other commands on a round's store: 1 the store cannot be opened, 2 a bad
// name, role or password, an unknown user, 3 a conflict.
#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "app/accounts.hpp"
#include "cli/password_input.hpp"
#include "cli/session_command.hpp"

namespace inspraak::core {
namespace {

using AccountCommand = RoundStoreCommand<AccountBook>;

// A role as the person reading it says it: "redacteur" in Dutch, "editor" in English.
std::string role_word(Role role, const UiLanguage& t) { return t(Message{std::string("role.") + to_string(role)}); }

// A command on one user: ROUND_DIR NAME, then its own options, then --out and --who.
class UserCommand : public AccountCommand {
public:
    UserCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : AccountCommand(app, global, t) {
        app_->add_option("NAME", name_, t("de gebruikersnaam", "the user name"))->required();
    }

protected:
    // The command's own options come between NAME and these.
    void add_common_options() {
        add_store_options();
        add_who_option();
    }
    // `name`: "--role" or the positional "ROLE".
    void add_role_option(const char* name) {
        app_->add_option(name, role_text_, t_("lezer, redacteur of beheerder", "reader, editor or admin (lezer, redacteur, beheerder)"))
            ->required();
    }
    // The role as written, or nullopt after printing why not.
    std::optional<Role> role() const {
        auto parsed = parse_role(role_text_);
        if (!parsed) std::cerr << "inspraak: " << t_(Message{"account.unknown_role", {role_text_}}) << '\n';
        return parsed;
    }
    // The password from standard input, or nullopt after printing why not.
    std::optional<std::string> password() const {
        PasswordInput input = read_password(t_);
        if (!input.password) std::cerr << "inspraak: " << t_(input.error) << '\n';
        return input.password;
    }

    std::string name_;
    std::string role_text_;
};

class UserAddCommand final : public UserCommand {
public:
    UserAddCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : UserCommand(app, global, t) {
        add_role_option("--role");
        add_common_options();
    }

private:
    int work(AccountBook& book) override {
        auto chosen = role();
        if (!chosen) return 2;
        auto password_read = password();
        if (!password_read) return 2;
        auto added = book.add_user(name_, *chosen, *password_read);
        if (!added) return fail(added.error());
        say(t_.format("Gebruiker {} toegevoegd als {}", "User {} added as {}", added->name, role_word(added->role, t_)));
        return 0;
    }
};

class UserPasswordCommand final : public UserCommand {
public:
    UserPasswordCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : UserCommand(app, global, t) {
        add_common_options();
    }

private:
    int work(AccountBook& book) override {
        if (auto found = book.find(name_); !found) return fail(found.error());  // before asking for a password
        auto password_read = password();
        if (!password_read) return 2;
        auto done = book.set_password(name_, *password_read);
        if (!done) return fail(done.error());
        say(t_.format("Wachtwoord van {} gewijzigd", "Password of {} changed", name_));
        return 0;
    }
};

class UserRoleCommand final : public UserCommand {
public:
    UserRoleCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : UserCommand(app, global, t) {
        add_role_option("ROLE");
        add_common_options();
    }

private:
    int work(AccountBook& book) override {
        auto chosen = role();
        if (!chosen) return 2;
        auto changed = book.set_role(name_, *chosen);
        if (!changed) return fail(changed.error());
        say(t_.format("{} is nu {}", "{} is now {}", changed->name, role_word(changed->role, t_)));
        return 0;
    }
};

class UserRemoveCommand final : public UserCommand {
public:
    UserRemoveCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : UserCommand(app, global, t) {
        add_common_options();
    }

private:
    int work(AccountBook& book) override {
        auto removed = book.remove_user(name_);
        if (!removed) return fail(removed.error());
        say(t_.format("Gebruiker {} verwijderd", "User {} removed", name_));
        return 0;
    }
};

class UserListCommand final : public AccountCommand {
public:
    UserListCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : AccountCommand(app, global, t) {
        app_->add_flag("--json", json_, t("als JSON", "as JSON"));
        add_store_options();
    }

private:
    int work(AccountBook& book) override {
        auto accounts = book.list();
        if (!accounts) return fail(accounts.error());
        if (json_) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& a : *accounts) out.push_back({{"name", a.name}, {"role", to_string(a.role)}});
            std::cout << out.dump(2) << '\n';
            return 0;
        }
        for (const auto& a : *accounts) std::cout << fmt::format("{:<32} {}\n", a.name, role_word(a.role, t_));
        say(t_.format("{} gebruikers", "{} users", accounts->size()));
        return 0;
    }

    bool json_ = false;
};

}  // namespace

void add_user_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                       const UiLanguage& t) {
    CLI::App* user = app.add_subcommand("user", t("beheert de gebruikers van een ronde (de webwerkplaats)",
                                                  "manages a round's users (the web workspace)"));
    user->require_subcommand(1);
    commands.push_back(std::make_unique<UserAddCommand>(
        user->add_subcommand("add", t("voegt een gebruiker toe; het wachtwoord komt van standaardinvoer",
                                      "adds a user; the password comes from standard input")),
        global, t));
    commands.push_back(std::make_unique<UserPasswordCommand>(
        user->add_subcommand("password", t("geeft een gebruiker een nieuw wachtwoord (van standaardinvoer)",
                                           "gives a user a new password (from standard input)")),
        global, t));
    commands.push_back(std::make_unique<UserRoleCommand>(
        user->add_subcommand("role", t("geeft een gebruiker een andere rol", "gives a user another role")), global, t));
    commands.push_back(std::make_unique<UserRemoveCommand>(
        user->add_subcommand("remove", t("verwijdert een gebruiker", "removes a user")), global, t));
    commands.push_back(std::make_unique<UserListCommand>(
        user->add_subcommand("list", t("toont de gebruikers met hun rol", "lists the users with their role")), global, t));
}

}  // namespace inspraak::core
