#include "tnef_reader.hpp"

#include <cstdio>  // ytnef.h uses FILE without including it

// ytnef's headers define BYTE, WORD and DWORD as macros: they stay inside this file. They have
// no extern "C" of their own.
extern "C" {
#include <ytnef.h>
}

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

#include "compressed_rtf.hpp"
#include "inspraak/text.hpp"
#include "little_endian.hpp"
#include "mapi_text.hpp"
#include "reading_limits.hpp"
#include "rtf_text.hpp"
#include "tnef_records.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::uint32_t kTnefSignature = 0x223E9F78;

const std::string kPrefix = "is geen winmail.dat (TNEF-bestand): ";

struct TnefFree {
    void operator()(TNEFStruct* tnef) const {
        // Attachment attributes before any attAttachRendData land in the list's head, which
        // TNEFFree does not free.
        TNEFFreeAttachment(&tnef->starting_attach);
        TNEFFree(tnef);
        delete tnef;
    }
};

// A MAPI property's value, or nothing.
const variableLength* find(MAPIProps* props, unsigned int type, unsigned int id) {
    variableLength* value = MAPIFindProperty(props, PROP_TAG(type, id));
    if (value == MAPI_UNDEFINED || value == nullptr || value->data == nullptr || value->size <= 0) return nullptr;
    return value;
}

std::string bytes_of(const variableLength* value) {
    return value == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(value->data), static_cast<std::size_t>(value->size));
}

// A string property as UTF-8: libytnef has already turned PT_UNICODE into UTF-8 (without
// changing the recorded size); PT_STRING8 is in the message's code page.
std::string text_of(MAPIProps* props, unsigned int id, const std::string& charset) {
    if (const auto* unicode = find(props, PT_UNICODE, id)) {
        const auto* data = reinterpret_cast<const char*>(unicode->data);
        return std::string(data, strnlen(data, static_cast<std::size_t>(unicode->size)));
    }
    if (const auto* string8 = find(props, PT_STRING8, id)) return string8_to_utf8(bytes_of(string8), charset);
    return {};
}

std::string date_of(const dtr& date) {
    if (date.wYear < 1900 || date.wYear > 2999 || date.wMonth < 1 || date.wMonth > 12 || date.wDay < 1 || date.wDay > 31)
        return {};
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04u-%02u-%02u", unsigned{date.wYear}, unsigned{date.wMonth},
                  unsigned{date.wDay});
    return buffer.data();
}

void read_body(TNEFStruct& tnef, const std::string& charset, OutlookMessage& out) {
    MailContent& mail = out.mail;
    mail.plain = text_of(&tnef.MapiProperties, 0x1000, charset);
    if (const auto* html = find(&tnef.MapiProperties, PT_BINARY, 0x1013)) mail.html = text::to_utf8(bytes_of(html));
    if (text::trim(mail.plain).empty() && text::trim(mail.html).empty()) {
        if (const auto* compressed = find(&tnef.MapiProperties, PT_BINARY, 0x1009)) {
            auto rtf = decompress_rtf(bytes_of(compressed), kMaxRtfBytes);
            if (rtf) {
                RtfBody body = rtf_body(*rtf);
                (body.is_html ? mail.html : mail.plain) = std::move(body.text);
            } else {
                out.warnings.push_back("tekst van het bericht niet gelezen: " + rtf.error().message);
            }
        }
    }
    if (text::trim(mail.plain).empty() && text::trim(mail.html).empty() && tnef.body.data != nullptr)
        mail.plain = string8_to_utf8(bytes_of(&tnef.body), charset);
}

void read_attachments(TNEFStruct& tnef, const std::string& charset, OutlookMessage& out) {
    for (Attachment* attachment = tnef.starting_attach.next; attachment != nullptr; attachment = attachment->next) {
        MAPIProps* props = &attachment->MAPI;
        std::string name = text::normalize_whitespace(text_of(props, 0x3707, charset));
        if (name.empty() && attachment->Title.data != nullptr)
            name = text::normalize_whitespace(string8_to_utf8(bytes_of(&attachment->Title), charset));
        if (const auto* hidden = find(props, PT_BOOLEAN, 0x7FFE); hidden != nullptr && hidden->data[0] != 0) continue;
        const std::string content_id = text_of(props, 0x3712, charset);
        if (!content_id.empty() && out.mail.html.find("cid:" + content_id) != std::string::npos) continue;
        if (attachment->FileData.data == nullptr || attachment->FileData.size <= 0) {
            // An attached message (PT_OBJECT holding another TNEF stream) or a link.
            out.warnings.push_back("bijlage in winmail.dat niet gelezen: " + (name.empty() ? std::string("naamloze bijlage") : name));
            continue;
        }
        out.mail.attachments.push_back(MailAttachment{name, text::normalize_whitespace(text_of(props, 0x370E, charset)),
                                                      bytes_of(&attachment->FileData)});
    }
}

}  // namespace

bool has_tnef_signature(std::string_view bytes) { return bytes.size() >= 4 && read_u32(bytes, 0) == kTnefSignature; }

Result<OutlookMessage> read_tnef(std::string_view bytes) {
    if (!has_tnef_signature(bytes)) return Error{kPrefix + "de TNEF-handtekening ontbreekt"};
    if (auto checked = check_tnef_records(bytes); !checked) return checked.error();

    std::string buffer(bytes);  // libytnef wants a mutable buffer
    std::unique_ptr<TNEFStruct, TnefFree> tnef(new TNEFStruct{});
    TNEFInitialize(tnef.get());
    tnef->Debug = 0;
    if (TNEFParseMemory(reinterpret_cast<unsigned char*>(buffer.data()), static_cast<long>(buffer.size()), tnef.get()) != 0)
        return Error{kPrefix + "het bestand is beschadigd"};

    std::string charset;
    if (tnef->CodePage.data != nullptr && tnef->CodePage.size >= 4)
        charset = codepage_charset(read_u32(bytes_of(&tnef->CodePage), 0));
    if (auto internet = find(&tnef->MapiProperties, PT_LONG, 0x3FDE))
        if (std::string name = codepage_charset(read_u32(bytes_of(internet), 0)); !name.empty()) charset = name;

    OutlookMessage out;
    MailContent& mail = out.mail;
    if (tnef->subject.data != nullptr)
        mail.subject = text::normalize_whitespace(string8_to_utf8(bytes_of(&tnef->subject), charset));
    if (std::string unicode_subject = text_of(&tnef->MapiProperties, 0x0037, charset); !unicode_subject.empty())
        mail.subject = text::normalize_whitespace(unicode_subject);
    MAPIProps* props = &tnef->MapiProperties;
    mail.from_name = text::normalize_whitespace(text_of(props, 0x0042, charset));
    if (mail.from_name.empty()) mail.from_name = text::normalize_whitespace(text_of(props, 0x0C1A, charset));
    for (unsigned int id : {0x5D02u, 0x5D01u}) {
        if (mail.from_email.empty()) mail.from_email = std::string(text::trim(text_of(props, id, charset)));
    }
    mail.date = date_of(tnef->dateSent);
    read_body(*tnef, charset, out);
    read_attachments(*tnef, charset, out);
    return out;
}

}  // namespace inspraak::ingest::outlook
