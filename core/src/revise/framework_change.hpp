// A change between the draft framework and its revised version (inspraak revise), and a link
// from a point to a change that answers it. Stored in framework_changes and change_links
// (schema 9, docs/store.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace inspraak::core {

// kind: "added", "rewritten", "removed", "moved"; scope: "sentence" or "passage".
// Where a change stands is given as people read it (numbers, not ids): the chapter and section
// in the revised version, and where the text stood in the draft. An added text has no old
// location or text; a removed one stands where it stood in the draft, with no new text.
struct FrameworkChange {
    int64_t id = 0;  // set by the store; kept across runs of revise while `key` is the same
    int ordinal = 0;  // order in the revised document
    std::string kind;
    std::string scope;
    std::string chapter;        // chapter or appendix number: "5", "B1"
    std::string chapter_title;
    std::string section;        // the numbered section ("5.2"), or empty
    int page = 0;               // 0 where the document has no pages
    std::string old_chapter;
    std::string old_section;
    int old_page = 0;
    std::string old_text;
    std::string new_text;
    std::string key;  // what the change is (kind, scope and both texts), so that a new run finds it again
};

// A point answered by a change. The machine proposes (state "proposed", with its score); an
// officer confirms or removes, and the machine never proposes over that decision again.
struct ChangeLink {
    std::string point_id;
    int64_t change_id = 0;
    double score = 0;       // the machine's ranking score, 0..1 (an officer's own link: 0)
    std::string state;      // "proposed", "confirmed", "removed"
    std::string decided_by;  // the officer, empty while proposed
    std::string decided_at;  // set by the store
};

inline constexpr std::string_view change_link_proposed = "proposed";
inline constexpr std::string_view change_link_confirmed = "confirmed";
inline constexpr std::string_view change_link_removed = "removed";

}  // namespace inspraak::core
