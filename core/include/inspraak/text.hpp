// Text helpers shared by the host and the plugins (the "SDK"): UTF-8 in, UTF-8 out.
// One place for these, so that every plugin treats whitespace and charsets the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::text {

// Collapses every run of whitespace (including no-break and other Unicode spaces) to one
// ASCII space and trims both ends.
std::string normalize_whitespace(std::string_view s);

// Trims ASCII and Unicode whitespace at both ends.
std::string_view trim(std::string_view s);

// Splits on \n, \r\n and \r; the line endings are not included.
std::vector<std::string_view> split_lines(std::string_view s);

bool is_valid_utf8(std::string_view bytes);

// Converts bytes to UTF-8. Uses `declared_charset` when given and known (a MIME charset, an
// HTML meta, ...), else keeps valid UTF-8 as it is, else detects the charset (uchardet), falling
// back to windows-1252, which is what Dutch office software writes. A UTF-8 BOM is removed.
std::string to_utf8(std::string_view bytes, std::string_view declared_charset = {});

// Unicode case folding (ICU): "IJssel" and "ijssel" fold to the same string ("Ĳssel", with the
// ligature, folds to "ĳssel": still one letter).
std::string fold_case(std::string_view s);

// Whitespace normalized and case folded: what two labels, titles or names typed by hand are
// compared by ("Hoofdstuk  2" and "hoofdstuk 2" are the same).
std::string fold_for_comparison(std::string_view s);

// Removes diacritics: "créëren" -> "creeren". Keeps the case.
std::string strip_diacritics(std::string_view s);

bool starts_with_ci(std::string_view s, std::string_view prefix);  // ASCII case-insensitive

}  // namespace inspraak::text
