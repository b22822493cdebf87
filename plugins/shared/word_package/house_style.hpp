// The municipality's house style, taken from a Word template (.dotx) or document (.docx):
// its styles, theme, font table, numbering and settings, the page of its last section (size,
// margins, header and footer references) and the header and footer parts with everything they
// refer to (logos). Its body text is not used: the memo is ours.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "inspraak/result.hpp"

namespace inspraak::word_package {

struct PackagePart {
    std::string name;          // "word/header1.xml", "word/media/image1.png"
    std::string content_type;  // "" for a relationships part (covered by the rels Default)
    std::string bytes;
};

// A relationship from word/document.xml to one of the copied parts.
struct PartRelation {
    std::string id;      // as used in section_xml ("rIdHuis1")
    std::string type;    // full relationship type URI
    std::string target;  // relative to word/
};

struct HouseStyle {
    std::string styles_xml;              // empty when the template has none
    std::string numbering_xml;           // empty when the template has none
    std::string settings_xml;            // without references to the template's other files
    std::vector<PackagePart> parts;      // theme, fonts, headers, footers, their rels and media
    std::vector<PartRelation> relations;
    std::string section_xml;             // the last <w:sectPr>, header/footer ids renamed; or ""
    int text_width = 0;                  // page width minus margins, twips; 0 when unknown
};

// An Error names the file: missing, not a zip, no Word document or template, damaged XML.
Result<HouseStyle> read_house_style(const std::filesystem::path& file);

// Part names our package writes itself; a template's part with such a name is not copied.
bool is_own_part(const std::string& name);

}  // namespace inspraak::word_package
