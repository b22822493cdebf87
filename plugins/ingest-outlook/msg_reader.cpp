#include "msg_reader.hpp"

#include <algorithm>

#include "compressed_rtf.hpp"
#include "embedded_message_file.hpp"
#include "inspraak/dates.hpp"
#include "inspraak/text.hpp"
#include "mapi_tags.hpp"
#include "mapi_text.hpp"
#include "msg_storage.hpp"
#include "rtf_text.hpp"
#include "transport_headers.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kAttachmentPrefix = "__attach_version1.0_#";
const std::string kEmbeddedMessageStorage = "__substg1.0_3701000D";
const std::string kNamedPropertiesStorage = "__nameid_version1.0";

std::string first_non_empty(std::initializer_list<std::string> values) {
    for (const auto& value : values)
        if (!text::trim(value).empty()) return std::string(text::trim(value));
    return {};
}

// The address when the address type says it is an SMTP address (not an Exchange DN).
std::string smtp_only(const MsgStorage& message, std::uint16_t address_id, std::uint16_t type_id) {
    return text::fold_case(message.text(type_id)) == "smtp" ? message.text(address_id) : std::string();
}

// The From of the mail: who it was sent as (PR_SENT_REPRESENTING_*), else who sent it.
void read_sender(const MsgStorage& message, MailContent& mail) {
    mail.from_name = text::normalize_whitespace(
        first_non_empty({message.text(mapi::kSentRepresentingName), message.text(mapi::kSenderName)}));
    mail.from_email = first_non_empty({
        message.text(mapi::kSentRepresentingSmtpAddress),
        smtp_only(message, mapi::kSentRepresentingEmail, mapi::kSentRepresentingAddrType),
        message.text(mapi::kSenderSmtpAddress),
        smtp_only(message, mapi::kSenderEmail, mapi::kSenderAddrType),
    });
    if (mail.from_name == mail.from_email) mail.from_name.clear();  // as the e-mail plugin does
}

void read_date(const MsgStorage& message, const std::string& headers, MailContent& mail) {
    // The Date header has the sender's own clock, as the e-mail plugin reads it; the MAPI times
    // are UTC.
    if (auto from_header = dates::find_date(header_value(headers, "Date"))) {
        mail.date = *from_header;
        return;
    }
    for (std::uint16_t id : {mapi::kClientSubmitTime, mapi::kMessageDeliveryTime}) {
        if (auto time = message.fixed(id, mapi::kTypeSystime)) {
            mail.date = filetime_to_date(*time);
            if (!mail.date.empty()) return;
        }
    }
}

std::string html_body(const MsgStorage& message) {
    // Usually PT_BINARY in the Internet code page; some writers store it as a string.
    if (auto bytes = message.binary(mapi::kBodyHtml)) {
        std::string charset;
        if (auto codepage = message.fixed(mapi::kInternetCodepage, mapi::kTypeLong))
            charset = codepage_charset(static_cast<std::uint32_t>(*codepage));
        return text::to_utf8(*bytes, charset);
    }
    return message.text(mapi::kBodyHtml);
}

void read_body(const MsgStorage& message, MailContent& mail, std::vector<std::string>& warnings) {
    mail.plain = message.text(mapi::kBody);
    mail.html = html_body(message);
    if (!text::trim(mail.plain).empty() || !text::trim(mail.html).empty()) return;
    auto compressed = message.binary(mapi::kRtfCompressed);
    if (!compressed) return;
    auto rtf = decompress_rtf(*compressed, kMaxRtfBytes);
    if (!rtf) {
        warnings.push_back("tekst van het bericht niet gelezen: " + rtf.error().message);
        return;
    }
    RtfBody body = rtf_body(*rtf);
    (body.is_html ? mail.html : mail.plain) = std::move(body.text);
}

std::string file_name_from_subject(std::string subject) {
    for (char& c : subject)
        if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 0x20) c = '_';
    subject = text::normalize_whitespace(subject);
    if (subject.size() > 120) subject.resize(120);  // may cut a UTF-8 sequence; to_utf8 repairs
    subject = text::to_utf8(subject);
    return (subject.empty() ? std::string("doorgestuurd bericht") : subject) + ".msg";
}

class AttachmentReader {
public:
    AttachmentReader(const MsgStorage& message, OutlookMessage& out) : message_(message), out_(out) {}

