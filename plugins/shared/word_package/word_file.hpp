// A whole .docx around a document body: the house style read and merged (styles, numbering, page,
// headers and footers, or ours without a template) and the package written. The reactienota and
// the reply letters differ only in their word/document.xml.
#pragma once

#include <cstdio>
#include <string>

#include "house_style.hpp"
#include "inspraak/result.hpp"
#include "styles.hpp"

namespace inspraak::word_package {

// What a document body is written against: the style ids to use and the page.
struct WordSetup {
    HouseStyle house;        // empty without a template
    StyleSheet styles;       // ours, merged into the template's where there is one
    Numbering numbering;     // the bullet list of InspraakOpsomming
    std::string section_xml; // the <w:sectPr> to end the body with
    int text_width = 0;      // twips between the margins
};

// `word_template`: a .dotx/.docx path or "" for our own A4 page. An Error names the template.
Result<WordSetup> prepare_word_setup(const std::string& word_template, const std::string& language);

// docProps/core.xml's fields: no person's name goes there.
struct WordProperties {
    std::string title;
    std::string subject;
    std::string iso_date;
    std::string language;
};

// The .docx bytes: `document_xml` (word/document.xml) with the setup's parts. Throws
// std::runtime_error when the zip cannot be written.
std::string write_word_file(const WordSetup& setup, const std::string& document_xml, const WordProperties& properties);
// The same with word/document.xml read from `document_xml` (from its start; closed here), for a
// document too large to hold in memory.
std::string write_word_file(const WordSetup& setup, std::FILE* document_xml, const WordProperties& properties);

}  // namespace inspraak::word_package
