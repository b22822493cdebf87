// The done-when of issue 11: the same mail saved as .msg gives the same submission (and so the
// same points) as when it is saved as .eml.
#include <gtest/gtest.h>

#include <string>

#include "email_ingester.hpp"
#include "outlook_test_support.hpp"
#include "test_support/msg_writer.hpp"

namespace {

using inspraak::IngestedSubmission;
using inspraak::test::msg_file;
using inspraak::test::MsgAttachment;
using inspraak::test::MsgMessage;
using inspraak::test::read_outlook;

std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

IngestedSubmission from_eml(const std::string& message) {
    inspraak::ingest::EmailIngester ingester;
    auto result = ingester.read(inspraak::SourceFile{"/tmp/S01.eml", "submissions/S01.eml", crlf(message)});
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result->submissions.at(0) : IngestedSubmission{};
}

IngestedSubmission from_msg(const MsgMessage& message) {
    auto result = read_outlook(msg_file(message));
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result->submissions.at(0) : IngestedSubmission{};
}

void expect_same(const IngestedSubmission& eml, const IngestedSubmission& msg) {
    EXPECT_EQ(eml.stakeholder.name, msg.stakeholder.name);
    EXPECT_EQ(eml.stakeholder.email, msg.stakeholder.email);
    EXPECT_EQ(eml.stakeholder.organisation, msg.stakeholder.organisation);
    EXPECT_EQ(eml.stakeholder.group, msg.stakeholder.group);
    EXPECT_EQ(eml.stakeholder.phone, msg.stakeholder.phone);
    EXPECT_EQ(eml.subject, msg.subject);
    EXPECT_EQ(eml.date, msg.date);
    EXPECT_EQ(eml.body, msg.body);
    EXPECT_EQ(eml.reference, msg.reference);
    EXPECT_EQ(eml.notes, msg.notes);
}

const std::string kReply =
    "Geachte heer, mevrouw,\n"
    "\n"
    "Namens de vereniging reageren wij op het kader. In hoofdstuk 5 missen wij de cafés.\n"
    "\n"
    "1. meer aandacht voor logistiek\n"
    "2. een loket voor expats\n"
    "\n"
    "Met vriendelijke groet,\n"
    "\n"
    "Petra de Vries\n"
    "Voorzitter Ondernemersvereniging Oss-Noord\n"
    "\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht "
    "ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n"
    "\n"
    "-----Oorspronkelijk bericht-----\n"
    "Van: Gemeente <inspraak@gemeente.example>\n"
    "Verzonden: maandag 2 december 2024 09:00\n"
    "Onderwerp: Inspraak op het kader\n"
    "\n"
    "Uw reactie is welkom.\n";

TEST(OutlookParity, PlainReplyWithSignatureDisclaimerAndHistory) {
    const IngestedSubmission eml = from_eml(
        "From: \"Petra de Vries\" <petra@example.nl>\n"
        "To: inspraak@gemeente.example\n"
        "Subject: =?UTF-8?Q?RE:_Inspraak_op_het_kader_=E2=80=93_H5?=\n"
        "Date: Thu, 12 Dec 2024 10:15:00 +0100\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"b1\"\n"
        "\n"
        "--b1\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n" +
        kReply +
        "--b1\n"
        "Content-Type: application/pdf; name=\"advies.pdf\"\n"
        "Content-Disposition: attachment; filename=\"advies.pdf\"\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "JVBERi0xLjQK\n"
        "--b1--\n");
    MsgMessage msg;
    msg.subject = "RE: Inspraak op het kader – H5";
    msg.sender_name = "Petra de Vries";
    msg.sender_email = "petra@example.nl";
    msg.date = "2024-12-12 09:15:00";
    msg.plain_body = crlf(kReply);
    msg.attachments.push_back(MsgAttachment{"advies.pdf", "%PDF-1.4\n", "application/pdf"});
    const IngestedSubmission from_outlook = from_msg(msg);
    expect_same(eml, from_outlook);
    EXPECT_EQ(from_outlook.stakeholder.organisation, "Ondernemersvereniging Oss-Noord");
    EXPECT_FALSE(from_outlook.body.empty());
}

TEST(OutlookParity, HtmlOnlyMailWithOrganizationHeader) {
    const std::string html =
        "<html><body><p class=MsoNormal>Beste gemeente,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Wij steunen het plan voor <b>meer groen</b>, maar:</p>"
        "<ul><li>de bomen moeten blijven</li><li>geen parkeerplaatsen weg</li></ul>"
        "<blockquote><p>Op 1 december schreef de gemeente:</p><p>Reageer voor 15 december.</p></blockquote>"
        "<p>Groet,<br>Jan Smit</p></body></html>";
    const IngestedSubmission eml = from_eml(
        "From: Jan Smit <jan@example.nl>\n"
        "Organization: Bewonersvereniging Centrum\n"
        "Subject: Groen\n"
        "Date: Mon, 02 Dec 2024 08:00:00 +0100\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n"
        "\n" +
        html + "\n");
    MsgMessage msg;
    msg.subject = "Groen";
    msg.sender_name = "Jan Smit";
    msg.sender_email = "jan@example.nl";
    msg.date = "2024-12-02 07:00:00";
    msg.html_body = html + "\n";
    msg.transport_headers = "From: Jan Smit <jan@example.nl>\r\nOrganization: Bewonersvereniging Centrum\r\n"
                            "Date: Mon, 02 Dec 2024 08:00:00 +0100\r\n\r\n";
    expect_same(eml, from_msg(msg));
}

}  // namespace
