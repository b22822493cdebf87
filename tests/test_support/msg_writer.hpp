// Writes Outlook .msg files ([MS-OXMSG]) for tests, with libgsf's OLE2 writer: there is no
// Outlook on the build machine. Strings are given in UTF-8 and stored as Outlook stores them
// (PT_UNICODE as UTF-16LE, or PT_STRING8 in windows-1252).
//
//   inspraak::test::MsgMessage mail;
//   mail.subject = "Reactie op het kader";
//   mail.sender_name = "Petra de Vries";
//   mail.sender_email = "petra@example.nl";
//   mail.date = "2024-12-12 09:15:00";  // UTC
//   mail.plain_body = "Geachte heer, mevrouw, ...";
//   mail.attachments.push_back({"advies.pdf", pdf_bytes, "application/pdf"});
//   std::string bytes = inspraak::test::msg_file(mail);
//
// Layout written: the root's `__properties_version1.0` (32-byte header; 24 for an attached
// message, 8 for attachments and recipients), `__substg1.0_<ID><TYPE>` streams for strings and
// binaries, one recipient `__recip_version1.0_#00000000`, `__attach_version1.0_#<n>` storages
// and an (empty) `__nameid_version1.0` storage at the top.
#pragma once

#include <glib.h>
#include <gsf/gsf.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace inspraak::test {

// ---------------------------------------------------------------- compressed RTF ([MS-OXRTFCP])

// The CRC-32 of [MS-OXRTFCP] 3.1.3.2: the usual table, but starting from 0 and not inverted.
inline std::uint32_t rtf_crc(std::string_view data) {
    std::uint32_t crc = 0;
    for (unsigned char byte : data) {
        std::uint32_t c = (crc ^ byte) & 0xFF;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc = c ^ (crc >> 8);
    }
    return crc;
}

inline void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
inline void put_u16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}
inline void put_u64(std::string& out, std::uint64_t v) {
    put_u32(out, static_cast<std::uint32_t>(v));
    put_u32(out, static_cast<std::uint32_t>(v >> 32));
}

// The RTF as an LZFu-compressed PR_RTF_COMPRESSED stream: greedy longest matches against the
// 4 KiB dictionary (only sources wholly behind the write position), then the end marker.
inline std::string lzfu_compress(std::string_view rtf) {
    static constexpr std::string_view kStart =
        "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
        "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
        "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
    std::array<char, 4096> dict{};
    std::copy(kStart.begin(), kStart.end(), dict.begin());
    std::size_t write = kStart.size();
    std::string data;
    std::size_t control_at = 0;
    int bit = 8;
    auto next_token = [&](bool reference) {
        if (bit == 8) {
            control_at = data.size();
            data.push_back('\0');
            bit = 0;
        }
        if (reference) data[control_at] = static_cast<char>(data[control_at] | (1 << bit));
        ++bit;
    };
    for (std::size_t i = 0; i < rtf.size();) {
        std::size_t best_length = 0;
        std::size_t best_offset = 0;
        for (std::size_t offset = 0; offset < dict.size(); ++offset) {
            const std::size_t behind = (write + dict.size() - offset) % dict.size();
            if (behind == 0) continue;
            std::size_t length = 0;
            while (length < 17 && length < behind && i + length < rtf.size() &&
                   dict[(offset + length) % dict.size()] == rtf[i + length])
                ++length;
            if (length > best_length) {
                best_length = length;
                best_offset = offset;
            }
        }
        if (best_length >= 2) {
            next_token(true);
            const auto reference = static_cast<std::uint16_t>((best_offset << 4) | (best_length - 2));
            data.push_back(static_cast<char>(reference >> 8));
            data.push_back(static_cast<char>(reference & 0xFF));
        } else {
            best_length = 1;
            next_token(false);
            data.push_back(rtf[i]);
        }
        for (std::size_t k = 0; k < best_length; ++k) {
            dict[write] = rtf[i + k];
            write = (write + 1) % dict.size();
        }
        i += best_length;
    }
    next_token(true);  // the end marker: a reference to the write position itself
    const auto end = static_cast<std::uint16_t>(write << 4);
    data.push_back(static_cast<char>(end >> 8));
    data.push_back(static_cast<char>(end & 0xFF));

    std::string out;
    put_u32(out, static_cast<std::uint32_t>(data.size() + 12));
    put_u32(out, static_cast<std::uint32_t>(rtf.size()));
    put_u32(out, 0x75465A4C);  // "LZFu"
    put_u32(out, rtf_crc(data));
    return out + data;
}

