// The round's framework for the read-only commands (framework, eval), read as the pipeline reads
// it (import_round_framework), with its error thrown for the command line to show.
#include "app/app_error.hpp"
#include "cli/commands.hpp"
#include "pipeline/round_framework.hpp"

namespace inspraak::core {

Framework read_round_framework(const RoundConfig& round, const PluginHost& host) {
    AppResult<Framework> framework = import_round_framework(round, host);
    if (!framework) throw AppException(framework.error());
    return std::move(framework).value();
}

}  // namespace inspraak::core
