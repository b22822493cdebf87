#include "app/round_framework_reader.hpp"

#include "framework/framework_import.hpp"
#include "pipeline/round_framework.hpp"

namespace inspraak::core {

AppResult<Framework> read_round_framework(const RoundConfig& round, const PluginHost& host) {
    return guarded([&]() -> AppResult<Framework> {
        auto read_document = [&host](const std::filesystem::path& file) { return read_document_with_plugins(host, file); };
        return read_framework_file(round.framework, read_document, round.outline);
    });
}

}  // namespace inspraak::core
