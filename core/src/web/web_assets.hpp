// The workspace's files compiled into the binary: the page templates (*.mustache), the style
// sheet and the script, from core/src/web/assets/ (cmake/EmbedFiles.cmake writes the table).
#pragma once

#include <optional>
#include <string_view>

namespace inspraak::core {

// The bytes of the asset with that file name ("points.mustache", "workspace.css"), if any.
std::optional<std::string_view> web_asset(std::string_view name);

}  // namespace inspraak::core
