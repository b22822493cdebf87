// The named styles of the reactienota, so that an officer restyles the memo in Word instead of
// editing it: paragraph styles Title, Heading1, Heading2, Normal, InspraakKenmerk (Betreft/Datum),
// InspraakAfzender (the sender row), InspraakTabelkop, InspraakInput, InspraakReactie,
// InspraakWaar (the small "where" line), InspraakOpsomming (list items), InspraakToelichting
// (notes in italics); character style InspraakConcept (the draft mark); table style InspraakTabel.
//
// With a house-style template, its styles.xml is kept and ours are added only where it has no
// style of that name: Word matches built-in styles by name ("heading 1"), and a Dutch template
// calls it "Kop1" by id, so the document refers to styles through StyleSheet::id.
#pragma once

#include <map>
#include <string>

#include "inspraak/result.hpp"

namespace inspraak::word_package {

// Our style ids, as the document builder names them.
namespace style {
inline constexpr const char* normal = "Normal";
inline constexpr const char* title = "Title";
inline constexpr const char* heading1 = "Heading1";
inline constexpr const char* heading2 = "Heading2";
inline constexpr const char* memo_line = "InspraakKenmerk";
inline constexpr const char* sender = "InspraakAfzender";
inline constexpr const char* table_header = "InspraakTabelkop";
inline constexpr const char* input = "InspraakInput";
inline constexpr const char* reaction = "InspraakReactie";
inline constexpr const char* where = "InspraakWaar";
inline constexpr const char* list_item = "InspraakOpsomming";
inline constexpr const char* note = "InspraakToelichting";
inline constexpr const char* draft_mark = "InspraakConcept";
inline constexpr const char* table = "InspraakTabel";
}  // namespace style

struct StyleSheet {
    std::string xml;                          // word/styles.xml
    std::map<std::string, std::string> ids;   // our id -> the id in xml (the template's, if it had one)

    // The id to use in the document for one of our styles.
    std::string id(const std::string& ours) const;
};

// Our styles alone. `list_num_id` is the w:num of the bullet list (see bullet_numbering).
StyleSheet default_styles(const std::string& language, int list_num_id);

// The template's styles.xml with ours added where it has none of that name (or id). An Error
// when the template's styles are no XML.
Result<StyleSheet> merge_styles(const std::string& template_styles, const std::string& language, int list_num_id);

struct Numbering {
    std::string xml;  // word/numbering.xml
    int list_num_id = 1;
};

// numbering.xml with one bullet list for InspraakOpsomming: ours alone, or added to the
// template's numbering (new ids above the ones it uses). An Error when that is no XML.
Result<Numbering> bullet_numbering(const std::string* template_numbering);

}  // namespace inspraak::word_package
