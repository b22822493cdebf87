#include "pipeline/general_reaction.hpp"

#include "inspraak/text.hpp"
#include "util/files.hpp"

namespace inspraak::core {

std::string read_general_reaction(const RoundConfig& round, const std::filesystem::path& templates) {
    if (!round.general_reaction.empty()) return text::to_utf8(read_file(round.general_reaction));
    for (const auto& lang : {round.language, std::string("nl")}) {
        auto file = templates / lang / "general_reaction.md";
        if (std::filesystem::exists(file)) return text::to_utf8(read_file(file));
    }
    return {};
}

}  // namespace inspraak::core
