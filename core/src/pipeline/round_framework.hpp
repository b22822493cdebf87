// A round's framework, imported the one way every command does it (init, run, eval, framework):
// .docx/.odt/.pdf read by the ingest plugin for their type, exactly as a submission would be, and
// round.json's "outline" followed.
#pragma once

#include <filesystem>
#include <string>

#include "framework/framework_import.hpp"
#include "host/plugin_host.hpp"
#include "inspraak/result.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {

// The Markdown-light body the ingest plugin for `file`'s type makes of it (PDF pages separated
// by form feeds).
Result<std::string> read_document_with_plugins(const PluginHost& host, const std::filesystem::path& file);

Result<Framework> import_round_framework(const RoundConfig& round, const PluginHost& host);

}  // namespace inspraak::core
