#include "mime_message.hpp"

#include <gmime/gmime.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

struct GObjectUnref {
    void operator()(gpointer object) const {
        if (object != nullptr) g_object_unref(object);
    }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct ParserOptionsFree {
    void operator()(GMimeParserOptions* options) const { g_mime_parser_options_free(options); }
};

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string or_empty(const char* s) { return s != nullptr ? std::string(s) : std::string(); }

// RFC 3676: a line ending in a space continues on the next one; with delsp=yes that space was
// added by the sender's client and goes. The signature separator "-- " is never soft.
std::string unflow(std::string_view body, bool delete_space) {
    std::string out;
    for (std::string_view line : text::split_lines(body)) {
        if (!line.empty() && line.front() == ' ') line.remove_prefix(1);  // space-stuffing
        const bool soft = !line.empty() && line.back() == ' ' && line != "-- ";
        if (soft && delete_space) line.remove_suffix(1);
        out.append(line);
        if (!soft) out.push_back('\n');
    }
    return out;
}

// Charsets as mail clients declare them; iso-8859-1 is written by clients that mean
// windows-1252 (curly quotes, euro sign), and us-ascii often hides 8-bit UTF-8.
std::string effective_charset(const char* declared) {
    std::string charset = ascii_lower(or_empty(declared));
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "iso_8859-1") return "windows-1252";
    if (charset == "us-ascii" || charset == "ascii") return {};
    return charset;
}

std::string decoded_text(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) return {};
    GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
    // Writing the data wrapper undoes the transfer encoding (base64, quoted-printable).
    g_mime_data_wrapper_write_to_stream(content, sink.get());
    GByteArray* array = g_mime_stream_mem_get_byte_array(reinterpret_cast<GMimeStreamMem*>(sink.get()));
    std::string raw(reinterpret_cast<const char*>(array->data), array->len);

    GMimeObject* object = reinterpret_cast<GMimeObject*>(part);
    std::string utf8 = text::to_utf8(raw, effective_charset(g_mime_object_get_content_type_parameter(object, "charset")));
    if (ascii_lower(or_empty(g_mime_object_get_content_type_parameter(object, "format"))) == "flowed") {
        const bool delsp = ascii_lower(or_empty(g_mime_object_get_content_type_parameter(object, "delsp"))) == "yes";
        utf8 = unflow(utf8, delsp);
    }
    return utf8;
}

std::string media_type_of(GMimeObject* object) {
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (type == nullptr) return {};
    return ascii_lower(or_empty(g_mime_content_type_get_media_type(type))) + "/" +
           ascii_lower(or_empty(g_mime_content_type_get_media_subtype(type)));
}

std::string stream_bytes(GMimeStream* stream) {
    GByteArray* array = g_mime_stream_mem_get_byte_array(reinterpret_cast<GMimeStreamMem*>(stream));
    return array != nullptr ? std::string(reinterpret_cast<const char*>(array->data), array->len) : std::string();
}

// The attached file's own bytes: the data wrapper undoes base64 or quoted-printable.
std::string decoded_bytes(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) return {};
    GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, sink.get());
    return stream_bytes(sink.get());
}

// An attached message as an .eml file of its own, for the host to read like any other mail.
std::string message_bytes(GMimeMessage* message) {
    GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(reinterpret_cast<GMimeObject*>(message), nullptr, sink.get());
    return stream_bytes(sink.get());
}

struct Bodies {
    std::string plain;
    std::string html;
};

void append_paragraph(std::string& to, const std::string& more) {
    if (text::trim(more).empty()) return;
    if (!to.empty()) to += "\n\n";
    to += more;
}

class BodyCollector {
public:
    explicit BodyCollector(MailContent& mail) : mail_(mail) {}

    Bodies collect(GMimeObject* object, int depth = 0) {
        Bodies found;
        if (object == nullptr || depth > 20) return found;
        if (GMIME_IS_MESSAGE_PART(object)) {
            // A mail attached to the mail: named by its subject.
            GMimeMessage* inner = g_mime_message_part_get_message(reinterpret_cast<GMimeMessagePart*>(object));
            if (inner == nullptr) return found;
            std::string subject = text::normalize_whitespace(or_empty(g_mime_message_get_subject(inner)));
            mail_.attachments.push_back(MailAttachment{
                (subject.empty() ? std::string("doorgestuurd bericht") : subject) + ".eml", "message/rfc822",
                message_bytes(inner)});
            return found;
        }
        if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
            mail_.encrypted = true;
            return found;
        }
        if (GMIME_IS_MULTIPART(object)) return collect_multipart(object, depth);
        if (GMIME_IS_PART(object)) collect_part(reinterpret_cast<GMimePart*>(object), found);
        return found;
    }

