// Light Markdown: the officer's texts as blocks and emphasis spans (inspraak/light_markdown.hpp),
// written as HTML (report-html) and as WordprocessingML (word_package, report-docx's writer); and a submission's
// Markdown-light body split into points (core/src/segment).
#include <pugixml.hpp>

#include "fuzz_input.hpp"
#include "inspraak/light_markdown.hpp"
#include "light_markdown.hpp"
#include "segment/segment.hpp"
#include "word_markdown.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace inspraak;
    const std::string utf8 = text::to_utf8(fuzz::bytes(data, size));
    for (const markdown::Block& block : markdown::blocks(utf8)) {
        std::string joined;
        for (const markdown::Span& span : markdown::spans(block.text)) joined += span.text;
        fuzz::check_text("span", joined);
    }
    for (const std::string& html : report_html::light_markdown_to_html(utf8)) fuzz::check_text("html", html);
    pugi::xml_document document;
    word_package::add_markdown(document.append_child("w:body"), utf8, "Standaard", "Lijstalinea");
    for (const core::Segment& point : core::segment(utf8, "nl")) fuzz::check_text("point", point.text);
    return 0;
}
