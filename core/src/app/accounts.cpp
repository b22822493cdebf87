#include "app/accounts.hpp"

#include <sodium.h>

#include <algorithm>

#include "inspraak/text.hpp"
#include "review/point_decisions.hpp"

namespace inspraak::core {
namespace {

constexpr size_t max_name_length = 64;
constexpr size_t max_password_bytes = 1024;

AppError unknown_account(const std::string& name) {
    return AppError{ErrorKind::not_found, Message{"account.unknown", {name}}};
}

AppError login_failed() { return invalid_error("account.login_failed"); }

// sodium_init() once per process; libsodium makes it safe to call from several threads, and the
// static's initialisation is too.
void start_sodium() {
    static const bool started = sodium_init() >= 0;
    if (!started) throw AppException(AppError{ErrorKind::internal, Message{"account.crypto_unavailable"}});
}

std::string hash_password(const std::string& password) {
    start_sodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw AppException(AppError{ErrorKind::internal, Message{"account.hash_failed"}});
    return hash;
}

bool password_matches(const std::string& hash, const std::string& password) {
    start_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

// A hash no password has (made once, from a text nobody types), verified against for an unknown
// name so that it takes as long as a wrong password does.
const std::string& dummy_hash() {
    static const std::string hash = hash_password("inspraak: geen account met deze naam");
    return hash;
}

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > max_name_length) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-' || c == '@';
    });
}

std::optional<AppError> check_name(const std::string& name) {
    if (!valid_name(name)) return invalid_error("account.bad_name", {name});
    return std::nullopt;
}

std::optional<AppError> check_password(const std::string& password) {
    // Characters, not bytes: every byte that does not continue a UTF-8 sequence starts one.
    const auto characters = std::count_if(password.begin(), password.end(),
                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; });
    if (static_cast<size_t>(characters) < min_password_length)
        return invalid_error("account.password_too_short", {std::to_string(min_password_length)});
    if (password.size() > max_password_bytes)
        return invalid_error("account.password_too_long", {std::to_string(max_password_bytes)});
    return std::nullopt;
}

Account account_of(const StoredUser& user) {
    // The store's CHECK admits only the three names.
    return Account{user.name, parse_role(user.role).value_or(Role::lezer)};
}

// Whether the accounts would still have a beheerder, were `name` to become `role` (nullopt:
// removed). Without any accounts left there is nobody to lock out.
bool leaves_an_administrator(const std::vector<StoredUser>& users, const std::string& name, std::optional<Role> role) {
    bool others = false;
    for (const auto& user : users) {
        const bool self = user.name == name;
        if (self && !role) continue;
        others = true;
        if (may_administer(self ? *role : account_of(user).role)) return true;
    }
    return !others;
}

}  // namespace

std::optional<Role> parse_role(std::string_view text) {
    const std::string folded = text::fold_case(text::trim(text));
    if (folded == "lezer" || folded == "reader") return Role::lezer;
    if (folded == "redacteur" || folded == "editor") return Role::redacteur;
    if (folded == "beheerder" || folded == "admin") return Role::beheerder;
    return std::nullopt;
}

const char* to_string(Role role) {
    switch (role) {
        case Role::lezer: return "lezer";
        case Role::redacteur: return "redacteur";
        case Role::beheerder: return "beheerder";
    }
    return "lezer";
}

bool may_edit(Role role) { return role == Role::redacteur || role == Role::beheerder; }
bool may_administer(Role role) { return role == Role::beheerder; }

AppResult<AccountBook> AccountBook::open(const RoundAddress& address, std::string who) {
    return guarded([&]() -> AppResult<AccountBook> {
        LocatedRound located = locate_round(address);
        return AccountBook(std::make_unique<Store>(Store::open(located.location)), std::move(who));
    });
}

AccountBook::AccountBook(std::unique_ptr<Store> store, std::string who) : store_(std::move(store)), who_(std::move(who)) {}
AccountBook::AccountBook(AccountBook&&) noexcept = default;
AccountBook& AccountBook::operator=(AccountBook&&) noexcept = default;
AccountBook::~AccountBook() = default;

