// The review sheet as an Excel workbook (reactienota.xlsx), written with libxlsxwriter:
// - "Punten" ("Points"): one row per point with its chapters, route, confidence, input, draft
//   reaction and status; frozen header, autofilter, list validation on route and status;
// - "Hoofdstukken" ("Chapters"): the chapters a reviewer can choose from;
// - "Wijzigingen" ("Changes"), only after inspraak revise: the revised framework's changes, as the
//   memo's annex has them; the points sheet then has a column with each point's changes;
// - "Info": round, date, framework and the generator with the format version;
// - hidden "Origineel" ("Original"): the editable values as written, for import-review.
// Every text is written as a string cell, so nothing a stakeholder wrote becomes a formula.
// Name and e-mail columns only with_personal_data; the workbook properties never hold any.
#pragma once

#include <string>

#include "inspraak/plugin.hpp"

namespace inspraak::report_xlsx {

// Streams (ReportWriter, API 3.2): libxlsxwriter in constant-memory mode, the rows written in
// order as they are read. render() is the same for a whole model.
class XlsxReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

// "5 Strategie": how a chapter appears in the chapter columns and on the chapters sheet.
std::string chapter_cell(const ReportChapter& chapter);

// Excel holds at most 32767 characters in a cell: a longer text is cut at a character boundary
// and ends in "…", so that a very long submission still gives a workbook.
std::string cell_text(const std::string& text);

}  // namespace inspraak::report_xlsx
