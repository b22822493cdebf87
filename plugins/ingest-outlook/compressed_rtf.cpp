#include "compressed_rtf.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "little_endian.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::uint32_t kCompressed = 0x75465A4C;    // "LZFu"
constexpr std::uint32_t kUncompressed = 0x414C454D;  // "MELA"
constexpr std::size_t kHeaderSize = 16;
constexpr std::size_t kDictionarySize = 4096;

constexpr std::string_view kDictionaryStart =
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
static_assert(kDictionaryStart.size() == 207);

}  // namespace

std::string_view compressed_rtf_dictionary() { return kDictionaryStart; }

Result<std::string> decompress_rtf(std::string_view stream, std::size_t max_output) {
    if (stream.size() < kHeaderSize) return Error{"RTF-tekst is afgebroken"};
    const std::uint32_t declared_size = read_u32(stream, 0);  // counts the bytes after itself
    const std::uint32_t raw_size = read_u32(stream, 4);
    const std::uint32_t type = read_u32(stream, 8);
    if (raw_size > max_output) return Error{"RTF-tekst is te groot"};
    const std::size_t end = std::min<std::size_t>(stream.size(), std::size_t{declared_size} + 4);

    if (type == kUncompressed) {
        const std::size_t available = end > kHeaderSize ? end - kHeaderSize : 0;
        return std::string(stream.substr(kHeaderSize, std::min<std::size_t>(raw_size, available)));
    }
    if (type != kCompressed) return Error{"RTF-tekst heeft een onbekende compressie"};

    std::array<char, kDictionarySize> dictionary{};
    std::copy(kDictionaryStart.begin(), kDictionaryStart.end(), dictionary.begin());
    std::size_t write = kDictionaryStart.size();
    std::string out;
    out.reserve(std::min<std::size_t>(raw_size, std::size_t{1} << 20));
    auto emit = [&](char c) {
        out.push_back(c);
        dictionary[write] = c;
        write = (write + 1) % kDictionarySize;
    };

    std::size_t pos = kHeaderSize;
    while (pos < end && out.size() < raw_size) {
        const auto control = static_cast<unsigned char>(stream[pos++]);
        for (int bit = 0; bit < 8 && out.size() < raw_size; ++bit) {
            if ((control & (1u << bit)) == 0) {
                if (pos >= end) return out;
                emit(stream[pos++]);
                continue;
            }
            if (pos + 1 >= end) return out;
            const std::uint32_t reference = (static_cast<unsigned char>(stream[pos]) << 8) |
                                            static_cast<unsigned char>(stream[pos + 1]);
            pos += 2;
            const std::size_t offset = reference >> 4;
            const std::size_t length = (reference & 0xF) + 2;
            if (offset == write) return out;  // the end marker
            // Byte by byte: a reference may overlap the bytes it produces.
            for (std::size_t k = 0; k < length && out.size() < raw_size; ++k)
                emit(dictionary[(offset + k) % kDictionarySize]);
        }
    }
    return out;
}

}  // namespace inspraak::ingest::outlook