private:
    Bodies collect_multipart(GMimeObject* object, int depth) {
        auto* multipart = reinterpret_cast<GMimeMultipart*>(object);
        GMimeContentType* type = g_mime_object_get_content_type(object);
        const bool alternative = type != nullptr && g_mime_content_type_is_type(type, "multipart", "alternative");
        Bodies found;
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            Bodies child = collect(g_mime_multipart_get_part(multipart, i), depth + 1);
            if (alternative) {
                // The same text in several forms, plainest first: one plain, the richest HTML.
                if (found.plain.empty()) found.plain = child.plain;
                if (!child.html.empty()) found.html = child.html;
            } else {
                append_paragraph(found.plain, child.plain);
                append_paragraph(found.html, child.html);
            }
        }
        return found;
    }

    void collect_part(GMimePart* part, Bodies& found) {
        GMimeObject* object = reinterpret_cast<GMimeObject*>(part);
        // GMime hands a raw 8-bit name on as it stands: a name is text, so UTF-8 (found by fuzz_email).
        const std::string filename = text::to_utf8(or_empty(g_mime_part_get_filename(part)));
        if (g_mime_part_is_attachment(part)) {
            mail_.attachments.push_back(MailAttachment{filename, media_type_of(object), decoded_bytes(part)});
            return;
        }
        GMimeContentType* type = g_mime_object_get_content_type(object);
        if (type != nullptr && g_mime_content_type_is_type(type, "text", "plain")) {
            found.plain = decoded_text(part);
        } else if (type != nullptr && g_mime_content_type_is_type(type, "text", "html")) {
            found.html = decoded_text(part);
        } else if (!filename.empty() && g_mime_part_get_content_id(part) == nullptr) {
            // An inline file that the HTML does not refer to is an attachment too; logos and
            // pictures in a signature have a Content-ID and are not input.
            mail_.attachments.push_back(MailAttachment{filename, media_type_of(object), decoded_bytes(part)});
        }
    }

    MailContent& mail_;
};

bool has_mail_headers(GMimeMessage* message) {
    static constexpr std::array<const char*, 8> kHeaders{"From",       "Date",     "Subject", "To",
                                                         "Message-ID", "Received", "Sender",  "MIME-Version"};
    GMimeObject* object = reinterpret_cast<GMimeObject*>(message);
    return std::any_of(kHeaders.begin(), kHeaders.end(),
                       [&](const char* name) { return g_mime_object_get_header(object, name) != nullptr; });
}

void read_sender(GMimeMessage* message, MailContent& mail) {
    InternetAddressList* from = g_mime_message_get_from(message);
    if (from == nullptr || internet_address_list_length(from) == 0) from = g_mime_message_get_sender(message);
    if (from == nullptr || internet_address_list_length(from) == 0) return;
    InternetAddress* address = internet_address_list_get_address(from, 0);
    if (INTERNET_ADDRESS_IS_GROUP(address)) {
        InternetAddressList* members = internet_address_group_get_members(reinterpret_cast<InternetAddressGroup*>(address));
        if (members == nullptr || internet_address_list_length(members) == 0) return;
        address = internet_address_list_get_address(members, 0);
    }
    mail.from_name = text::normalize_whitespace(or_empty(internet_address_get_name(address)));
    if (INTERNET_ADDRESS_IS_MAILBOX(address))
        mail.from_email = or_empty(internet_address_mailbox_get_addr(reinterpret_cast<InternetAddressMailbox*>(address)));
    // Some clients repeat the address as the name.
    if (mail.from_name == mail.from_email) mail.from_name.clear();
}

std::string header_text(GMimeMessage* message, GMimeParserOptions* options, const char* name) {
    const char* raw = g_mime_object_get_header(reinterpret_cast<GMimeObject*>(message), name);
    if (raw == nullptr) return {};
    std::unique_ptr<char, decltype(&g_free)> decoded(g_mime_utils_header_decode_text(options, raw), &g_free);
    return text::normalize_whitespace(decoded ? std::string(decoded.get()) : std::string(raw));
}

}  // namespace

Result<MailContent> read_mime_message(std::string_view bytes) {
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    // Raw 8-bit headers: UTF-8 when valid, else what Dutch Windows clients write.
    const char* fallback[] = {"utf-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);

    // GMime copies the buffer, so the stream does not outlive `bytes`.
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!message || !has_mail_headers(message.get()))
        return Error{"is geen e-mailbericht: de kopregels (From, Date, Subject) ontbreken"};

    MailContent mail;
    read_sender(message.get(), mail);
    mail.subject = text::normalize_whitespace(or_empty(g_mime_message_get_subject(message.get())));
    mail.organisation = header_text(message.get(), options.get(), "Organization");
    if (mail.organisation.empty()) mail.organisation = header_text(message.get(), options.get(), "Organisation");
    if (GDateTime* date = g_mime_message_get_date(message.get())) {
        std::unique_ptr<char, decltype(&g_free)> iso(g_date_time_format(date, "%Y-%m-%d"), &g_free);
        if (iso) mail.date = iso.get();
    }
    BodyCollector collector(mail);
    Bodies bodies = collector.collect(g_mime_message_get_mime_part(message.get()));
    mail.plain = std::move(bodies.plain);
    mail.html = std::move(bodies.html);
    return mail;
}

}  // namespace inspraak::ingest
