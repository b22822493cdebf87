// Text and times as MAPI stores them: UTF-16LE (PT_UNICODE), 8-bit strings in a Windows code
// page (PT_STRING8) and FILETIME (PT_SYSTIME), all turned into what the data model wants.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace inspraak::ingest::outlook {

// UTF-16LE to UTF-8. Stops at the first NUL (MAPI strings may carry their terminator); an
// unpaired surrogate becomes U+FFFD; an odd last byte is ignored.
std::string utf16le_to_utf8(std::string_view bytes);

// The charset name for a Windows code page (PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID), as
// text::to_utf8 knows it: 1252 -> "windows-1252", 65001 -> "utf-8". "" when unknown or 0.
std::string codepage_charset(std::uint32_t codepage);

// An 8-bit MAPI string in `charset` (windows-1252 when empty) to UTF-8, up to the first NUL.
std::string string8_to_utf8(std::string_view bytes, std::string_view charset);

// A FILETIME (100 ns ticks since 1601-01-01 UTC) as "YYYY-MM-DD" in UTC; "" for 0 and for
// values outside the years 1900-2999.
std::string filetime_to_date(std::uint64_t filetime);

// Seconds since 1970-01-01 UTC as a FILETIME; the inverse of the above (used by writers).
std::uint64_t unix_seconds_to_filetime(std::int64_t seconds);

}  // namespace inspraak::ingest::outlook
