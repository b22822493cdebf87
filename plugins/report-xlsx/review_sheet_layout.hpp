// The layout of the review sheet (reactienota.xlsx): sheet names, columns and the format version.
// It is a data contract: `inspraak import-review` reads the sheet back with the same layout, so
// columns are found by their key through these headers, never by position, and the version in
// the Info sheet changes whenever the layout changes in a way an importer must know about.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::report_xlsx {

inline constexpr int review_sheet_format_version = 1;
inline constexpr std::string_view review_sheet_generator = "inspraak";

// What a column holds; the keys are stable, the headers depend on the language.
enum class ColumnKey {
    id,              // point id "I003.2": the key an import matches rows on
    stakeholder,     // the sender as published
    group,
    name,            // personal data: only with_personal_data
    email,           // personal data: only with_personal_data
    submission,      // submission id "I003"
    chapter,         // first chapter as "5 Strategie" (see chapter_cell)
    other_chapters,  // the other chapters, "; "-separated
    section,
    route,           // workstream id or "geen" (list validation)
    confidence,      // number 0..1, shown as a percentage
    input,           // the point's text
    reaction,        // the draft reaction (editable)
    status,          // "draft" or "approved" (list validation)
    group_size,      // number: how many identical points the row stands for (1 alone, 12 for a campaign)
    origin,          // the attachment or archive member the text came from, "" for the file itself
    changes,         // the revised framework's changes that answer the point ("W3: 5.2 toegevoegd"); read only
};

enum class ColumnKind { text, wrapped_text, percentage, count };

struct Column {
    ColumnKey key;
    std::string header;
    double width;
    ColumnKind kind;
};

struct SheetNames {
    std::string points;     // "Punten" / "Points"
    std::string chapters;   // "Hoofdstukken" / "Chapters"
    std::string info;       // "Info"
    std::string original;   // hidden "Origineel" / "Original": the editable values as written
    std::string changes;    // "Wijzigingen" / "Changes": the revised framework's changes, read only
};

// "en" gives English names and headers; anything else Dutch.
SheetNames sheet_names(const std::string& language);

// The columns of the points sheet in order; name and e-mail only with personal data, the
// changes column only when the round has a revised framework (import-review ignores it).
std::vector<Column> point_columns(const std::string& language, bool with_personal_data, bool with_changes = false);

// The columns of the hidden original-values sheet, in order: what an import compares against to
// tell an edit in the sheet from a change in the store since the sheet was written.
std::vector<Column> original_columns(const std::string& language);

// The status values the status column accepts.
std::vector<std::string> status_values();

// The route of a point that goes nowhere.
inline constexpr std::string_view no_route = "geen";

}  // namespace inspraak::report_xlsx
