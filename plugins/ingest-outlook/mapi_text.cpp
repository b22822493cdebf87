#include "mapi_text.hpp"

#include <array>
#include <cstdio>
#include <utility>

#include "inspraak/text.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::int64_t kFiletimeTicksPerSecond = 10'000'000;
constexpr std::int64_t kSecondsFrom1601To1970 = 11'644'473'600;

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian).
void civil_from_days(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

}  // namespace

std::string utf16le_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() / 2);
    auto unit = [&](std::size_t i) -> char32_t {
        return static_cast<char32_t>(static_cast<unsigned char>(bytes[i]) |
                                     (static_cast<unsigned char>(bytes[i + 1]) << 8));
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        char32_t c = unit(i);
        if (c == 0) break;
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
        append_utf8(out, c);
    }
    return out;
}

std::string codepage_charset(std::uint32_t codepage) {
    if (codepage >= 1250 && codepage <= 1258) return "windows-" + std::to_string(codepage);
    static constexpr std::array<std::pair<std::uint32_t, const char*>, 14> kKnown{{
        {65001, "utf-8"},      {20127, "us-ascii"},    {28591, "iso-8859-1"}, {28592, "iso-8859-2"},
        {28605, "iso-8859-15"}, {850, "ibm850"},       {437, "ibm437"},       {932, "shift_jis"},
        {936, "gbk"},          {949, "euc-kr"},        {950, "big5"},         {20866, "koi8-r"},
        {874, "windows-874"},  {1200, "utf-16le"},
    }};
    for (const auto& [number, name] : kKnown)
        if (number == codepage) return name;
    return {};
}

std::string string8_to_utf8(std::string_view bytes, std::string_view charset) {
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) bytes = bytes.substr(0, nul);
    if (bytes.empty()) return {};
    return text::to_utf8(bytes, charset.empty() ? std::string_view("windows-1252") : charset);
}

std::string filetime_to_date(std::uint64_t filetime) {
    if (filetime == 0) return {};
    const std::int64_t seconds =
        static_cast<std::int64_t>(filetime / kFiletimeTicksPerSecond) - kSecondsFrom1601To1970;
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civil_from_days(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400, year, month, day);
    if (year < 1900 || year > 2999) return {};
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(year), month % 100, day % 100);
    return buffer.data();
}

std::uint64_t unix_seconds_to_filetime(std::int64_t seconds) {
    return static_cast<std::uint64_t>(seconds + kSecondsFrom1601To1970) *
           static_cast<std::uint64_t>(kFiletimeTicksPerSecond);
}

}  // namespace inspraak::ingest::outlook
