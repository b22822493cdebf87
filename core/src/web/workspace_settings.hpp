// How `inspraak serve` was started: the round, where to listen, the language, and what the
// publication needs (the plugins' report formats, the templates).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/round_session.hpp"

namespace inspraak::core {

class PluginHost;

struct WorkspaceSettings {
    RoundAddress address;
    std::string listen = "127.0.0.1";  // loopback: a start link with a token; anything else needs accounts
    int port = 8080;                   // 0: any free port
    bool english = false;              // the default language of the pages (each officer may switch)
    std::filesystem::path templates_dir;  // reaction templates for a stage run from the workspace; empty: default
    const PluginHost* plugins = nullptr;  // for publication (report formats) and stages; must outlive the server
    int threads = 8;                      // HTTP workers
};

// Whether `listen` is a loopback address (127.0.0.0/8, ::1, localhost): no one else can connect.
bool is_loopback(const std::string& listen);

}  // namespace inspraak::core
