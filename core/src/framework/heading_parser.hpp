// Recognises what a single line would be if it were a heading: a numbered chapter or section
// ("3 Visie", "2. Motieven", "3.1.2 Titel", "Hoofdstuk 4: Titel") or an appendix ("Bijlage 2
// Titel"). Whether the line really is a heading depends on its neighbours and on the numbering
// so far; framework_import decides that.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core {

struct HeadingCandidate {
    bool appendix = false;       // "Bijlage N" / "Appendix N"
    bool keyword = false;        // written with "Hoofdstuk"/"Chapter"/"Bijlage": no doubt about intent
    std::vector<int> number;     // {3, 1, 2} for "3.1.2"; {N} for an appendix
    std::string number_text;     // "3.1.2"; "B2" for an appendix
    bool trailing_dot = false;   // "2. Motieven" rather than "2 Motieven"
    std::string title;           // tidied (see tidy_title); may be empty for a bare "Bijlage 3"
};

std::optional<HeadingCandidate> parse_heading(std::string_view line);

// Whether `title` reads like a heading title rather than a sentence: it starts with a capital,
// is short (at most kMaxTitleWords words and kMaxTitleChars characters), does not end in
// sentence punctuation, and is not a table-of-contents entry ("Visie ........ 7").
bool looks_like_title(std::string_view title);

inline constexpr int kMaxTitleWords = 14;
inline constexpr size_t kMaxHeadingLineBytes = 400;
inline constexpr size_t kMaxTitleChars = 110;

// Normalises whitespace and removes the space that PDF extraction leaves before punctuation
// ("Intern : wat" -> "Intern: wat"), so that titles read the same wherever they come from.
std::string tidy_title(std::string_view title);

// Removes Markdown emphasis markers (*, **, _, __ around words) and a trailing run of '#'.
std::string strip_markdown_emphasis(std::string_view s);

// What a converter (PDF or Word to Markdown) wraps around a heading's text, removed so that the
// number comes first: HTML tags and anchors ("<span id="page-4-0"></span>", "<a name=x>"),
// links ("[1 Inleiding](#inleiding)" -> "1 Inleiding"), backslash escapes ("1\. Inleiding"),
// attribute blocks ("{#sec-1}") and emphasis (see strip_markdown_emphasis).
std::string strip_inline_markup(std::string_view s);

}  // namespace inspraak::core
