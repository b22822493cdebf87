// inspraak-parse-worker: started by the host (worker_pool.hpp), never by people. Its standard
// input and output are a socket to the host; its arguments are the plugin folders to load.
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "host/plugin_host.hpp"
#include "isolation/parse_worker.hpp"

int main(int argc, char** argv) {
    // Nothing the host had open but the socket and standard error: a parser must not find the
    // workspace's listening socket or a store's file among its descriptors.
    close_range(3, ~0U, 0);
    // A child that died is found by its closed pipe, not by a signal that ends the worker.
    signal(SIGPIPE, SIG_IGN);
    std::vector<std::filesystem::path> folders(argv + 1, argv + argc);
    inspraak::core::PluginHost host(folders);
    // Ends without unloading the plugins or running exit handlers: what the plugins' libraries keep
    // until the end is not a leak to report on the host's standard error.
    _exit(inspraak::core::serve_parse_requests(host, STDIN_FILENO, STDOUT_FILENO));
}
