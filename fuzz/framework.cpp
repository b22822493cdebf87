// Framework import (core/src/framework): headings, numbering, tables of contents and the outline
// plan, on the same text read as plain text (also what a PDF gives) and as Markdown.
#include "framework/framework_import.hpp"
#include "fuzz_input.hpp"

namespace {

using namespace inspraak;

void check(const Framework& framework) {
    fuzz::check_text("title", framework.title);
    for (const Section& section : framework.sections) {
        fuzz::check_text("section title", section.title);
        fuzz::check_text("section number", section.number);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using core::FrameworkFormat;
    // The file readers decode any charset first; the importer itself gets UTF-8.
    const std::string utf8 = text::to_utf8(fuzz::bytes(data, size));
    for (FrameworkFormat format : {FrameworkFormat::text, FrameworkFormat::markdown, FrameworkFormat::pdf})
        check(core::import_framework(utf8, format));
    // The outline given in round.json: its chapters matched against the same headings.
    core::OutlineOverride outline;
    outline.chapters = {"1 Inleiding", "Bijlage 1"};
    const Framework framework = core::import_framework(utf8, FrameworkFormat::markdown, outline);
    check(framework);
    core::unmatched_outline_chapters(framework, outline);
    outline = {};
    outline.chapter_level = 2;
    check(core::import_framework(utf8, FrameworkFormat::document, outline));
    return 0;
}
