// Untrusted files are parsed outside the host's process: in parse workers (parse_worker.hpp),
// started on demand and kept for the next file, each parse in a sandboxed child with limits on
// time and memory. Only the host writes the store; a worker only answers what it read.
//
// Thread-safe: each caller takes an idle worker or starts one, so parallel stages and the
// workspace's background stages each have their own.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "isolation/parse_limits.hpp"
#include "isolation/wire.hpp"

namespace inspraak::core {

struct WorkerSetup {
    std::filesystem::path program;               // inspraak-parse-worker
    std::vector<std::filesystem::path> plugin_folders;  // the host's own, so the worker picks the same plugin
    ParseLimits limits;
};

class WorkerProcess;

class WorkerPool {
public:
    explicit WorkerPool(WorkerSetup setup);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Parses `file` with the plugin for `extension` (named `plugin` in the host) in a worker.
    ParseAnswer parse(const std::string& extension, const std::string& plugin, const SourceFile& file) const;

    const ParseLimits& limits() const { return setup_.limits; }

    // The parse worker program: beside this program (the build tree, or an install's bin/), else
    // in the installed lib/inspraak/. Empty when there is none.
    static std::filesystem::path find_program();

private:
    WorkerSetup setup_;
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<WorkerProcess>> idle_;
};

}  // namespace inspraak::core
