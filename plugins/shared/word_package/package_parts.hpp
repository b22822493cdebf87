// The fixed parts of the .docx package around the memo: content types, relationships, document
// properties, settings and the default page (A4 portrait).
#pragma once

#include <string>
#include <vector>

#include "house_style.hpp"

namespace inspraak::word_package {

// A4 portrait, 2.5 cm margins: the text width our table is drawn for without a template.
inline constexpr int a4_text_width = 11906 - 2 * 1418;

// [Content_Types].xml for our parts plus the copied ones: the main part is always a document
// (document.main+xml), also when the house style came from a .dotx.
std::string content_types_xml(const std::vector<PackagePart>& copied);

// _rels/.rels: the document and its properties.
std::string package_relationships_xml();

// word/_rels/document.xml.rels: styles, settings, numbering and the copied parts.
std::string document_relationships_xml(const std::vector<PartRelation>& copied);

// docProps/core.xml: title and subject of the memo, the round's date; no person's name.
std::string core_properties_xml(const std::string& title, const std::string& subject, const std::string& iso_date,
                                const std::string& language);

// docProps/app.xml.
std::string app_properties_xml();

// word/settings.xml when there is no template.
std::string default_settings_xml(const std::string& language);

// <w:sectPr> of an A4 portrait page with 2.5 cm margins.
std::string default_section_xml();

}  // namespace inspraak::word_package
