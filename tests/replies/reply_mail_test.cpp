// A draft e-mail to a sender, written and then read back by the ingest-email plugin's own reader
// (GMime): the headers are ASCII with encoded-words for the Dutch letters, every line ends in
// CRLF, and what comes back (sender, subject, date, body, the attached letter byte for byte) is
// what went in.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "email_ingester.hpp"
#include "replies/reply_mail.hpp"

namespace inspraak {
namespace {

core::MailDraft example_draft() {
    core::MailDraft draft;
    draft.from = {"Gemeente Maasbergen, team Économie", "inspraak@maasbergen.example"};
    draft.to = {"Anna Çelik", "anna@example.nl"};
    draft.subject = "Reactie op uw inspraakreactie: Kader Één";
    draft.body = "Geachte Anna Çelik,\n\nHartelijk dank voor uw reactie; zie de bijlage.\n\nMet vriendelijke groet,\n";
    draft.attachment_name = "reactie-I003.docx";
    draft.attachment_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    for (int i = 0; i < 3000; ++i) draft.attachment_bytes += static_cast<char>((i * 7) % 256);  // NULs and high bytes too
    draft.unix_time = 1765000000;  // 2025-12-06T05:46:40Z
    return draft;
}

std::string headers_of(const std::string& eml) { return eml.substr(0, eml.find("\r\n\r\n")); }

// Header names are case-insensitive (GMime writes "Message-Id").
std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

TEST(ReplyMail, HeadersAreAsciiWithEncodedWordsAndEveryLineEndsInCrlf) {
    const std::string eml = core::mail_eml(example_draft());
    const std::string headers = headers_of(eml);
    for (unsigned char c : headers) ASSERT_LT(c, 0x80) << headers;
    EXPECT_NE(headers.find("=?"), std::string::npos) << headers;  // an encoded-word for the names and the subject
    for (const char* name : {"\nfrom: ", "\nto: ", "\nsubject: ", "\ndate: ", "\nmessage-id: <", "\nmime-version: 1.0", "\nx-unsent: 1"})
        EXPECT_NE(lower("\n" + headers).find(name), std::string::npos) << name << "\n" << headers;
    EXPECT_NE(headers.find("anna@example.nl"), std::string::npos);
    EXPECT_NE(eml.find("Content-Transfer-Encoding: base64"), std::string::npos);
    for (std::size_t at = eml.find('\n'); at != std::string::npos; at = eml.find('\n', at + 1))
        ASSERT_TRUE(at > 0 && eml[at - 1] == '\r') << "a bare LF at byte " << at;
}

TEST(ReplyMail, TheProjectsMailReaderReadsBackWhatWentIn) {
    const core::MailDraft draft = example_draft();
    const std::string eml = core::mail_eml(draft);
    const auto read = ingest::EmailIngester{}.read(SourceFile{"reactie.eml", "reactie.eml", eml});
    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->submissions.size(), 1u);
    const IngestedSubmission& mail = read->submissions[0];
    EXPECT_EQ(mail.stakeholder.email, draft.from.address);
    EXPECT_EQ(mail.stakeholder.name, draft.from.name);
    EXPECT_EQ(mail.subject, draft.subject);
    EXPECT_EQ(mail.date.substr(0, 10), "2025-12-06");
    EXPECT_NE(mail.body.find("Hartelijk dank voor uw reactie; zie de bijlage."), std::string::npos) << mail.body;
    ASSERT_EQ(read->embedded.size(), 1u);
    EXPECT_EQ(read->embedded[0].name, draft.attachment_name);
    EXPECT_EQ(read->embedded[0].bytes, draft.attachment_bytes);
}

TEST(ReplyMail, EveryMessageHasItsOwnId) {
    const core::MailDraft draft = example_draft();
    const auto id_of = [](const std::string& eml) {
        const auto at = lower(eml).find("message-id: <");
        return eml.substr(at, eml.find('>', at) - at);
    };
    EXPECT_NE(id_of(core::mail_eml(draft)), id_of(core::mail_eml(draft)));
}

}  // namespace
}  // namespace inspraak
