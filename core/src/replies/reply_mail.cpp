#include "replies/reply_mail.hpp"

#include <gmime/gmime.h>

#include <memory>
#include <stdexcept>

namespace inspraak::core {
namespace {

struct GObjectUnref {
    void operator()(void* object) const { g_object_unref(object); }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(char* text) const { g_free(text); }
};

struct DateUnref {
    void operator()(GDateTime* date) const { g_date_time_unref(date); }
};

struct FormatFree {
    void operator()(GMimeFormatOptions* options) const { g_mime_format_options_free(options); }
};

// The part of an address after '@', for the Message-ID; a made-up domain when there is none.
std::string domain_of(const std::string& address) {
    const auto at = address.rfind('@');
    return at == std::string::npos || at + 1 == address.size() ? "inspraak.invalid" : address.substr(at + 1);
}

GMimeObject* text_body(const std::string& text) {
    GMimeTextPart* part = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(part, text.c_str());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_OBJECT(part);
}

GMimeObject* attachment(const MailDraft& draft) {
    const std::string& type = draft.attachment_type;
    const auto slash = type.find('/');
    GMimePart* part = g_mime_part_new_with_type(type.substr(0, slash).c_str(),
                                                slash == std::string::npos ? "octet-stream" : type.substr(slash + 1).c_str());
    g_mime_part_set_filename(part, draft.attachment_name.c_str());
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(draft.attachment_bytes.data(), draft.attachment_bytes.size()));
    GPtr<GMimeDataWrapper> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return GMIME_OBJECT(part);
}

}  // namespace

std::string mail_eml(const MailDraft& draft) {
    // Reference counted and never shut down, as in the ingest-email plugin: GMime 3.2 does not
    // survive g_mime_init after g_mime_shutdown.
    g_mime_init();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, draft.from.name.c_str(), draft.from.address.c_str());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, draft.to.name.c_str(), draft.to.address.c_str());
    g_mime_message_set_subject(message.get(), draft.subject.c_str(), "utf-8");
    std::unique_ptr<GDateTime, DateUnref> date(g_date_time_new_from_unix_utc(draft.unix_time));
    g_mime_message_set_date(message.get(), date.get());
    std::unique_ptr<char, GFree> id(g_mime_utils_generate_message_id(domain_of(draft.from.address).c_str()));
    g_mime_message_set_message_id(message.get(), id.get());
    g_mime_object_set_header(GMIME_OBJECT(message.get()), "X-Unsent", "1", nullptr);

    GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
    GPtr<GMimeObject> body(text_body(draft.body));
    g_mime_multipart_add(mixed.get(), body.get());
    GPtr<GMimeObject> letter(attachment(draft));
    g_mime_multipart_add(mixed.get(), letter.get());
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));

    std::unique_ptr<GMimeFormatOptions, FormatFree> options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    std::unique_ptr<char, GFree> text(g_mime_object_to_string(GMIME_OBJECT(message.get()), options.get()));
    if (!text) throw std::runtime_error("GMime could not write the message");
    return text.get();
}

}  // namespace inspraak::core
