// word/document.xml of the reactienota: subject and date, the general reaction, the table
// INPUT | REACTIE with a full-width row per sender, an annex per workstream with the input handed
// on to it, and what could not be read. Content comes from the SDK's report view (grouping by
// sender, annexes, "where" lines), so that every report format publishes the same memo.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "inspraak/plugin.hpp"
#include "inspraak/report_model.hpp"
#include "styles.hpp"

namespace inspraak::report_docx {

// The memo is written with the shared Word package library (plugins/shared/word_package); its
// names are the plugin's own vocabulary.
using namespace inspraak::word_package;

struct MemoPage {
    std::string section_xml;  // the <w:sectPr> to end the body with
    int text_width = 0;       // twips between the margins, for the table's column widths
};

// Writes word/document.xml to `out` a piece at a time (API 3.2, streaming): the document around
// the rows is built from `view` (report::make_head_view of the source's head) once; the table's
// rows per submission and each annex's rows are read from `source` and written in their place.
void write_memo_document(ReportSource& source, const nlohmann::json& labels, const kainjow::mustache::data& view,
                         const StyleSheet& styles, const MemoPage& page,
                         const std::function<void(std::string_view)>& out);

// "12 gelijkluidende reacties" / "12 identical responses": labels.json identical_responses with
// {n} replaced by the count.
std::string identical_responses(int count, const nlohmann::json& labels, const std::string& language);

}  // namespace inspraak::report_docx
