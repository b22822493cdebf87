#include "email_ingester.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "email_test_support.hpp"

namespace {

using inspraak::IngestedSubmission;
using inspraak::IngestResult;
using inspraak::Result;
using inspraak::test::read_mail;

const IngestedSubmission& only_submission(const Result<IngestResult>& result) {
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    EXPECT_EQ(result->submissions.size(), 1u);
    return result->submissions.front();
}

bool has_note(const IngestedSubmission& s, const std::string& note) {
    for (const auto& n : s.notes)
        if (n == note) return true;
    return false;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

TEST(EmailIngester, AlternativeWithQuotedPrintablePrefersPlainText) {
    const auto result = read_mail(
        "From: \"Petra de Vries\" <petra@example.nl>\n"
        "To: inspraak@gemeente.example\n"
        "Organization: Ondernemersvereniging Oss-Noord\n"
        "Subject: =?UTF-8?Q?Reactie_op_het_kader_=E2=80=93_H5?=\n"
        "Date: Thu, 12 Dec 2024 10:15:00 +0100\n"
        "Message-ID: <1@example.nl>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"b1\"\n"
        "\n"
        "--b1\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Het kader is een goede basis. In hoofdstuk 5 missen wij de caf=C3=A9s en de=\n"
        " re=C3=ABle positie van het MKB.\n"
        "\n"
        "- meer aandacht voor logistiek\n"
        "- een loket voor expats\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Petra de Vries\n"
        "--b1\n"
        "Content-Type: text/html; charset=utf-8\n"
        "\n"
        "<p>HTML-versie die niet gebruikt mag worden</p>\n"
        "--b1--\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.name, "Petra de Vries");
    EXPECT_EQ(s.stakeholder.email, "petra@example.nl");
    EXPECT_EQ(s.stakeholder.organisation, "Ondernemersvereniging Oss-Noord");
    EXPECT_EQ(s.subject, "Reactie op het kader \xE2\x80\x93 H5");
    EXPECT_EQ(s.date, "2024-12-12");
    EXPECT_EQ(s.body,
              "Geachte heer, mevrouw,\n\n"
              "Het kader is een goede basis. In hoofdstuk 5 missen wij de caf\xC3\xA9s en de re\xC3\xABle positie "
              "van het MKB.\n\n"
              "- meer aandacht voor logistiek\n- een loket voor expats\n\n"
              "Met vriendelijke groet,\nPetra de Vries");
    EXPECT_TRUE(s.notes.empty());
    EXPECT_TRUE(result->warnings.empty());
}

TEST(EmailIngester, Base64Utf8Body) {
    const auto result = read_mail(
        "From: kees@example.com\n"
        "Subject: Talent\n"
        "Date: Mon, 2 Dec 2024 23:30:00 -0800\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"UTF-8\"\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "QmVzdGUgZ2VtZWVudGUsDQoNCkhldCBjYWbDqSBvcCBkZSBjYW1wdXMgaXMgw6nDqW4gdmFuIGRl\n"
        "IHdlaW5pZ2Ugb250bW9ldGluZ3NwbGVra2VuLg0KTWVlciBydWltdGUgdm9vciB0YWxlbnQgaW4g\n"
        "aG9vZmRzdHVrIDQgZ3JhYWcuDQoNCkdyb2V0LA0KS2Vlcw0K\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.email, "kees@example.com");
    EXPECT_TRUE(s.stakeholder.name.empty());
    EXPECT_TRUE(s.stakeholder.organisation.empty());
    EXPECT_EQ(s.date, "2024-12-02") << "the date as the sender's clock had it";
    EXPECT_EQ(s.body,
              "Beste gemeente,\n\nHet caf\xC3\xA9 op de campus is \xC3\xA9\xC3\xA9n van de weinige "
              "ontmoetingsplekken.\nMeer ruimte voor talent in hoofdstuk 4 graag.\n\nGroet,\nKees");
}

TEST(EmailIngester, Latin1BodyEightBitAndQuotedPrintable) {
    const auto eight_bit = read_mail(
        "From: Ren\xE9 <rene@example.nl>\n"
        "Subject: =?iso-8859-1?Q?Co=F6rdinatie?=\n"
        "Date: Tue, 10 Dec 2024 09:00:00 +0100\n"
        "Content-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "Het idee van een caf\xE9 voor ondernemers is re\xEB" "el \x96 en \x80 5.000 is genoeg.\n");
    const auto& s = only_submission(eight_bit);
    EXPECT_EQ(s.stakeholder.name, "Ren\xC3\xA9");
    EXPECT_EQ(s.subject, "Co\xC3\xB6rdinatie");
    EXPECT_EQ(s.body,
              "Het idee van een caf\xC3\xA9 voor ondernemers is re\xC3\xAB" "el \xE2\x80\x93 en \xE2\x82\xAC 5.000 is "
              "genoeg.");

    const auto qp = read_mail(
        "From: a@example.nl\n"
        "Subject: x\n"
        "Content-Type: text/plain; charset=ISO-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Re=EBle zorgen over het caf=E9.\n");
    EXPECT_EQ(only_submission(qp).body, "Re\xC3\xABle zorgen over het caf\xC3\xA9.");
}

TEST(EmailIngester, Windows1252Body) {
    const auto result = read_mail(
        "From: a@example.nl\n"
        "Subject: x\n"
        "Content-Type: text/plain; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "=93Samen=94 sterker, zo=92n 10=80.\n");
    EXPECT_EQ(only_submission(result).body, "\xE2\x80\x9CSamen\xE2\x80\x9D sterker, zo\xE2\x80\x99n 10\xE2\x82\xAC.");
}

TEST(EmailIngester, HtmlOnlyMailBecomesStructuredText) {
    const auto result = read_mail(
        "From: Anna <anna@example.org>\n"
        "Subject: Reactie\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "<html><head><title>t</title><style>p {color: red}</style></head><body>\n"
        "<script>alert('x')</script>\n"
        "<p>Beste lezer,</p>\n"
        "<p>Wij vinden de ambitie goed &amp; herkenbaar.<br>Maar het budget ontbreekt.</p>\n"
        "<h2>Onze punten</h2>\n"
        "<ul><li>Meer <b>aandacht</b> voor het MKB</li><li>Een loket voor <a href=3D\"https://x.nl\">expats</a></li></ul>\n"
        "<ol><li>eerste</li><li>tweede</li></ol>\n"
        "<p>Caf&eacute; &#8364;&nbsp;5 &lt;gratis&gt;</p>\n"
        "</body></html>\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body,
              "Beste lezer,\n\n"
              "Wij vinden de ambitie goed & herkenbaar.\nMaar het budget ontbreekt.\n\n"
              "## Onze punten\n\n"
              "- Meer aandacht voor het MKB\n- Een loket voor expats\n\n"
              "1. eerste\n2. tweede\n\n"
              "Caf\xC3\xA9 \xE2\x82\xAC 5 <gratis>");
    EXPECT_TRUE(has_note(s, "tekst uit de HTML-versie van de e-mail"));
}

TEST(EmailIngester, DutchGmailReplyDropsQuotedHistory) {
    const auto result = read_mail(
        "From: Jan Jansen <jan@example.nl>\n"
        "Subject: Re: Consultatie kader\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Dank voor de uitnodiging. Wij willen dat de haven in hoofdstuk 3 genoemd wordt.\n"
        "\n"
        "Groet,\n"
        "Jan\n"
        "\n"
        "Op do 12 dec. 2024 om 10:15 schreef Gemeente Inspraak <\n"
        "inspraak@gemeente.example>:\n"
        "\n"
        "> Beste partner,\n"
        "> Graag uw reactie op het kader.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Dank voor de uitnodiging. Wij willen dat de haven in hoofdstuk 3 genoemd wordt.\n\nGroet,\nJan");
    EXPECT_TRUE(has_note(s, "geciteerde eerdere berichten weggelaten"));
}

TEST(EmailIngester, EnglishReplyDropsQuotedHistory) {
    const auto result = read_mail(
        "From: John Smith <john@example.com>\n"
        "Subject: Re: Framework\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "We support the focus on life sciences.\n"
        "\n"
        "On Thu, Dec 12, 2024 at 10:15 AM Municipality <info@gemeente.example> wrote:\n"
        "> Dear partner,\n"
        "> please reply.\n");
    EXPECT_EQ(only_submission(result).body, "We support the focus on life sciences.");
}

TEST(EmailIngester, OutlookOriginalMessageAndHeaderBlockAreCut) {
    const auto separator = read_mail(
        "From: a@example.nl\n"
        "Subject: RE: kader\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Zie onze reactie hieronder niet, maar hier: meer woningen voor kenniswerkers.\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Gemeente <inspraak@gemeente.example>\n"
        "Verzonden: donderdag 12 december 2024 10:15\n"
        "Aan: a@example.nl\n"
        "Onderwerp: kader\n"
        "\n"
        "Graag uw reactie.\n");
    EXPECT_EQ(only_submission(separator).body,
              "Zie onze reactie hieronder niet, maar hier: meer woningen voor kenniswerkers.");

    const auto header_block = read_mail(
        "From: b@example.nl\n"
        "Subject: RE: kader\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Wij steunen hoofdstuk 2.\n"
        "\n"
        "________________________________\n"
        "Van: Gemeente <inspraak@gemeente.example>\n"
        "Verzonden: donderdag 12 december 2024 10:15\n"
        "Aan: b@example.nl\n"
        "Onderwerp: kader\n"
        "\n"
        "Graag uw reactie.\n");
    EXPECT_EQ(only_submission(header_block).body, "Wij steunen hoofdstuk 2.");

    const auto english = read_mail(
        "From: c@example.com\n"
        "Subject: RE: framework\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Fine by us.\n"
        "\n"
        "-----Original Message-----\n"
        "From: Municipality\n"
        "Sent: Thursday, December 12, 2024 10:15 AM\n"
        "\n"
        "Please reply.\n");
    EXPECT_EQ(only_submission(english).body, "Fine by us.");
}

TEST(EmailIngester, SignatureAndDisclaimersAreRemoved) {
    const auto result = read_mail(
        "From: \"Marieke Bos\" <m.bos@example.nl>\n"
        "Subject: Inbreng\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Beste mensen,\n"
        "\n"
        "De regio verdient een eigen paragraaf over de agrifood-sector.\n"
        "\n"
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten\n"
        "onrechte heeft ontvangen, verzoeken wij u het te verwijderen.\n"
        "\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
        "\n"
        "-- \n"
        "Marieke Bos\n"
        "Stichting Groene Regio\n"
        "06-12345678\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Beste mensen,\n\nDe regio verdient een eigen paragraaf over de agrifood-sector.");
    EXPECT_TRUE(has_note(s, "disclaimer weggelaten"));
    EXPECT_EQ(s.stakeholder.organisation, "Stichting Groene Regio") << "taken from the signature";
}

TEST(EmailIngester, OrganisationFromTheLinesBelowTheSignOff) {
    const auto result = read_mail(
        "From: Petra de Vries <petra@example.nl>\n"
        "Subject: Reactie\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Wij missen de bedrijventerreinen.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Petra de Vries\n"
        "Voorzitter\n"
        "Ondernemersvereniging Oss-Noord\n"
        "T 06-12345678\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.organisation, "Ondernemersvereniging Oss-Noord");
    EXPECT_TRUE(contains(s.body, "Ondernemersvereniging Oss-Noord")) << "greeting and signature stay in the body";
}

TEST(EmailIngester, NoOrganisationGuessedWhenUnsure) {
    const auto resident = read_mail(
        "From: Piet Klaassen <piet@example.nl>\n"
        "Subject: Reactie\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Ik woon naast het bedrijventerrein en maak me zorgen.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Piet Klaassen\n"
        "Dorpsstraat 1\n"
        "06-98765432\n");
    EXPECT_TRUE(only_submission(resident).stakeholder.organisation.empty());

    // A line that names an organisation but sits under someone else's name is not the sender's.
    const auto other = read_mail(
        "From: Piet Klaassen <piet@example.nl>\n"
        "Subject: Reactie\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Ik sluit me aan bij de brief hieronder.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Karin de Wit\n"
        "Stichting Ander Belang\n");
    EXPECT_TRUE(only_submission(other).stakeholder.organisation.empty());
}

TEST(EmailIngester, AttachmentsAreHandedToTheHostButNotInlineImages) {
    const auto result = read_mail(
        "From: Karin <karin@example.org>\n"
        "Subject: Advies\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"outer\"\n"
        "\n"
        "--outer\n"
        "Content-Type: multipart/related; boundary=\"rel\"\n"
        "\n"
        "--rel\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Zie ons advies in de bijlage. Kort: meer aandacht voor onderwijs.\n"
        "--rel\n"
        "Content-Type: image/png; name=\"logo.png\"\n"
        "Content-ID: <logo@x>\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "iVBORw0KGgo=\n"
        "--rel--\n"
        "--outer\n"
        "Content-Type: application/pdf; name=\"advies.pdf\"\n"
        "Content-Disposition: attachment; filename=\"advies.pdf\"\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "JVBERi0xLjQgZmFrZQ==\n"
        "--outer\n"
        "Content-Type: application/pdf\n"
        "Content-Disposition: attachment; filename*=utf-8''bijlage%20%C3%A9%C3%A9n.pdf\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "JVBERi0xLjQgZmFrZQ==\n"
        "--outer--\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Zie ons advies in de bijlage. Kort: meer aandacht voor onderwijs.");
    // The logo has a Content-ID: part of the HTML, not input.
    ASSERT_EQ(result->embedded.size(), 2u);
    EXPECT_EQ(result->embedded[0].name, "advies.pdf");
    EXPECT_EQ(result->embedded[0].media_type, "application/pdf");
    EXPECT_EQ(result->embedded[0].bytes, "%PDF-1.4 fake");  // base64 undone
    EXPECT_EQ(result->embedded[0].belongs_to, 0);
    EXPECT_EQ(result->embedded[1].name, "bijlage \xC3\xA9\xC3\xA9n.pdf");
    EXPECT_EQ(result->embedded[1].belongs_to, 0);
}

TEST(EmailIngester, AnAttachedMessageIsHandedOverAsAnEmlFile) {
    const auto result = read_mail(
        "From: Karin <karin@example.org>\n"
        "Subject: Fwd: reactie\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"m\"\n"
        "\n"
        "--m\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Zie het bericht van onze leden hieronder: wij vragen meer aandacht voor de haven.\n"
        "--m\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "From: Lid <lid@example.org>\n"
        "Subject: Onze reactie\n"
        "\n"
        "De haven verdient een eigen hoofdstuk.\n"
        "--m--\n");
    ASSERT_EQ(result->embedded.size(), 1u);
    EXPECT_EQ(result->embedded[0].name, "Onze reactie.eml");
    EXPECT_EQ(result->embedded[0].media_type, "message/rfc822");
    EXPECT_TRUE(contains(result->embedded[0].bytes, "De haven verdient een eigen hoofdstuk."));
    EXPECT_TRUE(contains(result->embedded[0].bytes, "Subject: Onze reactie"));
}

TEST(EmailIngester, OnlyAnAttachmentIsNeitherAWarningNorAnError) {
    const auto result = read_mail(
        "From: Karin <karin@example.org>\n"
        "Subject: Advies\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"m\"\n"
        "\n"
        "--m\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "\n"
        "--m\n"
        "Content-Type: application/pdf\n"
        "Content-Disposition: attachment; filename=\"advies.pdf\"\n"
        "\n"
        "%PDF\n"
        "--m--\n");
    const auto& s = only_submission(result);
    EXPECT_TRUE(s.body.empty());
    EXPECT_TRUE(result->warnings.empty());
    ASSERT_EQ(result->embedded.size(), 1u);
    EXPECT_EQ(result->embedded[0].name, "advies.pdf");
}

TEST(EmailIngester, HtmlReplyWithBlockquoteAndOutlookLines) {
    const auto gmail = read_mail(
        "From: Jan <jan@example.nl>\n"
        "Subject: Re: kader\n"
        "Content-Type: text/html; charset=utf-8\n"
        "\n"
        "<div dir=\"ltr\">Eens met hoofdstuk 6.<div><br></div><div>Groet, Jan</div></div><br>"
        "<div class=\"gmail_quote\"><div class=\"gmail_attr\">Op do 12 dec 2024 om 10:15 schreef Gemeente &lt;"
        "info@gemeente.example&gt;:<br></div><blockquote class=\"gmail_quote\">Graag uw reactie.<br>Met "
        "groet</blockquote></div>\n");
    EXPECT_EQ(only_submission(gmail).body, "Eens met hoofdstuk 6.\n\nGroet, Jan");

    const auto outlook = read_mail(
        "From: Els <els@example.nl>\n"
        "Subject: RE: kader\n"
        "Content-Type: text/html; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "<html><body><div class=3DWordSection1>"
        "<p class=3DMsoNormal>Goedemiddag,<o:p></o:p></p>"
        "<p class=3DMsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=3DMsoNormal>Wij missen de caf=E9s.<o:p></o:p></p>"
        "<p class=3DMsoNormal>En de terrassen.<o:p></o:p></p>"
        "<div style=3D\"border:none;border-top:solid #E1E1E1 1.0pt\">"
        "<p class=3DMsoNormal><b>Van:</b> Gemeente &lt;info@gemeente.example&gt;<br>"
        "<b>Verzonden:</b> donderdag 12 december 2024 10:15<br><b>Aan:</b> Els<br>"
        "<b>Onderwerp:</b> kader</p></div><p class=3DMsoNormal>Graag uw reactie.</p>"
        "</div></body></html>\n");
    EXPECT_EQ(only_submission(outlook).body, "Goedemiddag,\n\nWij missen de caf\xC3\xA9s.\nEn de terrassen.");
}

TEST(EmailIngester, FlowedTextIsJoined) {
    const auto result = read_mail(
        "From: a@example.nl\n"
        "Subject: x\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed\n"
        "\n"
        "Dit is een lange zin die de \n"
        "mailclient heeft afgebroken.\n"
        "\n"
        "Tweede alinea.\n");
    EXPECT_EQ(only_submission(result).body, "Dit is een lange zin die de mailclient heeft afgebroken.\n\nTweede alinea.");
}

TEST(EmailIngester, InterleavedQuotesAreDroppedAnswersKept) {
    const auto result = read_mail(
        "From: a@example.nl\n"
        "Subject: Re: vragen\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "> Vraag 1: steunt u het kader?\n"
        "Ja, volledig.\n"
        "\n"
        "> Vraag 2: wat mist er?\n"
        "Aandacht voor de binnenvaart.\n");
    EXPECT_EQ(only_submission(result).body, "Ja, volledig.\n\nAandacht voor de binnenvaart.");
}

TEST(EmailIngester, OnlyAForwardedMessageKeepsTheForwardedText) {
    const auto result = read_mail(
        "From: Secretariaat <secretariaat@example.nl>\n"
        "Subject: Fwd: reactie\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Bewoner <bewoner@example.nl>\n"
        "Date: Thu, 12 Dec 2024\n"
        "Subject: reactie\n"
        "\n"
        "Meer groen op de bedrijventerreinen graag.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Meer groen op de bedrijventerreinen graag.");
    EXPECT_TRUE(has_note(s, "alleen doorgestuurde tekst; de oorspronkelijke afzender kan afwijken"));
}

TEST(EmailIngester, TextWithoutMailHeadersIsAnError) {
    const auto result = read_mail("Dit is gewoon een brief zonder kopregels.\n\nGroet.\n");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(contains(result.error().message, "geen e-mailbericht")) << result.error().message;
}

TEST(EmailIngester, EmptyFileIsAnError) {
    const auto result = read_mail("  \n\n");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(contains(result.error().message, "bevat geen tekst"));
}

TEST(EmailIngester, NoSenderAndNoBodyIsAnError) {
    const auto result = read_mail("Subject: leeg\nDate: Thu, 12 Dec 2024 10:15:00 +0100\n\n\n");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(contains(result.error().message, "geen e-mailbericht")) << result.error().message;
}

TEST(EmailIngester, SenderButNoBodyIsAnError) {
    const auto result = read_mail("From: a@example.nl\nSubject: leeg\n\n   \n");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(contains(result.error().message, "geen tekst")) << result.error().message;
}

TEST(EmailIngester, MissingSenderIsAWarning) {
    const auto result = read_mail("Subject: concept\nContent-Type: text/plain\n\nEen opmerking over hoofdstuk 1.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Een opmerking over hoofdstuk 1.");
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_TRUE(contains(result->warnings[0], "afzender"));
}

TEST(EmailIngester, CanBeCalledFromSeveralThreads) {
    inspraak::ingest::EmailIngester ingester;
    const std::string mail = inspraak::test::crlf(
        "From: A <a@example.nl>\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n<p>Een <b>punt</b>.</p>\n");
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                auto r = ingester.read(inspraak::SourceFile{"a.eml", "a.eml", mail});
                if (r.ok() && r->submissions.at(0).body == "Een punt.") ++ok;
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(ok.load(), 200);
}

}  // namespace

namespace {

// std::regex recurses per character: a very long line must not overflow the stack.
TEST(EmailIngester, VeryLongLinesDoNotCrash) {
    std::string line = "Op ";
    while (line.size() < 300000) line += "een lange regel zonder einde, met Van: en schreef erin ";
    const auto plain = read_mail("From: a@example.nl\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n" + line +
                                 "\n\nMet vriendelijke groet,\n" + line + "\n" + line + "\n");
    ASSERT_TRUE(plain.ok()) << plain.error().message;
    EXPECT_GT(plain->submissions.at(0).body.size(), 200000u);
    const auto html = read_mail("From: a@example.nl\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n<p>" + line +
                                "</p><blockquote>" + line + "</blockquote>\n");
    ASSERT_TRUE(html.ok()) << html.error().message;
    EXPECT_GT(html->submissions.at(0).body.size(), 200000u);
}

}  // namespace
