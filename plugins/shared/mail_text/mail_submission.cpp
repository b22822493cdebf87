#include "mail_submission.hpp"

#include "html_text.hpp"
#include "inspraak/text.hpp"
#include "text_layout.hpp"
#include "reply_cleanup.hpp"
#include "signature_organisation.hpp"

namespace inspraak::ingest {

Result<IngestResult> mail_ingest_result(MailContent mail) {
    IngestResult result;
    IngestedSubmission submission;
    submission.stakeholder.name = mail.from_name;
    submission.stakeholder.email = mail.from_email;
    submission.stakeholder.organisation = mail.organisation;
    submission.subject = mail.subject;
    submission.date = mail.date;

    const bool from_html = text::trim(mail.plain).empty() && !text::trim(mail.html).empty();
    const std::string raw_body = from_html ? html_to_text(mail.html) : mail.plain;
    CleanedMail cleaned = clean_reply(raw_body);
    if (cleaned.body.empty() && !cleaned.history.empty()) {
        // Only a forwarded or quoted message: that message is the input.
        cleaned = clean_reply(cleaned.history);
        submission.notes.emplace_back("alleen doorgestuurde tekst; de oorspronkelijke afzender kan afwijken");
    }
    if (from_html) submission.notes.emplace_back("tekst uit de HTML-versie van de e-mail");
    if (cleaned.removed_history) submission.notes.emplace_back("geciteerde eerdere berichten weggelaten");
    if (cleaned.removed_disclaimer) submission.notes.emplace_back("disclaimer weggelaten");
    if (submission.stakeholder.organisation.empty())
        submission.stakeholder.organisation =
            organisation_from_signature(cleaned.body, cleaned.signature, submission.stakeholder.name);
    submission.body = tidy_layout(cleaned.body);

    if (mail.from_email.empty() && submission.body.empty())
        return Error{"is geen e-mailbericht: afzender (From) en tekst ontbreken"};
    if (submission.body.empty()) {
        if (mail.encrypted) return Error{"e-mail is versleuteld en kan niet worden gelezen"};
        if (mail.attachments.empty()) return Error{"e-mail bevat geen tekst"};
    }
    if (mail.from_email.empty()) result.warnings.emplace_back("afzender (From) ontbreekt");
    result.submissions.push_back(std::move(submission));
    // The attachments are the mail's input too (often all of it: "bijgaand onze reactie"):
    // the host reads each with the plugin for its type and adds it to this submission.
    for (auto& attachment : mail.attachments)
        result.embedded.push_back(EmbeddedFile{std::move(attachment.name), std::move(attachment.media_type),
                                               std::move(attachment.bytes), 0});
    return result;
}

}  // namespace inspraak::ingest
