#include "pipeline/round_framework.hpp"

#include <fmt/core.h>

#include "pipeline/ingest_call.hpp"
#include "util/files.hpp"

namespace inspraak::core {

Result<std::string> read_document_with_plugins(const PluginHost& host, const std::filesystem::path& file) {
    std::string extension = extension_of(file);
    auto ingester = host.ingester_for(extension);
    if (!ingester) return Error{fmt::format("geen ingest-plugin voor .{}-bestanden geladen", extension)};
    Result<IngestResult> result = call_ingester(*ingester, SourceFile{file.string(), file.filename().string(), read_file(file)});
    if (!result) return result.error();
    std::string body;
    for (const auto& submission : result->submissions) body += submission.body + "\n\n";
    return body;
}

Result<Framework> import_round_framework(const RoundConfig& round, const PluginHost& host) {
    return import_framework_file(
        round.framework, [&host](const std::filesystem::path& file) { return read_document_with_plugins(host, file); },
        round.outline);
}

}  // namespace inspraak::core
