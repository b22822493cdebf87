#include "pipeline/round_framework.hpp"

#include "pipeline/ingest_call.hpp"
#include "util/files.hpp"

namespace inspraak::core {

AppResult<Framework> import_round_framework(const RoundConfig& round, const PluginHost& host) {
    return import_framework_file(round.framework, round, host);
}

AppResult<Framework> import_framework_file(const std::filesystem::path& file, const RoundConfig& round,
                                           const PluginHost& host) {
    // Without a plugin for the framework's type there is no reader, and read_framework_file says
    // so ("framework.no_reader"). The plugin reads it as it reads a submission (in a worker when
    // ingest is isolated); what goes wrong is reported as "framework.<reason>".
    DocumentReader read_document;
    const std::string extension = extension_of(file);
    if (host.ingester_for(extension))
        read_document = [&host, extension](const std::filesystem::path& path) -> AppResult<std::string> {
            AppResult<IngestResult> result =
                call_ingester(host, extension, SourceFile{path.string(), path.filename().string(), read_file(path)});
            if (!result) return result.error();
            std::string body;
            for (const auto& submission : result->submissions) body += submission.body + "\n\n";
            return body;
        };
    return read_framework_file(file, read_document, round.outline);
}

}  // namespace inspraak::core
