#include "pipeline/ingest_call.hpp"

#include "host/plugin_host.hpp"
#include "isolation/worker_pool.hpp"

namespace inspraak::core {
namespace {

AppResult<IngestResult> in_this_process(const Ingester& ingester, const SourceFile& file) {
    try {
        Result<IngestResult> result = ingester.read(file);
        if (!result) return invalid_error("plugin_said", {result.error().message});
        return std::move(result).value();
    } catch (...) {  // read() is noexcept by contract; a plugin that throws anyway must not end the round
        return AppError{ErrorKind::internal, Message{"plugin_threw"}};
    }
}

AppResult<IngestResult> from_worker(ParseAnswer answer) {
    auto reason = [&](const char* key, ErrorKind kind = ErrorKind::invalid) {
        std::vector<std::string> args;
        if (!answer.detail.empty()) args.push_back(answer.detail);
        return AppError{kind, Message{key, std::move(args)}};
    };
    switch (answer.outcome) {
        case ParseOutcome::read: return std::move(answer.result);
        case ParseOutcome::plugin_error: return reason("plugin_said");
        case ParseOutcome::plugin_threw: return AppError{ErrorKind::internal, Message{"plugin_threw"}};
        case ParseOutcome::crashed: return reason("worker_crashed");
        case ParseOutcome::timeout: return reason("worker_timeout");
        case ParseOutcome::cpu_limit: return reason("worker_cpu_limit");
        case ParseOutcome::memory_limit: return reason("worker_memory_limit");
        case ParseOutcome::worker_failed: break;
    }
    return reason("worker_failed", ErrorKind::internal);
}

}  // namespace

AppResult<IngestResult> call_ingester(const PluginHost& host, const std::string& extension, const SourceFile& file) {
    if (const WorkerPool* workers = host.ingest_workers())
        return from_worker(workers->parse(extension, host.ingester_name_for(extension), file));
    auto ingester = host.ingester_for(extension);
    if (!ingester) return invalid_error("no_plugin", {extension});
    return in_this_process(*ingester, file);
}

}  // namespace inspraak::core
