#include "text_decoding.hpp"

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

// Control characters that never occur in text; tab, line feed, carriage return, form feed and
// the DOS end-of-file mark (0x1A) do.
bool is_binary_control(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
}

std::string drop_bom(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    return text;
}

}  // namespace

Result<std::string> decode_text_file(std::string_view bytes) {
    if (bytes.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(bytes[0]);
        const auto b1 = static_cast<unsigned char>(bytes[1]);
        if (b0 == 0xFF && b1 == 0xFE) return drop_bom(text::to_utf8(bytes.substr(2), "UTF-16LE"));
        if (b0 == 0xFE && b1 == 0xFF) return drop_bom(text::to_utf8(bytes.substr(2), "UTF-16BE"));
    }
    size_t controls = 0;
    for (char c : bytes) {
        if (c == '\0') return Error{"is geen tekstbestand: het bevat binaire gegevens (NUL-bytes)"};
        if (is_binary_control(static_cast<unsigned char>(c))) ++controls;
    }
    if (controls * 20 > bytes.size())
        return Error{"is geen tekstbestand: het bevat te veel stuurtekens"};
    return text::to_utf8(bytes);
}

}  // namespace inspraak::ingest
