#include "pipeline/origin.hpp"

#include <fmt/core.h>

namespace inspraak::core {
namespace {

std::string describe_one(const EmbeddedFileRow& file, std::string_view language) {
    const bool english = language == "en";
    if (file.relation == "attachment")
        return english ? fmt::format("attachment '{}' to e-mail '{}'", file.name, file.container)
                       : fmt::format("bijlage '{}' bij e-mail '{}'", file.name, file.container);
    return english ? fmt::format("'{}' from '{}'", file.name, file.container)
                   : fmt::format("'{}' uit '{}'", file.name, file.container);
}

}  // namespace

std::string describe_origin(int64_t embedded_file_id, const std::map<int64_t, EmbeddedFileRow>& files,
                            std::string_view language) {
    std::string described;
    // Parents have smaller ids than their children, so the walk ends; the bound guards a damaged store.
    for (int step = 0; embedded_file_id != 0 && step < 64; ++step) {
        auto it = files.find(embedded_file_id);
        if (it == files.end()) break;
        if (!described.empty()) described += ", ";
        described += describe_one(it->second, language);
        embedded_file_id = it->second.parent_id;
    }
    return described;
}

}  // namespace inspraak::core
