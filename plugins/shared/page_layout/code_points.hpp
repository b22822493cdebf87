// The first and the last code point of a UTF-8 string (0 when empty): what the layout rules look
// at to join, split and classify lines.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace inspraak::ingest {

inline UChar32 first_code_point(std::string_view s) {
    if (s.empty()) return 0;
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    return c;
}

inline UChar32 last_code_point(std::string_view s) {
    std::size_t start = s.size();
    while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0) --start;
    return first_code_point(s.substr(start));
}

}  // namespace inspraak::ingest
