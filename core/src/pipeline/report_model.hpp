// The report model: what every report plugin renders, built from the store and round.json.
// The report stage hands it to the plugins; the application layer hands it to front ends.
#pragma once

#include <filesystem>

#include "inspraak/report_model.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"

namespace inspraak::core {

struct ReportModelOptions {
    std::filesystem::path templates_dir;  // empty: default_templates_dir()
    bool with_personal_data = false;      // the senders' contact details, and the texts unredacted
};

// A group (a campaign, a remark sent twice) is published once: its lead stands for every
// member. Without personal data, the senders' details are left out and the texts redacted
// (privacy/redactor.hpp), except what an officer decided to keep public (Store::kept_public).
ReportModel build_report_model(Store& store, const RoundConfig& round, const ReportModelOptions& options);

}  // namespace inspraak::core
