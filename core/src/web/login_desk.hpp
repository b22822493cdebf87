// Signing in with an account (inspraak user add): the login form and its answer. The form has a
// CSRF token of its own (a cookie and a field that must match), guessing is slowed down per
// address and per name (LoginThrottle), an unknown name and a wrong password get the same
// answer, and a success opens a session with the account's role.
#pragma once

#include <httplib.h>

#include <string>

#include "web/login_throttle.hpp"
#include "web/page_request.hpp"
#include "web/sessions.hpp"
#include "web/workspace_settings.hpp"

namespace inspraak::core {

inline constexpr const char* session_cookie = "inspraak_session";

class LoginDesk {
public:
    LoginDesk(const WorkspaceSettings& settings, SessionRegistry& sessions) : settings_(settings), sessions_(sessions) {}

    // GET /login with `visitor` made for the request.
    void show(PageRequest& visitor, const std::string& error = {}, const std::string& name = {}, int status = 200);
    // POST /login.
    void submit(PageRequest& visitor);

private:
    const WorkspaceSettings& settings_;
    SessionRegistry& sessions_;
    LoginThrottle throttle_;
};

// The value of one cookie in the request's Cookie header, or "".
std::string cookie_value(const httplib::Request& request, const std::string& name);
// Whether two secrets are equal (and not empty), in time that does not depend on where they differ.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace inspraak::core
