// The parse worker: a process of its own (inspraak-parse-worker, started by worker_pool.hpp)
// that loads the plugins once and then, for each request, forks a child that enters the sandbox
// (sandbox.hpp), parses the one file and hands back what it read. The worker itself never looks
// at an untrusted byte: it watches the child's clock and memory, kills it at a limit, and tells
// the host how the parse ended. A file that crashes, hangs or floods memory costs one child.
#pragma once

#include <filesystem>
#include <vector>

#include "isolation/wire.hpp"

namespace inspraak::core {

class PluginHost;

// Answers requests read from `in` on `out` until `in` closes. Returns the process's exit status.
int serve_parse_requests(const PluginHost& host, int in, int out);

// Parses one request in a sandboxed child of this process and says how it ended.
ParseAnswer parse_in_child(const PluginHost& host, const ParseRequest& request);

}  // namespace inspraak::core
