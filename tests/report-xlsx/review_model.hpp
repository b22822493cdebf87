// A small round for the review-sheet tests: two senders with personal data in the stakeholder
// (which the sheet must leave out unless asked), chapters with an appendix, routes including
// "geen", and texts that try to break a spreadsheet (a formula, a tab, quotes, a newline).
#pragma once

#include "inspraak/report_model.hpp"

namespace xlsx_test {

// Dutch, without personal data, templates from the source tree.
inspraak::ReportModel make_model();

}  // namespace xlsx_test
