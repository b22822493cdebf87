// One XML part of an office document, parsed with pugixml, and the few helpers both readers
// use. Elements and attributes are matched by local name: OOXML and ODF fix the namespaces, not
// the prefixes, and some generators write "ns0:p" where Word writes "w:p".
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "inspraak/result.hpp"
#include "zip_archive.hpp"

namespace inspraak::ingest {

// Parses `xml` keeping white-space-only text (Word's `<w:t xml:space="preserve"> </w:t>`).
// Fails with "<part> is geen geldige XML (...)". pugixml does not expand DTD entities, so an
// entity bomb cannot blow up here.
Result<std::unique_ptr<pugi::xml_document>> parse_xml_part(const std::string& xml, std::string_view part);

// A part the document can do without (styles, numbering, properties): missing gives an empty
// document, unreadable or malformed a warning and an empty document. Only a zip bomb or an
// encrypted entry is an error, because then the file as a whole must not be read.
Result<std::unique_ptr<pugi::xml_document>> read_optional_part(ZipArchive& archive, const std::string& name,
                                                               std::vector<std::string>& warnings);

// "w:p" -> "p"
std::string_view local_name(const pugi::xml_node& node);
std::string_view local_name(const pugi::xml_attribute& attribute);

// The first child element with this local name, or an empty node.
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);

// The attribute with this local name, or an empty attribute.
pugi::xml_attribute attribute_named(const pugi::xml_node& node, std::string_view name);

// The concatenated text of every descendant text node.
std::string all_text(const pugi::xml_node& node);

}  // namespace inspraak::ingest
