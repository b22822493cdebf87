#include "app/round_framework_reader.hpp"

#include "pipeline/round_framework.hpp"

namespace inspraak::core {

AppResult<Framework> read_round_framework(const RoundConfig& round, const PluginHost& host) {
    return guarded([&]() -> AppResult<Framework> { return import_round_framework(round, host); });
}

}  // namespace inspraak::core
