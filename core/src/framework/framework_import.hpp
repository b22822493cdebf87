// Framework import: reads a draft policy framework (the "kader") into chapters, appendices,
// numbered sections and passages, so that points can be tied to the chapter they are about.
//
// Conventions (see inspraak/model.hpp for the fields):
// - chapters come from numbered headings ("3 Visie", "2. Motieven", "Hoofdstuk 4 ..."), ids
//   "h<N>", a second chapter with the same number "h<N>-2"; appendices from "Bijlage N" headings,
//   ids "b<N>", numbers "B<N>"; deeper numbers ("3.1", "3.1.2") are sections with id "h3.1",
//   level = depth and parent = the enclosing chapter's id (not the parent section: one step from
//   a section to its chapter).
// - the outline (outline_plan.hpp) is decided on all heading lines at once, strongest evidence
//   first: round.json's "outline" (OutlineOverride), else the document's table of contents
//   ("Inhoudsopgave", "Inhoud", "Contents": its chapters are the chapters), else the numbering.
//   Chapter numbers go up (by one in plain text; Markdown may skip one or start above 1; the same
//   number twice only in the same look); numbering that goes back inside a chapter is a list or
//   a quotation (numbered list items set as headings, the "Hoofdstuk 1..4" of quoted rules) and
//   stays passages of that chapter. A number's depth, not its count of '#', is its level. A
//   section must carry its chapter's number ("1.1" inside chapter 5 is quoted). A "Bijlage N"
//   heading is an appendix only where no chapter set as a heading follows (appendices come
//   last; one inside a chapter mentions an annex); once an appendix has started, plain text
//   takes no more numbered chapters.
// - heading text is read without converter markup: emphasis, HTML tags and anchors
//   ("<span id="page-4-0"></span>"), links, escapes ("1\. Inleiding").
// - titles are whitespace normalised, without the space PDF extraction puts before ':' ','
//   ';' '?' '!' ("Intern : wat" -> "Intern: wat").
// - passages are paragraphs and list items; heading lines are passages with is_heading. Text
//   before the first chapter is not a passage; its first line, if short, is Framework::title.
//   A table of contents is never a passage.
// - page numbers are recorded where the text has form feeds, else 0.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_error.hpp"
#include "inspraak/model.hpp"
#include "inspraak/result.hpp"

namespace inspraak::core {

enum class FrameworkFormat {
    text,      // .txt, e.g. text extracted from a PDF
    markdown,  // .md
    document,  // .docx, .odt: read by an ingest plugin into Markdown-light, headings from styles
    pdf,       // .pdf: read by an ingest plugin; its text goes through the plain-text heuristics
};

// The outline given in round.json ("outline") for a document that defeats the heuristics.
struct OutlineOverride {
    // "1 Inleiding", "Planbeschrijving", "3", "Bijlage 1 Akoestisch onderzoek": the chapters (and
    // appendices) in order, matched by number and/or title against heading lines whatever their
    // markup and level. Empty: found from the document.
    std::vector<std::string> chapters;
    // Markdown (also .docx/.odt): the heading level whose headings are the chapters ("##" = 2),
    // numbered or not. 0: decided by the numbering.
    int chapter_level = 0;

    bool empty() const { return chapters.empty() && chapter_level == 0; }
};

// Never fails: a text without recognisable chapters gives a Framework without sections.
// (`document` text is Markdown-light, `pdf` text is an ingest plugin's body of a PDF.)
Framework import_framework(std::string_view utf8_text, FrameworkFormat format, const OutlineOverride& outline = {});

// The entries of `outline.chapters` that no chapter or appendix of `framework` answers to.
std::vector<std::string> unmatched_outline_chapters(const Framework& framework, const OutlineOverride& outline);

// Reads a word-processor or PDF file into the Markdown-light body an ingest plugin makes of it
// (see IngestedSubmission::body; PDF pages separated by form feeds). The host passes one that
// uses its ingest plugins, so the framework is read exactly as a submission would be. Its error's
// message is a reason (pipeline/ingest_call.hpp), reported in the "framework." family.
using DocumentReader = std::function<AppResult<std::string>(const std::filesystem::path&)>;

// Reads a .txt or .md (.markdown) file in any common charset, or a .docx/.odt/.pdf through
// `read_document`. Fails with a "framework.*" Message naming the file (not_found when the file is
// missing, else invalid) when the extension is unknown, the file cannot be read, or no chapter is
// found; and, with an `outline`, when one of its chapters is not found or its chapter_level is
// given for a format without heading levels. A reader's error is passed on in its own words, and
// a reader that throws is one line naming the file too.
AppResult<Framework> read_framework_file(const std::filesystem::path& path, const DocumentReader& read_document = {},
                                         const OutlineOverride& outline = {});

// The format for a file name, by extension (case-insensitive); nullopt when not supported.
std::optional<FrameworkFormat> framework_format_for(const std::filesystem::path& path);

}  // namespace inspraak::core
