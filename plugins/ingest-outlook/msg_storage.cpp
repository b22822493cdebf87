#include "msg_storage.hpp"

#include <array>
#include <cstdio>

#include "little_endian.hpp"
#include "mapi_tags.hpp"
#include "mapi_text.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::size_t kEntrySize = 16;

bool is_variable_size(std::uint16_t type) {
    return type == mapi::kTypeString8 || type == mapi::kTypeUnicode || type == mapi::kTypeBinary ||
           type == mapi::kTypeObject || (type & 0x1000) != 0;  // multi-valued
}

}  // namespace

std::string property_stream_name(std::uint16_t id, std::uint16_t type) {
    std::array<char, 32> name{};
    std::snprintf(name.data(), name.size(), "__substg1.0_%04X%04X", id, type);
    return name.data();
}

MsgStorage::MsgStorage(OleStorage storage, PropertyHeader header, ReadBudget& budget, std::string charset)
    : storage_(std::move(storage)), budget_(budget), charset_(std::move(charset)) {
    if (auto stream = storage_.stream("__properties_version1.0", budget_)) {
        has_properties_ = true;
        for (std::size_t at = static_cast<std::size_t>(header); at + kEntrySize <= stream->size(); at += kEntrySize) {
            const std::uint32_t tag = read_u32(*stream, at);
            if (!is_variable_size(static_cast<std::uint16_t>(tag & 0xFFFF))) fixed_[tag] = read_u64(*stream, at + 8);
        }
    }
    // An object's own code page wins over the one it inherits.
    for (std::uint16_t id : {mapi::kMessageCodepage, mapi::kInternetCodepage}) {
        if (auto codepage = fixed(id, mapi::kTypeLong)) {
            if (std::string name = codepage_charset(static_cast<std::uint32_t>(*codepage)); !name.empty()) {
                charset_ = name;
                break;
            }
        }
    }
}

std::optional<std::uint64_t> MsgStorage::fixed(std::uint16_t id, std::uint16_t type) const {
    const auto found = fixed_.find(mapi::tag(id, type));
    if (found == fixed_.end()) return std::nullopt;
    // PT_LONG and PT_BOOLEAN use the low 4 (2) bytes of the 8-byte value field.
    if (type == mapi::kTypeLong) return found->second & 0xFFFFFFFFu;
    if (type == mapi::kTypeBoolean) return found->second & 0xFFFFu;
    return found->second;
}

std::string MsgStorage::text(std::uint16_t id) const {
    if (auto unicode = storage_.stream(property_stream_name(id, mapi::kTypeUnicode), budget_))
        return utf16le_to_utf8(*unicode);
    if (auto string8 = storage_.stream(property_stream_name(id, mapi::kTypeString8), budget_))
        return string8_to_utf8(*string8, charset_);
    return {};
}

std::optional<std::string> MsgStorage::binary(std::uint16_t id) const {
    return storage_.stream(property_stream_name(id, mapi::kTypeBinary), budget_);
}

}  // namespace inspraak::ingest::outlook
