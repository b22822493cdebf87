// Bytes as lower-case hex digits, two per byte: digests, random tokens, PostgreSQL's BYTEA input.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::core {

inline std::string lower_hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

}  // namespace inspraak::core
