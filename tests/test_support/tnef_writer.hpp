// Writes winmail.dat (TNEF) files for tests ([MS-OXTNEF]): the signature, a key, then attribute
// records (level, attribute id, length, data, checksum). Strings are written as given (use
// windows-1252 bytes, or plain ASCII).
//
//   inspraak::test::TnefMessage message;
//   message.subject = "Reactie";
//   message.rtf_body = "{\\rtf1\\ansi ... }";   // PR_RTF_COMPRESSED in the MAPI properties
//   message.attachments = {{"brief.docx", docx_bytes}, {"foto.jpg", jpeg_bytes}};
//   std::string bytes = inspraak::test::tnef_file(message);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "msg_writer.hpp"  // lzfu_compress, put_u16/put_u32

namespace inspraak::test {

struct TnefAttachment {
    std::string name;   // attAttachTitle and PR_ATTACH_LONG_FILENAME
    std::string bytes;  // attAttachData (must not be empty: TNEF has no empty attributes)
};

struct TnefMessage {
    std::string subject;     // attSubject
    std::string date;        // "YYYY-MM-DD": attDateSent; empty for none
    std::string plain_body;  // attBody, when not empty
    std::string rtf_body;    // RTF source: PR_RTF_COMPRESSED (LZFu) in attMAPIProps, when not empty
    std::string sender_name;   // PR_SENDER_NAME in attMAPIProps, when not empty
    std::string sender_email;  // PR_SENDER_SMTP_ADDRESS in attMAPIProps, when not empty
    std::vector<TnefAttachment> attachments;
};

namespace tnef_detail {

constexpr std::uint8_t kMessageLevel = 1;
constexpr std::uint8_t kAttachmentLevel = 2;

inline void record(std::string& out, std::uint8_t level, std::uint32_t id, const std::string& data) {
    out.push_back(static_cast<char>(level));
    put_u32(out, id);
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    out += data;
    std::uint16_t sum = 0;
    for (unsigned char c : data) sum = static_cast<std::uint16_t>(sum + c);
    put_u16(out, sum);
}

// A MAPI property of a variable-size type: tag, value count 1, size, bytes padded to 4.
inline void mapi_variable(std::string& props, std::uint16_t id, std::uint16_t type, const std::string& value) {
    put_u32(props, (static_cast<std::uint32_t>(id) << 16) | type);
    put_u32(props, 1);
    put_u32(props, static_cast<std::uint32_t>(value.size()));
    props += value;
    props.append((4 - value.size() % 4) % 4, '\0');
}

inline void mapi_long(std::string& props, std::uint16_t id, std::uint32_t value) {
    put_u32(props, (static_cast<std::uint32_t>(id) << 16) | 0x0003);
    put_u32(props, value);
}

}  // namespace tnef_detail

inline std::string tnef_file(const TnefMessage& message) {
    using namespace tnef_detail;
    std::string out;
    put_u32(out, 0x223E9F78);  // signature
    put_u16(out, 0x0001);      // key
    std::string version;
    put_u32(version, 0x00010000);
    record(out, kMessageLevel, 0x00089006, version);  // attTnefVersion
    std::string codepage;
    put_u32(codepage, 1252);
    put_u32(codepage, 0);
    record(out, kMessageLevel, 0x00069007, codepage);  // attOemCodepage
    record(out, kMessageLevel, 0x00078008, std::string("IPM.Microsoft Mail.Note") + '\0');  // attMessageClass
    if (!message.subject.empty()) record(out, kMessageLevel, 0x00018004, message.subject + '\0');  // attSubject
    if (!message.date.empty()) {
        int year = 0, month = 0, day = 0;
        std::sscanf(message.date.c_str(), "%d-%d-%d", &year, &month, &day);
        std::string dtr;
        for (int v : {year, month, day, 12, 0, 0, 1}) put_u16(dtr, static_cast<std::uint16_t>(v));
        record(out, kMessageLevel, 0x00038005, dtr);  // attDateSent
    }
    if (!message.plain_body.empty()) record(out, kMessageLevel, 0x0002800C, message.plain_body);  // attBody

    std::string props;
    std::uint32_t count = 0;
    if (!message.rtf_body.empty()) {
        mapi_variable(props, 0x1009, 0x0102, lzfu_compress(message.rtf_body));
        ++count;
    }
    if (!message.sender_name.empty()) {
        mapi_variable(props, 0x0C1A, 0x001E, message.sender_name + '\0');
        ++count;
    }
    if (!message.sender_email.empty()) {
        mapi_variable(props, 0x5D01, 0x001E, message.sender_email + '\0');
        ++count;
    }
    if (count > 0) {
        std::string block;
        put_u32(block, count);
        record(out, kMessageLevel, 0x00069003, block + props);  // attMAPIProps
    }

    for (const auto& attachment : message.attachments) {
        std::string rend;
        put_u16(rend, 1);            // atyp: a file
        put_u32(rend, 0xFFFFFFFF);   // position: not rendered in the body
        put_u16(rend, 0);
        put_u16(rend, 0);
        put_u32(rend, 0);
        record(out, kAttachmentLevel, 0x00069002, rend);                             // attAttachRendData
        record(out, kAttachmentLevel, 0x00018010, attachment.name + '\0');          // attAttachTitle
        record(out, kAttachmentLevel, 0x0006800F, attachment.bytes);                // attAttachData
        std::string attachment_props;
        put_u32(attachment_props, 2);
        mapi_long(attachment_props, 0x3705, 1);                                     // PR_ATTACH_METHOD
        mapi_variable(attachment_props, 0x3707, 0x001E, attachment.name + '\0');    // PR_ATTACH_LONG_FILENAME
        record(out, kAttachmentLevel, 0x00069005, attachment_props);                // attAttachment
    }
    return out;
}

}  // namespace inspraak::test
