// `inspraak serve`: the review workspace, an HTTP server over the application layer. Every page
// opens the round for the officer who asks (RoundSession), so that each change is recorded for
// them and two officers never share state in memory: the store is the only truth, and a change
// made against a stale version is a conflict (409) that shows both versions.
//
// Security: loopback only by default, entered through a one-time link; sessions in HttpOnly
// SameSite=Strict cookies; a CSRF token on every change; a Content-Security-Policy that allows no
// inline script; the original files are only ever downloaded, never shown inline.
#pragma once

#include <memory>
#include <string>

#include "app/app_error.hpp"
#include "web/workspace_settings.hpp"

namespace inspraak::core {

class WorkspaceServer {
public:
    explicit WorkspaceServer(WorkspaceSettings settings);
    ~WorkspaceServer();
    WorkspaceServer(const WorkspaceServer&) = delete;
    WorkspaceServer& operator=(const WorkspaceServer&) = delete;

    // Checks the round and binds the address. Returns the port (the one chosen for port 0).
    AppResult<int> bind();
    // A link that opens a session once (loopback only): http://127.0.0.1:PORT/start?token=...; on
    // any other address the login page.
    std::string start_link();
    // Serves until stop() is called (from another thread or a signal handler's thread).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace inspraak::core
