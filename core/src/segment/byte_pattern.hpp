// The segmenter's patterns (references, letter parts) as RE2 regular expressions: matched in time
// linear in the text, whatever a hostile text holds. Latin-1 mode reads the text byte by byte as
// the std::regex they replaced did (a dash or a curly quote in a pattern is its UTF-8 bytes, which
// match the same bytes in the text).
#pragma once

#include <re2/re2.h>

#include <memory>
#include <stdexcept>
#include <string>

// C's isspace(): RE2's own \s has no vertical tab.
#define INSPRAAK_PATTERN_SPACE "[\\t\\n\\v\\f\\r ]"

namespace inspraak::core {

enum class PatternCase { sensitive, insensitive };

inline std::unique_ptr<const RE2> byte_pattern(const std::string& pattern, PatternCase letters = PatternCase::sensitive) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_case_sensitive(letters == PatternCase::sensitive);
    options.set_log_errors(false);
    auto regex = std::make_unique<const RE2>(pattern, options);
    if (!regex->ok()) throw std::logic_error("segment pattern '" + pattern + "': " + regex->error());
    return regex;
}

}  // namespace inspraak::core
