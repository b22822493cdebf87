// The round's framework for the commands that read it without a store (framework, eval): the
// same reading as the pipeline's import_round_framework (the ingest plugins read .docx/.odt/.pdf,
// round.json's "outline" is followed), with its error as an AppError.
#pragma once

#include "app/app_error.hpp"
#include "host/plugin_host.hpp"
#include "inspraak/model.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {

AppResult<Framework> read_round_framework(const RoundConfig& round, const PluginHost& host);

}  // namespace inspraak::core
