// Small helpers to write WordprocessingML with pugixml: namespaces, paragraphs and runs with
// text that is always valid XML, and the serialisation of a part.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace inspraak::word_package {

namespace ns {
inline constexpr const char* w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* package_relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* content_types = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* office_relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
}  // namespace ns

// Text as XML 1.0 allows it: control characters other than tab and newline are dropped and
// bytes that are not UTF-8 become U+FFFD, so that no stakeholder's text breaks the document.
// (Escaping of <, > and & is pugixml's job.)
std::string xml_safe(std::string_view text);

// The part as UTF-8 XML with a standalone declaration, without indentation (white space in
// Word XML can matter).
std::string serialize(const pugi::xml_document& document);

// pugixml parse of a part's bytes; an empty document when they are no XML.
bool parse_part(pugi::xml_document& document, const std::string& bytes);

struct RunFormat {
    bool bold = false;
    bool italic = false;
    std::string character_style;  // a character style id, or ""
};

// <w:p> with <w:pStyle w:val=style_id/> (no pStyle when style_id is empty).
pugi::xml_node add_paragraph(pugi::xml_node parent, const std::string& style_id);

// Appends a run with the text: a tab becomes <w:tab/>, a newline <w:br/>.
pugi::xml_node add_run(pugi::xml_node paragraph, std::string_view text, const RunFormat& format = {});

// Who made a tracked change and when: w:author and w:date (ISO 8601, see revision_date; empty
// leaves the date out).
struct TrackedChange {
    std::string author;
    std::string date;
};

enum class TrackedKind { insertion, deletion };

// Appends <w:ins> or <w:del> holding one run with `text` (<w:delText> in a deletion), which Word
// and LibreOffice show as a tracked change. `id` must be unique among the document's revisions.
pugi::xml_node add_tracked_run(pugi::xml_node paragraph, std::string_view text, TrackedKind kind,
                               const TrackedChange& revision, int id);

// "2024-12-12" -> "2024-12-12T00:00:00Z", as w:date takes it; "" for anything that is no ISO date.
std::string revision_date(std::string_view iso_date);

// The paragraph's <w:pPr>, created as its first child when missing.
pugi::xml_node paragraph_properties(pugi::xml_node paragraph);

// Sets attribute `name` of a child element `element` (created when missing): <w:x w:val="..."/>.
pugi::xml_node set_child_value(pugi::xml_node parent, const char* element, std::string_view value,
                               const char* attribute = "w:val");

}  // namespace inspraak::word_package