// The RTF as an uncompressed ("MELA") PR_RTF_COMPRESSED stream.
inline std::string lzfu_uncompressed(std::string_view rtf) {
    std::string out;
    put_u32(out, static_cast<std::uint32_t>(rtf.size() + 12));
    put_u32(out, static_cast<std::uint32_t>(rtf.size()));
    put_u32(out, 0x414C454D);  // "MELA"
    put_u32(out, 0);
    return out.append(rtf);
}

// ---------------------------------------------------------------- the message

struct MsgAttachment {
    MsgAttachment() = default;
    MsgAttachment(std::string name_, std::string bytes_, std::string mime_type_ = {}, std::string content_id_ = {},
                  bool hidden_ = false)
        : name(std::move(name_)), bytes(std::move(bytes_)), mime_type(std::move(mime_type_)),
          content_id(std::move(content_id_)), hidden(hidden_) {}

    std::string name;        // PR_ATTACH_LONG_FILENAME, PR_ATTACH_FILENAME, PR_DISPLAY_NAME
    std::string bytes;       // PR_ATTACH_DATA_BIN
    std::string mime_type;   // PR_ATTACH_MIME_TAG, when not empty
    std::string content_id;  // PR_ATTACH_CONTENT_ID: an inline image the HTML refers to as cid:<id>
    bool hidden = false;     // PR_ATTACHMENT_HIDDEN
};

enum class MsgStrings { unicode, string8 };  // PT_UNICODE, or PT_STRING8 in windows-1252
enum class MsgRtf { compressed, uncompressed };

struct MsgMessage {
    std::string subject;
    std::string sender_name;
    std::string sender_email;  // written as SMTP sender and sent-representing address
    std::string date;          // "YYYY-MM-DD HH:MM:SS" in UTC: PR_CLIENT_SUBMIT_TIME; empty for none
    std::string plain_body;    // PR_BODY, when not empty
    std::string html_body;     // PR_BODY_HTML (PT_BINARY, UTF-8, PR_INTERNET_CPID 65001), when not empty
    std::string rtf_body;      // RTF source for PR_RTF_COMPRESSED, when not empty
    MsgRtf rtf_form = MsgRtf::compressed;
    MsgStrings strings = MsgStrings::unicode;
    std::string transport_headers;  // PR_TRANSPORT_MESSAGE_HEADERS, when not empty
    std::vector<MsgAttachment> attachments;
    std::vector<MsgMessage> attached_messages;  // written after the attachments, method 5
};

