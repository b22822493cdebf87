#include "inspraak/text.hpp"

#include <unicode/errorcode.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <uchardet.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace inspraak::text {
namespace {

// Decodes one code point at `i` (advancing it); invalid bytes decode as U+FFFD.
UChar32 next_code_point(std::string_view s, size_t& i) {
    UChar32 c = 0;
    auto index = static_cast<int32_t>(i);
    U8_NEXT(s.data(), index, static_cast<int32_t>(s.size()), c);
    i = static_cast<size_t>(index);
    return c < 0 ? 0xFFFD : c;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF; }

std::string to_std(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

std::string normalize_whitespace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        UChar32 c = next_code_point(s, i);
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.append(s.substr(start, i - start));
    }
    return out;
}

std::string_view trim(std::string_view s) {
    size_t begin = 0;
    while (begin < s.size()) {
        size_t i = begin;
        if (!is_space(next_code_point(s, i))) break;
        begin = i;
    }
    size_t end = s.size();
    while (end > begin) {
        size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        size_t i = start;
        if (!is_space(next_code_point(s, i))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n' || s[i] == '\r') {
            lines.push_back(s.substr(start, i - start));
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    if (start < s.size()) lines.push_back(s.substr(start));
    return lines;
}

bool is_valid_utf8(std::string_view bytes) {
    for (size_t i = 0; i < bytes.size();) {
        UChar32 c = 0;
        auto index = static_cast<int32_t>(i);
        U8_NEXT(bytes.data(), index, static_cast<int32_t>(bytes.size()), c);
        if (c < 0) return false;
        i = static_cast<size_t>(index);
    }
    return true;
}

namespace {

std::string detect_charset(std::string_view bytes) {
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                            &uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return {};
    uchardet_data_end(detector.get());
    const char* found = uchardet_get_charset(detector.get());
    return found ? std::string(found) : std::string();
}

// Returns false when ICU does not know the charset.
bool convert(std::string_view bytes, const std::string& charset, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status) || converter == nullptr) return false;
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), converter, status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return false;
    out = to_std(u);
    return true;
}

}  // namespace

std::string to_utf8(std::string_view bytes, std::string_view declared_charset) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    std::string out;
    std::string declared(declared_charset);
    for (auto& ch : declared) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!declared.empty() && declared != "us-ascii" && declared != "utf-8" && declared != "utf8" &&
        convert(bytes, declared, out))
        return out;
    if (is_valid_utf8(bytes)) return std::string(bytes);
    // uchardet is unreliable on short Western text (it reports Dutch windows-1252 as ISO-8859-1,
    // MAC-CENTRALEUROPE or a Baltic code page). Trust it only for encodings that cannot be
    // mistaken for one: UTF-16/32 and the multi-byte East Asian ones; everything else is read as
    // windows-1252, which is what Dutch office software writes.
    std::string detected = detect_charset(bytes);
    static const char* const trusted[] = {"UTF-16", "UTF-32", "SHIFT_JIS", "EUC-JP", "ISO-2022", "GB18030", "BIG5", "EUC-KR", "EUC-TW"};
    bool trust = std::any_of(std::begin(trusted), std::end(trusted),
                             [&](const char* prefix) { return detected.rfind(prefix, 0) == 0; });
    if (!trust) detected = "windows-1252";
    if (convert(bytes, detected, out)) return out;
    if (convert(bytes, "windows-1252", out)) return out;
    throw std::runtime_error("cannot convert text to UTF-8");
}

std::string fold_case(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.foldCase();
    return to_std(u);
}

std::string fold_for_comparison(std::string_view s) { return fold_case(normalize_whitespace(s)); }

std::string strip_diacritics(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString decomposed = nfd->normalize(u, status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
        i += U16_LENGTH(c);
    }
    return to_std(kept);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

}  // namespace inspraak::text
