// What a .docx paragraph's properties mean, with word/styles.xml and word/numbering.xml: is it
// a heading (and of which level), is it a list item (bulleted or numbered, how deep).
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace inspraak::ingest {

struct DocxListInfo {
    std::string num_id;  // w:numId: items with the same id belong to one list
    int level = 0;       // w:ilvl
    bool ordered = false;
    int start = 1;       // the number of the list's first item at this level
};

class DocxStyles {
public:
    // Either document may be empty (a .docx without styles or numbering).
    DocxStyles(const pugi::xml_document& styles, const pugi::xml_document& numbering);

    // 1..9 for a heading paragraph: its own w:outlineLvl, else its style's (through w:basedOn),
    // else a style named "Heading N", "Kop N" or "Title". Nothing for body text.
    std::optional<int> heading_level(const pugi::xml_node& paragraph_properties) const;

    // For a paragraph with w:numPr (its own or its style's), unless numbering is switched off.
    std::optional<DocxListInfo> list_info(const pugi::xml_node& paragraph_properties) const;

private:
    struct Style {
        std::string name;
        std::string based_on;
        std::optional<int> outline_level;
        std::optional<std::string> num_id;
        int num_level = 0;
    };
    struct Level {
        bool ordered = false;
        int start = 1;
    };

    std::map<std::string, Style> styles_;
    std::map<std::string, std::string> abstract_of_num_;            // numId -> abstractNumId
    std::map<std::string, std::map<int, Level>> abstract_levels_;   // abstractNumId -> ilvl -> level
    std::map<std::string, std::map<int, Level>> num_overrides_;     // numId -> ilvl -> level
};

}  // namespace inspraak::ingest
