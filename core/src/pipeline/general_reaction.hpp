// The round's general reaction ("Algemene reactie"): what the reactienota opens with and every
// reply letter repeats, so both read it by the one rule.
#pragma once

#include <filesystem>
#include <string>

#include "round/round_config.hpp"

namespace inspraak::core {

// round.json `general_reaction` when set, else <templates>/<language>/general_reaction.md (Dutch
// as a fallback), else "". Light Markdown, as UTF-8.
std::string read_general_reaction(const RoundConfig& round, const std::filesystem::path& templates);

}  // namespace inspraak::core
