// The accounts of a round: who may sign in to the web workspace, and what they may do there.
// Kept in the round's store (table users) with the password only as an argon2id hash
// (libsodium's crypto_pwhash_str). Every change is in the audit log (entity "user"), never the
// password or its hash.
//
// A round without accounts is open to whoever reaches the workspace (count() == 0); the command
// line never asks for a password: whoever can open the store manages its accounts.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_error.hpp"
#include "app/round_session.hpp"
#include "store/store.hpp"

namespace inspraak::core {

// lezer reads; redacteur also decides (set, approve, assign); beheerder also manages accounts.
enum class Role { lezer, redacteur, beheerder };

// "lezer"/"reader", "redacteur"/"editor", "beheerder"/"admin" (any case, spaces around ignored).
std::optional<Role> parse_role(std::string_view text);
// The Dutch name, as the store keeps it: "lezer", "redacteur", "beheerder".
const char* to_string(Role role);
bool may_edit(Role role);        // redacteur, beheerder
bool may_administer(Role role);  // beheerder

struct Account {
    std::string name;
    Role role = Role::lezer;
};

// Names: 1 to 64 of the ASCII letters, digits and . _ - @ (compared exactly, case included).
// Passwords: at least min_password_length characters (UTF-8 code points), at most 1024 bytes.
inline constexpr size_t min_password_length = 10;

class AccountBook {
public:
    // Opens the round's store as RoundSession::open does (the same errors). `who` is recorded in
    // the audit log (empty: $USER).
    static AppResult<AccountBook> open(const RoundAddress& address, std::string who);
    // Over a store already open (tests, a front end that holds one).
    AccountBook(std::unique_ptr<Store> store, std::string who);

    AccountBook(AccountBook&&) noexcept;
    AccountBook& operator=(AccountBook&&) noexcept;
    ~AccountBook();

    // Errors: invalid (a bad name, a short password, a name that exists: account.exists).
    AppResult<Account> add_user(const std::string& name, Role role, const std::string& password);
    // Errors: not_found (account.unknown), invalid (a short password).
    AppResult<Done> set_password(const std::string& name, const std::string& password);
    // Errors: not_found; invalid when it would leave the other accounts without a beheerder.
    AppResult<Account> set_role(const std::string& name, Role role);
    // Errors: not_found; invalid when it would leave the other accounts without a beheerder.
    AppResult<Done> remove_user(const std::string& name);
    AppResult<std::vector<Account>> list();  // by name
    // The account whose password this is. An unknown name and a wrong password are the same
    // error (invalid, account.login_failed) and take about the same time. A hash made with
    // weaker settings than today's is made again (audited as field "password", "rehashed").
    AppResult<Account> verify(const std::string& name, const std::string& password);
    // Errors: not_found (account.unknown).
    AppResult<Account> find(const std::string& name);
    // How many accounts there are; 0: the round has none set up. A result, not a bool: a store
    // that cannot be read must never look like "no accounts, open to all".
    AppResult<int64_t> count();

private:
    std::unique_ptr<Store> store_;
    std::string who_;
};

}  // namespace inspraak::core
