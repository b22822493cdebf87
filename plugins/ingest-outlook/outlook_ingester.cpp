#include "outlook_ingester.hpp"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-utils.h>
#include <libxml/parser.h>

#include <algorithm>
#include <mutex>

#include "inspraak/text.hpp"
#include "mail_submission.hpp"
#include "msg_reader.hpp"
#include "reading_limits.hpp"
#include "tnef_reader.hpp"

namespace inspraak::ingest {
namespace {

using outlook::OutlookMessage;

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && text::starts_with_ci(s.substr(s.size() - suffix.size()), suffix);
}

void add_warnings(OutlookMessage& message, IngestResult& result) {
    for (auto& warning : message.warnings) result.warnings.push_back(std::move(warning));
}

// The mail's attachments go back to the host with it (mail_ingest_result).
Result<IngestResult> msg_result(OutlookMessage message) {
    auto result = mail_ingest_result(std::move(message.mail));
    if (!result) return result;
    add_warnings(message, *result);
    return result;
}

Result<IngestResult> tnef_result(OutlookMessage message) {
    const bool has_text = !text::trim(message.mail.plain).empty() || !text::trim(message.mail.html).empty();
    if (!has_text) {
        if (message.mail.attachments.empty()) {
            if (!message.warnings.empty()) return Error{"winmail.dat: " + message.warnings.front()};
            return Error{"winmail.dat bevat geen tekst en geen bijlagen"};
        }
        // Only files: they stand on their own here; when the winmail.dat came attached to a
        // mail, the host adds them to that mail's submission.
        IngestResult result;
        for (auto& attachment : message.mail.attachments)
            result.embedded.push_back(EmbeddedFile{std::move(attachment.name), std::move(attachment.media_type),
                                                   std::move(attachment.bytes), -1});
        add_warnings(message, result);
        return result;
    }
    auto result = mail_ingest_result(std::move(message.mail));
    if (!result) return result;
    // A winmail.dat travels inside a mail, which names the sender.
    auto& warnings = result->warnings;
    warnings.erase(std::remove(warnings.begin(), warnings.end(), "afzender (From) ontbreekt"), warnings.end());
    add_warnings(message, *result);
    return result;
}

}  // namespace

OutlookIngester::OutlookIngester() {
    xmlInitParser();  // must run once before libxml2 is used from several threads (HTML bodies)
    // libgsf registers its GObject types on first use; two threads doing that at once race
    // ("cannot register existing type 'GsfInput'"). Register them once, before any read, also
    // when ingesters are made on several threads at once.
    static std::once_flag gsf_types_registered;
    std::call_once(gsf_types_registered, [] {
        gsf_init();
        g_type_ensure(GSF_INPUT_MEMORY_TYPE);
        g_type_ensure(GSF_INFILE_MSOLE_TYPE);
        g_type_ensure(GSF_OUTPUT_MEMORY_TYPE);
        g_type_ensure(GSF_OUTFILE_MSOLE_TYPE);
    });
}

Result<IngestResult> OutlookIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        if (file.bytes.size() > outlook::kMaxFileBytes) return Error{"bestand is groter dan 512 MiB en is niet gelezen"};
        if (outlook::has_ole_signature(file.bytes)) {
            auto message = outlook::read_msg(file.bytes);
            if (!message) return message.error();
            return msg_result(std::move(*message));
        }
        if (outlook::has_tnef_signature(file.bytes)) {
            auto message = outlook::read_tnef(file.bytes);
            if (!message) return message.error();
            return tnef_result(std::move(*message));
        }
        if (ends_with_ci(file.path, ".msg") || ends_with_ci(file.display_path, ".msg"))
            return Error{"is geen Outlook-bericht (.msg): het bestand is geen OLE-bestand"};
        return Error{"is geen winmail.dat (TNEF-bestand): de TNEF-handtekening ontbreekt"};
    });
}

}  // namespace inspraak::ingest