    void read_all() {
        std::vector<std::string> names;
        for (auto& name : message_.storage().child_names())
            if (name.starts_with(kAttachmentPrefix)) names.push_back(std::move(name));
        std::sort(names.begin(), names.end());
        if (names.size() > kMaxAttachments) {
            out_.warnings.push_back("bericht heeft " + std::to_string(names.size()) + " bijlagen; alleen de eerste " +
                                     std::to_string(kMaxAttachments) + " zijn gelezen");
            names.resize(kMaxAttachments);
        }
        for (const auto& name : names)
            if (auto storage = message_.storage().storage(name))
                read_one(MsgStorage(std::move(*storage), PropertyHeader::attachment_or_recipient, message_.budget(),
                                    message_.charset()));
    }

private:
    void read_one(const MsgStorage& attachment) {
        const auto method = attachment.fixed(mapi::kAttachMethod, mapi::kTypeLong);
        if (auto inner = attachment.storage().storage(kEmbeddedMessageStorage)) {
            // The same storage name holds an OLE object (method 6) as well: only a message is read.
            if (!method || *method == mapi::kAttachEmbeddedMessage) {
                read_message(*inner);
            } else {
                out_.warnings.emplace_back("ingesloten object overgeslagen");
            }
            return;
        }
        if (method && *method == mapi::kAttachEmbeddedMessage) {
            out_.warnings.emplace_back("bijgevoegd bericht niet gelezen");
            return;
        }
        const std::string name = first_non_empty({attachment.text(mapi::kAttachLongFilename),
                                                  attachment.text(mapi::kAttachFilename),
                                                  attachment.text(mapi::kDisplayName)});
        if (is_inline_image(attachment)) return;
        auto data = attachment.binary(mapi::kAttachData);
        if (!data) {
            // By reference, OLE objects and the like: no bytes in the file.
            out_.warnings.push_back("bijlage zonder inhoud overgeslagen: " + (name.empty() ? "naamloze bijlage" : name));
            return;
        }
        out_.mail.attachments.push_back(
            MailAttachment{name, text::normalize_whitespace(attachment.text(mapi::kAttachMimeTag)), std::move(*data)});
    }

    // A picture of the HTML body (a logo, a picture in a signature): hidden, or referenced by
    // its content id. Such parts are not input, as in the e-mail plugin.
    bool is_inline_image(const MsgStorage& attachment) const {
        if (auto hidden = attachment.fixed(mapi::kAttachmentHidden, mapi::kTypeBoolean); hidden && *hidden != 0) return true;
        const std::string content_id = attachment.text(mapi::kAttachContentId);
        return !content_id.empty() && out_.mail.html.find("cid:" + content_id) != std::string::npos;
    }

    void read_message(const OleStorage& inner) {
        const MsgStorage message(inner, PropertyHeader::embedded_message, message_.budget(), message_.charset());
        const std::string subject = text::normalize_whitespace(message.text(mapi::kSubject));
        const auto named = root_named_properties();
        out_.mail.attachments.push_back(MailAttachment{file_name_from_subject(subject), "application/vnd.ms-outlook",
                                                       embedded_message_file(inner, named, message_.budget())});
    }

    std::optional<OleStorage> root_named_properties() const {
        return message_.storage().storage(kNamedPropertiesStorage);
    }

    const MsgStorage& message_;
    OutlookMessage& out_;
};

}  // namespace

bool has_ole_signature(std::string_view bytes) { return bytes.starts_with(kOleSignature); }

Result<OutlookMessage> read_msg(std::string_view bytes) {
    const std::string prefix = "is geen Outlook-bericht (.msg): ";
    if (!has_ole_signature(bytes)) return Error{prefix + "het bestand is geen OLE-bestand"};
    auto root = OleStorage::open_root(bytes);
    if (!root) return Error{prefix + root.error().message};
    try {
        ReadBudget budget;
        const MsgStorage message(std::move(*root), PropertyHeader::top_level_message, budget);
        if (!message.has_properties())
            return Error{prefix + "de eigenschappen van het bericht ontbreken (misschien een ander Office-bestand)"};
        OutlookMessage out;
        MailContent& mail = out.mail;
        read_sender(message, mail);
        mail.subject = text::normalize_whitespace(message.text(mapi::kSubject));
        const std::string headers = message.text(mapi::kTransportHeaders);
        mail.organisation = header_value(headers, "Organization");
        if (mail.organisation.empty()) mail.organisation = header_value(headers, "Organisation");
        read_date(message, headers, mail);
        read_body(message, mail, out.warnings);
        AttachmentReader(message, out).read_all();
        return out;
    } catch (const UnreadableMessage& e) {
        return Error{prefix + e.what()};
    }
}

}  // namespace inspraak::ingest::outlook
