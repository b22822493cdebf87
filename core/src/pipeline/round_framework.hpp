// A round's framework, imported the one way every command does it (init, run, eval, framework):
// .docx/.odt/.pdf read by the ingest plugin for their type, exactly as a submission would be (the
// Markdown-light body, PDF pages separated by form feeds), and round.json's "outline" followed.
#pragma once

#include "app/app_error.hpp"
#include "framework/framework_import.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {

// Fails with a "framework.*" Message naming the file (see read_framework_file).
AppResult<Framework> import_round_framework(const RoundConfig& round, const PluginHost& host);

// Another version of the round's framework (inspraak revise: the revised one), read the same way
// as the round's own, round.json's "outline" included.
AppResult<Framework> import_framework_file(const std::filesystem::path& file, const RoundConfig& round,
                                           const PluginHost& host);

}  // namespace inspraak::core
