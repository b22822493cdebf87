// A small reactienota model for the docx tests: three senders, a campaign, a draft without a
// reaction, text that needs escaping, points routed to two workstreams and one problem.
#pragma once

#include <string>

#include "inspraak/report_model.hpp"

namespace docx_test {

inspraak::ReportModel make_model(const std::string& language = "nl");

// After inspraak revise: a sentence of 2.1 rewritten ("meer" became "twintig extra", in answer to
// I001.1) and a passage added that no point asked for.
inspraak::ReportModel with_framework_changes(inspraak::ReportModel model);

// The texts as the model holds them, for the checks.
inline const std::string escaped_text = "Kosten < baten & \"meer\" dan <w:t> 'verwacht'";
inline const std::string campaign_text = "Behoud de groene haven voor iedereen.";

}  // namespace docx_test
