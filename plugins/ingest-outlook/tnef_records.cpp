#include "tnef_records.hpp"

#include <cstdint>
#include <set>
#include <string>

#include "little_endian.hpp"
#include "mapi_tags.hpp"
#include "reading_limits.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::size_t kSignatureAndKey = 6;
constexpr std::size_t kRecordOverhead = 1 + 4 + 4 + 2;  // level, id, length, checksum
constexpr std::uint32_t kAttachRendData = 0x00069002;   // starts a new attachment
constexpr std::uint32_t kMapiProps = 0x00069003;
constexpr std::uint32_t kAttachmentProps = 0x00069005;

const std::string kPrefix = "is geen winmail.dat (TNEF-bestand): ";

// Attributes that libytnef stores without freeing an earlier value: a second one in the same
// scope (the message, or one attachment) would leak, and real files never repeat them.
bool is_attachment_once(std::uint32_t id) {
    return id == 0x0006800F /* attAttachData */ || id == 0x00018010 /* attAttachTitle */ ||
           id == 0x00068011 /* attAttachMetaFile */ || id == kAttachmentProps;
}
bool is_message_once(std::uint32_t id) {
    return id == 0x0002800C /* attBody */ || id == 0x00069007 /* attOemCodepage */ ||
           id == 0x00008000 /* attFrom */ || id == 0x00070006 /* attOriginalMessageClass */ || id == kMapiProps;
}

// A cursor over one MAPI block that fails instead of reading past its end.
class BlockReader {
public:
    explicit BlockReader(std::string_view block) : block_(block) {}
    bool u32(std::uint32_t& value) {
        if (block_.size() - at_ < 4) return false;
        value = read_u32(block_, at_);
        at_ += 4;
        return true;
    }
    bool skip(std::size_t bytes) {
        if (bytes > block_.size() - at_) return false;
        at_ += bytes;
        return true;
    }
    bool at_end() const { return at_ == block_.size(); }

private:
    std::string_view block_;
    std::size_t at_ = 0;
};

std::size_t padded(std::size_t size) { return size + (4 - size % 4) % 4; }

// One value of a property of `type`, as libytnef's TNEFFillMapi reads it.
bool skip_value(BlockReader& reader, std::uint16_t type, bool first_of_single) {
    switch (type) {
        case mapi::kTypeBinary:
        case mapi::kTypeObject:
        case mapi::kTypeString8:
        case mapi::kTypeUnicode: {
            std::uint32_t size = 0;
            if (first_of_single && !reader.u32(size)) return false;  // the value count
            if (!reader.u32(size)) return false;
            if (size > kMaxStreamBytes) return false;
            if (type == mapi::kTypeUnicode && size > 100000) return false;  // libytnef's own limit
            return reader.skip(padded(size));
        }
        case 0x0002:  // PT_I2
        case mapi::kTypeBoolean:
        case mapi::kTypeLong:
        case 0x0004:  // PT_R4
        case 0x0006:  // PT_CURRENCY (4 bytes to libytnef)
        case 0x0007:  // PT_APPTIME (likewise)
        case 0x000A:  // PT_ERROR
            return reader.skip(4);
        case 0x0005:  // PT_DOUBLE
        case 0x0014:  // PT_I8
        case mapi::kTypeSystime:
            return reader.skip(8);
        case 0x0048:  // PT_CLSID
            return reader.skip(16);
        default:
            return false;
    }
}

bool check_mapi_block(std::string_view block) {
    BlockReader reader(block);
    std::uint32_t count = 0;
    if (!reader.u32(count) || count > 1000) return false;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t tag = 0;
        if (!reader.u32(tag)) return false;
        if ((tag >> 16) >= 0x8000) {  // a named property: GUID, then names or a number
            std::uint32_t names = 0;
            if (!reader.skip(16) || !reader.u32(names)) return false;
            if (names > 1000) return false;
            if (names == 0) {
                std::uint32_t id = 0;
                if (!reader.u32(id)) return false;
            }
            for (std::uint32_t n = 0; n < names; ++n) {
                std::uint32_t length = 0;
                if (!reader.u32(length) || length > 100 || !reader.skip(padded(length))) return false;
            }
        }
        auto type = static_cast<std::uint16_t>(tag & 0xFFFF);
        std::uint32_t values = 1;
        const bool multi = (type & 0x1000) != 0;
        if (multi) {
            type = static_cast<std::uint16_t>(type - 0x1000);
            if (!reader.u32(values) || values == 0 || values > 1000) return false;
        }
        for (std::uint32_t v = 0; v < values; ++v)
            if (!skip_value(reader, type, !multi && v == 0)) return false;
    }
    return reader.at_end();
}

}  // namespace

Result<void> check_tnef_records(std::string_view bytes) {
    if (bytes.size() < kSignatureAndKey) return Error{kPrefix + "het bestand is afgebroken"};
    std::size_t attachments = 0;
    std::set<std::uint32_t> in_message;     // the message's once-only attributes seen
    std::set<std::uint32_t> in_attachment;  // the current attachment's
    std::size_t at = kSignatureAndKey;
    while (bytes.size() - at >= kRecordOverhead) {
        const std::uint32_t id = read_u32(bytes, at + 1);
        const std::uint32_t length = read_u32(bytes, at + 5);
        if (length == 0) return Error{kPrefix + "een onderdeel is leeg"};
        if (length > kMaxStreamBytes) return Error{kPrefix + "een onderdeel is groter dan 64 MiB"};
        if (length > bytes.size() - at - kRecordOverhead) return Error{kPrefix + "het bestand is afgebroken"};
        const std::string_view data = bytes.substr(at + 9, length);
        std::uint16_t sum = 0;
        for (unsigned char c : data) sum = static_cast<std::uint16_t>(sum + c);
        if (sum != read_u16(bytes, at + 9 + length)) return Error{kPrefix + "het bestand is beschadigd (controlesom klopt niet)"};
        if (id == kAttachRendData) {
            if (++attachments > kMaxAttachments)
                return Error{kPrefix + "meer dan " + std::to_string(kMaxAttachments) + " bijlagen"};
            in_attachment.clear();
        }
        if ((is_attachment_once(id) && !in_attachment.insert(id).second) ||
            (is_message_once(id) && !in_message.insert(id).second))
            return Error{kPrefix + "het bestand is beschadigd (een onderdeel staat er twee keer in)"};
        if ((id == kMapiProps || id == kAttachmentProps) && !check_mapi_block(data))
            return Error{kPrefix + "de MAPI-eigenschappen zijn beschadigd"};
        at += kRecordOverhead + length;
    }
    if (at != bytes.size()) return Error{kPrefix + "het bestand is afgebroken"};
    return {};
}

}  // namespace inspraak::ingest::outlook
