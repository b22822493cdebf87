// Who is logged in to the workspace: the one-time start tokens that `inspraak serve` prints, and
// the sessions they and the login form open. Kept in the server's memory (a restart logs everyone
// out, which is what an officer expects of a local tool); each session has its own CSRF token.
// Thread-safe: the HTTP server's workers share one registry.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "app/accounts.hpp"

namespace inspraak::core {

struct WebSession {
    std::string id;        // the cookie's value
    std::string officer;   // the name recorded in the audit log; "" for $USER (start-token sessions)
    std::string display;   // the name shown at the top of the page
    Role role = Role::lezer;
    std::string csrf;      // every form that changes something carries it
    std::string notice;    // shown once on the next page (after a redirect)
    std::chrono::steady_clock::time_point last_seen;
};

// 32 random bytes from OpenSSL's generator, as 64 hex digits.
std::string random_token();

class SessionRegistry {
public:
    explicit SessionRegistry(std::chrono::seconds idle_limit = std::chrono::hours(12));

    // A token that opens one session, once.
    std::string issue_start_token();
    // Whether the token was issued and not used yet; using it spends it.
    bool redeem_start_token(const std::string& token);

    // A new session. Sessions idle past the limit are dropped here too, so that the sessions of
    // officers who never come back (a closed browser keeps no cookie) do not pile up.
    WebSession open(std::string officer, std::string display, Role role);
    // The session, if it exists and was used within the idle limit (which this use renews).
    std::optional<WebSession> find(const std::string& id);
    void set_notice(const std::string& id, const std::string& notice);
    // The notice set for the session, which it forgets.
    std::string take_notice(const std::string& id);
    void close(const std::string& id);
    // How many sessions are held (expired ones not swept yet included).
    size_t size();

private:
    std::chrono::seconds idle_limit_;
    std::mutex mutex_;
    std::set<std::string> start_tokens_;
    std::map<std::string, WebSession> sessions_;
};

}  // namespace inspraak::core