AppResult<Account> AccountBook::add_user(const std::string& name, Role role, const std::string& password) {
    return guarded([&]() -> AppResult<Account> {
        if (auto error = check_name(name)) return *error;
        if (auto error = check_password(password)) return *error;
        StoredUser user{name, to_string(role), hash_password(password), "", ""};  // hashed before the write: it takes time
        return store_->write([&](Store& s) -> AppResult<Account> {
            if (s.user(name)) return invalid_error("account.exists", {name});
            s.save_user(user);
            s.audit(decision_author(who_), "user", name, "role", "", user.role);
            return Account{name, role};
        });
    });
}

AppResult<Done> AccountBook::set_password(const std::string& name, const std::string& password) {
    return guarded([&]() -> AppResult<Done> {
        if (auto error = check_password(password)) return *error;
        const std::string hash = hash_password(password);
        return store_->write([&](Store& s) -> AppResult<Done> {
            auto user = s.user(name);
            if (!user) return unknown_account(name);
            user->password_hash = hash;
            s.save_user(*user);
            s.audit(decision_author(who_), "user", name, "password", "", "set");
            return Done{};
        });
    });
}

AppResult<Account> AccountBook::set_role(const std::string& name, Role role) {
    return guarded([&]() -> AppResult<Account> {
        return store_->write([&](Store& s) -> AppResult<Account> {
            auto user = s.user(name);
            if (!user) return unknown_account(name);
            if (user->role == to_string(role)) return account_of(*user);
            if (!leaves_an_administrator(s.users(), name, role)) return invalid_error("account.last_administrator", {name});
            const std::string old_role = user->role;
            user->role = to_string(role);
            s.save_user(*user);
            s.audit(decision_author(who_), "user", name, "role", old_role, user->role);
            return Account{name, role};
        });
    });
}

AppResult<Done> AccountBook::remove_user(const std::string& name) {
    return guarded([&]() -> AppResult<Done> {
        return store_->write([&](Store& s) -> AppResult<Done> {
            auto user = s.user(name);
            if (!user) return unknown_account(name);
            if (!leaves_an_administrator(s.users(), name, std::nullopt)) return invalid_error("account.last_administrator", {name});
            s.remove_user(name);
            s.audit(decision_author(who_), "user", name, "role", user->role, "");
            return Done{};
        });
    });
}

AppResult<std::vector<Account>> AccountBook::list() {
    return guarded([&]() -> AppResult<std::vector<Account>> {
        std::vector<Account> accounts;
        for (const auto& user : store_->users()) accounts.push_back(account_of(user));
        return accounts;
    });
}

AppResult<Account> AccountBook::verify(const std::string& name, const std::string& password) {
    return guarded([&]() -> AppResult<Account> {
        // Also a name that cannot be one is checked against the dummy: no shortcut tells it apart.
        auto user = valid_name(name) ? store_->user(name) : std::nullopt;
        if (!user) {
            (void)password_matches(dummy_hash(), password);
            return login_failed();
        }
        if (!password_matches(user->password_hash, password)) return login_failed();
        if (crypto_pwhash_str_needs_rehash(user->password_hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                           crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
            const std::string hash = hash_password(password);
            store_->write([&](Store& s) {
                auto current = s.user(name);
                if (!current || current->password_hash != user->password_hash) return;  // changed meanwhile: leave it
                current->password_hash = hash;
                s.save_user(*current);
                s.audit(name, "user", name, "password", "", "rehashed");
            });
        }
        return account_of(*user);
    });
}

AppResult<Account> AccountBook::find(const std::string& name) {
    return guarded([&]() -> AppResult<Account> {
        auto user = store_->user(name);
        if (!user) return unknown_account(name);
        return account_of(*user);
    });
}

AppResult<int64_t> AccountBook::count() {
    return guarded([&]() -> AppResult<int64_t> { return static_cast<int64_t>(store_->users().size()); });
}

}  // namespace inspraak::core
