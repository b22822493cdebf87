#pragma once

#include <filesystem>

namespace inspraak::core {

// The report templates folder: the installed one next to the binary's prefix, else the source
// tree's reports/templates (a build tree).
std::filesystem::path default_templates_dir();

}  // namespace inspraak::core
