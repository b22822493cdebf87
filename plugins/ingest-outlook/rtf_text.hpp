// The text of an RTF message body. Outlook keeps an HTML mail's body as RTF with the HTML
// encapsulated in it ([MS-OXRTFEX], \fromhtml1); that HTML is recovered as it was. Other RTF
// (\fromtext, or RTF written in Outlook's own editor) is reduced to its plain text.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest::outlook {

struct RtfBody {
    std::string text;      // UTF-8: the de-encapsulated HTML when is_html, else plain text
    bool is_html = false;
};

// Never fails: unknown control words are ignored, unbalanced groups tolerated, and groups
// nested deeper than a sane bound are skipped.
RtfBody rtf_body(std::string_view rtf);

}  // namespace inspraak::ingest::outlook
