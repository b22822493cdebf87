// The parse worker: a process of its own (inspraak-parse-worker, started by worker_pool.hpp)
// that loads the plugins once and parses each request in a sandboxed child (sandbox.hpp). The
// worker itself never looks at an untrusted byte: it watches the child's processor time, clock
// and memory, kills it at a limit, and tells the host how the parse ended.
//
// A child is kept for the next file while it stays fit (it answered, its memory stayed below half
// the limit, it read fewer than 500 files), so that a file costs a round trip rather than a new
// process. A file that crashes, hangs or floods memory costs that child; when the child had read
// other files before, the file is tried once more in a fresh child, so that what another file
// left behind is never blamed on it.
#pragma once

#include <memory>

#include "isolation/wire.hpp"

namespace inspraak::core {

class PluginHost;

class ParseWorker {
public:
    explicit ParseWorker(const PluginHost& host);
    ~ParseWorker();
    ParseWorker(const ParseWorker&) = delete;
    ParseWorker& operator=(const ParseWorker&) = delete;

    // Parses one request in a sandboxed child and says how it ended.
    ParseAnswer parse(const ParseRequest& request);

private:
    struct Children;
    const PluginHost& host_;
    std::unique_ptr<Children> children_;
};

// Answers requests read from `in` on `out` until `in` closes. Returns the process's exit status.
int serve_parse_requests(const PluginHost& host, int in, int out);

}  // namespace inspraak::core
