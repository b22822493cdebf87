#include "pipeline/round_framework.hpp"

#include "util/files.hpp"

namespace inspraak::core {

AppResult<Framework> import_round_framework(const RoundConfig& round, const PluginHost& host) {
    // Without a plugin for the framework's type there is no reader, and read_framework_file says
    // so ("framework.no_reader"). A plugin that throws is caught there too ("framework.reader_threw").
    DocumentReader read_document;
    if (auto ingester = host.ingester_for(extension_of(round.framework)))
        read_document = [ingester](const std::filesystem::path& file) -> Result<std::string> {
            Result<IngestResult> result = ingester->read(SourceFile{file.string(), file.filename().string(), read_file(file)});
            if (!result) return result.error();
            std::string body;
            for (const auto& submission : result->submissions) body += submission.body + "\n\n";
            return body;
        };
    return read_framework_file(round.framework, read_document, round.outline);
}

}  // namespace inspraak::core