namespace msg_detail {

constexpr std::uint16_t kLong = 0x0003, kBoolean = 0x000B, kObject = 0x000D, kString8 = 0x001E,
                        kUnicode = 0x001F, kSystime = 0x0040, kBinary = 0x0102;

inline std::string convert(std::string_view utf8, const char* to) {
    gsize written = 0;
    GError* error = nullptr;
    gchar* converted = g_convert(utf8.data(), static_cast<gssize>(utf8.size()), to, "UTF-8", nullptr, &written, &error);
    if (converted == nullptr) {
        std::string message = error != nullptr ? error->message : "g_convert failed";
        if (error != nullptr) g_error_free(error);
        throw std::runtime_error("msg_writer: " + message);
    }
    std::string out(converted, written);
    g_free(converted);
    return out;
}

// "YYYY-MM-DD HH:MM:SS" (UTC) as a FILETIME.
inline std::uint64_t filetime(const std::string& date) {
    std::tm tm{};
    if (std::sscanf(date.c_str(), "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                    &tm.tm_sec) < 3)
        throw std::runtime_error("msg_writer: bad date " + date);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::int64_t seconds = timegm(&tm);
    return static_cast<std::uint64_t>(seconds + 11644473600LL) * 10000000ULL;
}

// Closes an output before dropping the reference, as libgsf wants.
struct Output {
    GsfOutput* output;
    explicit Output(GsfOutput* o) : output(o) {
        if (o == nullptr) throw std::runtime_error("msg_writer: cannot create an OLE child");
    }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    ~Output() {
        if (!gsf_output_is_closed(output)) gsf_output_close(output);
        g_object_unref(output);
    }
    GsfOutfile* storage() const { return GSF_OUTFILE(output); }
};

inline void write_stream(GsfOutfile* parent, const std::string& name, const std::string& bytes) {
    Output stream(gsf_outfile_new_child(parent, name.c_str(), FALSE));
    if (!bytes.empty()) gsf_output_write(stream.output, bytes.size(), reinterpret_cast<const guint8*>(bytes.data()));
}

inline std::string stream_name(std::uint16_t id, std::uint16_t type) {
    std::array<char, 32> name{};
    std::snprintf(name.data(), name.size(), "__substg1.0_%04X%04X", id, type);
    return name.data();
}

// One object's properties: the fixed ones go into the property stream, the others into streams.
class Properties {
public:
    Properties(GsfOutfile* storage, MsgStrings strings) : storage_(storage), strings_(strings) {}

    void fixed(std::uint16_t id, std::uint16_t type, std::uint64_t value) { entry(id, type, value); }
    void text(std::uint16_t id, const std::string& utf8) {
        if (strings_ == MsgStrings::unicode) {
            const std::string bytes = convert(utf8, "UTF-16LE");
            write_stream(storage_, stream_name(id, kUnicode), bytes);
            entry(id, kUnicode, bytes.size() + 2);  // the size counts the terminator
        } else {
            const std::string bytes = convert(utf8, "WINDOWS-1252");
            write_stream(storage_, stream_name(id, kString8), bytes);
            entry(id, kString8, bytes.size() + 1);
        }
    }
    void binary(std::uint16_t id, const std::string& bytes) {
        write_stream(storage_, stream_name(id, kBinary), bytes);
        entry(id, kBinary, bytes.size());
    }
    void object(std::uint16_t id) { entry(id, kObject, 0xFFFFFFFFu); }

    // The property stream, after a header of `header_size` bytes (`header` gives its start).
    void finish(std::size_t header_size, const std::string& header = {}) {
        std::string stream = header;
        stream.resize(header_size, '\0');
        write_stream(storage_, "__properties_version1.0", stream + entries_);
    }

private:
    void entry(std::uint16_t id, std::uint16_t type, std::uint64_t value) {
        put_u32(entries_, (static_cast<std::uint32_t>(id) << 16) | type);
        put_u32(entries_, 0x00000006);  // PROPATTR_READABLE | PROPATTR_WRITABLE
        put_u64(entries_, value);
    }

    GsfOutfile* storage_;
    MsgStrings strings_;
    std::string entries_;
};

inline std::string index_name(const char* prefix, std::size_t index) {
    std::array<char, 64> name{};
    std::snprintf(name.data(), name.size(), "%s%08X", prefix, static_cast<unsigned>(index));
    return name.data();
}

inline void write_message(GsfOutfile* root, const MsgMessage& m, bool top_level);

inline void write_attachment(GsfOutfile* root, std::size_t index, const MsgAttachment& a, MsgStrings strings) {
    Output storage(gsf_outfile_new_child(root, index_name("__attach_version1.0_#", index).c_str(), TRUE));
    Properties p(storage.storage(), strings);
    p.fixed(0x0E21, kLong, index);  // PR_ATTACH_NUM
    p.fixed(0x3705, kLong, 1);      // PR_ATTACH_METHOD: by value
    p.fixed(0x370B, kLong, 0xFFFFFFFFu);  // PR_RENDERING_POSITION: none
    p.text(0x3707, a.name);
    p.text(0x3704, a.name);
    p.text(0x3001, a.name);
    p.binary(0x3701, a.bytes);
    if (!a.mime_type.empty()) p.text(0x370E, a.mime_type);
    if (!a.content_id.empty()) p.text(0x3712, a.content_id);
    p.fixed(0x7FFE, kBoolean, a.hidden ? 1 : 0);
    p.finish(8);
}

inline void write_attached_message(GsfOutfile* root, std::size_t index, const MsgMessage& m, MsgStrings strings) {
    Output storage(gsf_outfile_new_child(root, index_name("__attach_version1.0_#", index).c_str(), TRUE));
    Properties p(storage.storage(), strings);
    p.fixed(0x0E21, kLong, index);
    p.fixed(0x3705, kLong, 5);  // PR_ATTACH_METHOD: embedded message
    p.text(0x3001, m.subject);
    p.object(0x3701);
    {
        Output inner(gsf_outfile_new_child(storage.storage(), "__substg1.0_3701000D", TRUE));
        write_message(inner.storage(), m, false);
    }
    p.finish(8);
}

inline void write_recipient(GsfOutfile* root, MsgStrings strings) {
    Output storage(gsf_outfile_new_child(root, "__recip_version1.0_#00000000", TRUE));
    Properties p(storage.storage(), strings);
    p.fixed(0x3000, kLong, 0);  // PR_ROWID
    p.fixed(0x0C15, kLong, 1);  // PR_RECIPIENT_TYPE: To
    p.text(0x3001, "Gemeente, team inspraak");
    p.text(0x3002, "SMTP");
    p.text(0x3003, "inspraak@gemeente.example");
    p.text(0x39FE, "inspraak@gemeente.example");
    p.finish(8);
}

inline void write_message(GsfOutfile* root, const MsgMessage& m, bool top_level) {
    // IPM.Note's CLSID {00020D0B-0000-0000-C000-000000000046}, as Outlook writes it.
    static constexpr std::array<guint8, 16> kMessageClsid{0x0B, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
                                                         0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
    if (top_level) gsf_outfile_msole_set_class_id(GSF_OUTFILE_MSOLE(root), kMessageClsid.data());
    Properties p(root, m.strings);
    p.text(0x001A, "IPM.Note");  // PR_MESSAGE_CLASS
    if (!m.subject.empty()) p.text(0x0037, m.subject);
    if (!m.sender_name.empty()) {
        p.text(0x0C1A, m.sender_name);  // PR_SENDER_NAME
        p.text(0x0042, m.sender_name);  // PR_SENT_REPRESENTING_NAME
    }
    if (!m.sender_email.empty()) {
        p.text(0x0C1E, "SMTP");
        p.text(0x0C1F, m.sender_email);
        p.text(0x5D01, m.sender_email);  // PR_SENDER_SMTP_ADDRESS
        p.text(0x0064, "SMTP");
        p.text(0x0065, m.sender_email);
    }
    if (!m.date.empty()) {
        p.fixed(0x0039, kSystime, filetime(m.date));  // PR_CLIENT_SUBMIT_TIME
        p.fixed(0x0E06, kSystime, filetime(m.date));  // PR_MESSAGE_DELIVERY_TIME
    }
    p.fixed(0x3FFD, kLong, 1252);  // PR_MESSAGE_CODEPAGE: for the PT_STRING8 strings
    p.fixed(0x340D, kLong, m.strings == MsgStrings::unicode ? 0x00040000u : 0u);  // STORE_UNICODE_OK
    if (!m.plain_body.empty()) p.text(0x1000, m.plain_body);
    if (!m.html_body.empty()) {
        p.fixed(0x3FDE, kLong, 65001);  // PR_INTERNET_CPID: the HTML's bytes are UTF-8
        p.binary(0x1013, m.html_body);
    }
    if (!m.rtf_body.empty())
        p.binary(0x1009, m.rtf_form == MsgRtf::compressed ? lzfu_compress(m.rtf_body) : lzfu_uncompressed(m.rtf_body));
    if (!m.transport_headers.empty()) p.text(0x007D, m.transport_headers);

    write_recipient(root, m.strings);
    std::size_t index = 0;
    for (const auto& a : m.attachments) write_attachment(root, index++, a, m.strings);
    for (const auto& inner : m.attached_messages) write_attached_message(root, index++, inner, m.strings);

    std::string header(8, '\0');
    put_u32(header, 1);                                   // next recipient id
    put_u32(header, static_cast<std::uint32_t>(index));   // next attachment id
    put_u32(header, 1);                                   // recipient count
    put_u32(header, static_cast<std::uint32_t>(index));   // attachment count
    p.finish(top_level ? 32 : 24, header);

    if (top_level) {
        Output nameid(gsf_outfile_new_child(root, "__nameid_version1.0", TRUE));
        write_stream(nameid.storage(), "__substg1.0_00020102", {});  // GUIDs
        write_stream(nameid.storage(), "__substg1.0_00030102", {});  // entries
        write_stream(nameid.storage(), "__substg1.0_00040102", {});  // names
    }
}

}  // namespace msg_detail

// The .msg file's bytes.
inline std::string msg_file(const MsgMessage& message) {
    GsfOutput* sink = gsf_output_memory_new();
    std::string bytes;
    {
        msg_detail::Output root(GSF_OUTPUT(gsf_outfile_msole_new(sink)));
        msg_detail::write_message(root.storage(), message, true);
    }  // closing the root writes the file into the sink and closes it
    if (!gsf_output_is_closed(sink)) gsf_output_close(sink);
    const guint8* data = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(sink));
    bytes.assign(reinterpret_cast<const char*>(data), static_cast<std::size_t>(gsf_output_size(sink)));
    g_object_unref(sink);
    return bytes;
}

}  // namespace inspraak::test
