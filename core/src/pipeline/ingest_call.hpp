// One way to call an ingest plugin: its result, or why not, so that a misbehaving plugin costs one
// file, never the round. Why a file was not read is a reason (reason_in in app/message.hpp).
#pragma once

#include <string>

#include "app/app_error.hpp"
#include "inspraak/plugin.hpp"

namespace inspraak::core {

class PluginHost;

// Reads `file` with the ingest plugin for `extension` (the caller has checked there is one): in
// a sandboxed worker process when the host isolates ingest (PluginHost::isolate_ingest), else in
// this process. The error's message is a reason: "plugin_said" with the plugin's own words,
// "plugin_threw", or what ended the worker's parse: "worker_crashed" (the signal),
// "worker_timeout", "worker_cpu_limit" (seconds), "worker_memory_limit" (MiB), "worker_failed".
AppResult<IngestResult> call_ingester(const PluginHost& host, const std::string& extension, const SourceFile& file);

}  // namespace inspraak::core
