// Little-endian integers from untrusted byte strings: every read is bounds checked and yields 0
// past the end, so a short buffer can never be read beyond.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace inspraak::ingest::outlook {

inline std::uint64_t read_le(std::string_view bytes, std::size_t offset, std::size_t width) {
    if (offset > bytes.size() || width > bytes.size() - offset) return 0;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < width; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
    return value;
}
inline std::uint16_t read_u16(std::string_view bytes, std::size_t offset) {
    return static_cast<std::uint16_t>(read_le(bytes, offset, 2));
}
inline std::uint32_t read_u32(std::string_view bytes, std::size_t offset) {
    return static_cast<std::uint32_t>(read_le(bytes, offset, 4));
}
inline std::uint64_t read_u64(std::string_view bytes, std::size_t offset) { return read_le(bytes, offset, 8); }

}  // namespace inspraak::ingest::outlook
