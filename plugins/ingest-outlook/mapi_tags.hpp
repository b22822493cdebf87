// The MAPI property ids and types the plugin reads ([MS-OXPROPS]). A property tag is
// (id << 16) | type; .msg stream names spell it in hex: __substg1.0_<ID><TYPE>.
#pragma once

#include <cstdint>

namespace inspraak::ingest::outlook::mapi {

// Property types.
inline constexpr std::uint16_t kTypeLong = 0x0003;
inline constexpr std::uint16_t kTypeBoolean = 0x000B;
inline constexpr std::uint16_t kTypeObject = 0x000D;
inline constexpr std::uint16_t kTypeString8 = 0x001E;
inline constexpr std::uint16_t kTypeUnicode = 0x001F;
inline constexpr std::uint16_t kTypeSystime = 0x0040;
inline constexpr std::uint16_t kTypeBinary = 0x0102;

// Message properties.
inline constexpr std::uint16_t kSubject = 0x0037;
inline constexpr std::uint16_t kClientSubmitTime = 0x0039;
inline constexpr std::uint16_t kSentRepresentingName = 0x0042;
inline constexpr std::uint16_t kSentRepresentingAddrType = 0x0064;
inline constexpr std::uint16_t kSentRepresentingEmail = 0x0065;
inline constexpr std::uint16_t kTransportHeaders = 0x007D;
inline constexpr std::uint16_t kSenderName = 0x0C1A;
inline constexpr std::uint16_t kSenderAddrType = 0x0C1E;
inline constexpr std::uint16_t kSenderEmail = 0x0C1F;
inline constexpr std::uint16_t kMessageDeliveryTime = 0x0E06;
inline constexpr std::uint16_t kBody = 0x1000;
inline constexpr std::uint16_t kRtfCompressed = 0x1009;
inline constexpr std::uint16_t kBodyHtml = 0x1013;
inline constexpr std::uint16_t kInternetCodepage = 0x3FDE;
inline constexpr std::uint16_t kMessageCodepage = 0x3FFD;
inline constexpr std::uint16_t kSenderSmtpAddress = 0x5D01;
inline constexpr std::uint16_t kSentRepresentingSmtpAddress = 0x5D02;

// Attachment properties.
inline constexpr std::uint16_t kDisplayName = 0x3001;
inline constexpr std::uint16_t kAttachData = 0x3701;  // PT_BINARY, or PT_OBJECT for a message
inline constexpr std::uint16_t kAttachFilename = 0x3704;
inline constexpr std::uint16_t kAttachMethod = 0x3705;
inline constexpr std::uint16_t kAttachLongFilename = 0x3707;
inline constexpr std::uint16_t kAttachMimeTag = 0x370E;
inline constexpr std::uint16_t kAttachContentId = 0x3712;
inline constexpr std::uint16_t kAttachmentHidden = 0x7FFE;

// Recipient properties (written by the test writer).
inline constexpr std::uint16_t kRecipientType = 0x0C15;
inline constexpr std::uint16_t kSmtpAddress = 0x39FE;

// PR_ATTACH_METHOD values.
inline constexpr std::uint32_t kAttachByValue = 1;
inline constexpr std::uint32_t kAttachEmbeddedMessage = 5;

inline constexpr std::uint32_t tag(std::uint16_t id, std::uint16_t type) {
    return (static_cast<std::uint32_t>(id) << 16) | type;
}

}  // namespace inspraak::ingest::outlook::mapi
