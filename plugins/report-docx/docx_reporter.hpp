// The reactienota as a Word document (reactienota.docx), written with libzip and pugixml:
// "Betreft"/"Datum", the general reaction, the table INPUT | REACTIE (header row repeated on
// every page, a row per sender, the "where" line small under each point, a "concept" mark on
// draft reactions, the count of a campaign's identical responses), an annex per workstream with
// the input handed on to it, and the files that could not be read.
//
// Everything is in named styles (see styles.hpp). With ReportModel::word_template the
// municipality's .dotx/.docx supplies styles, theme, fonts, page, headers and footers (see
// house_style.hpp); the result is always a .docx.
#pragma once

#include <string>

#include "inspraak/plugin.hpp"

namespace inspraak::report_docx {

// Streams (ReportWriter, API 3.2): word/document.xml goes to a temporary file as the rows are
// read, and is zipped from there. render() is the same for a whole model.
class DocxReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

}  // namespace inspraak::report_docx
