// Where a round's reports and its default store (round.db) go: the one rule every command and
// front end follows.
#pragma once

#include <filesystem>

#include "round/round_config.hpp"

namespace inspraak::core {

// `out_dir` when given, else reports/<round name> under the working folder.
inline std::filesystem::path round_out_dir(const RoundConfig& round, const std::filesystem::path& out_dir) {
    if (!out_dir.empty()) return out_dir;
    return std::filesystem::path("reports") / round.name;
}

}  // namespace inspraak::core
