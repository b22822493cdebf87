// The round's framework for the read-only commands (framework, eval), with its error as a Message.
// The same reading as the pipeline's import_round_framework: the ingest plugins read
// .docx/.odt/.pdf, round.json's "outline" is followed.
#include "app/app_error.hpp"
#include "cli/commands.hpp"
#include "framework/framework_import.hpp"
#include "pipeline/round_framework.hpp"

namespace inspraak::core {

Framework read_round_framework(const RoundConfig& round, const PluginHost& host) {
    auto read_document = [&host](const std::filesystem::path& file) { return read_document_with_plugins(host, file); };
    AppResult<Framework> framework = read_framework_file(round.framework, read_document, round.outline);
    if (!framework) throw AppException(framework.error());
    return std::move(framework).value();
}

}  // namespace inspraak::core
