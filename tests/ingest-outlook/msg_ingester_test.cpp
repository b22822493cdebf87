#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "outlook_test_support.hpp"
#include "test_support/msg_writer.hpp"

namespace {

using inspraak::test::contains;
using inspraak::test::has_note;
using inspraak::test::msg_file;
using inspraak::test::MsgAttachment;
using inspraak::test::MsgMessage;
using inspraak::test::MsgRtf;
using inspraak::test::MsgStrings;
using inspraak::test::only_submission;
using inspraak::test::read_outlook;

MsgMessage petra() {
    MsgMessage m;
    m.subject = "Reactie op het kader – H5";
    m.sender_name = "Petra de Vries";
    m.sender_email = "petra@example.nl";
    m.date = "2024-12-12 09:15:00";
    return m;
}

TEST(OutlookMsg, PlainBodyGivesSenderSubjectDateAndBody) {
    MsgMessage m = petra();
    m.plain_body =
        "Geachte heer, mevrouw,\r\n\r\nIn hoofdstuk 5 missen wij de cafés en de reële positie van het MKB.\r\n\r\n"
        "- meer aandacht voor logistiek\r\n- een loket voor expats\r\n\r\nMet vriendelijke groet,\r\nPetra de Vries\r\n";
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.name, "Petra de Vries");
    EXPECT_EQ(s.stakeholder.email, "petra@example.nl");
    EXPECT_EQ(s.subject, "Reactie op het kader – H5");
    EXPECT_EQ(s.date, "2024-12-12");
    EXPECT_TRUE(contains(s.body, "de cafés en de reële positie"));
    EXPECT_TRUE(contains(s.body, "- meer aandacht voor logistiek\n- een loket voor expats"));
    EXPECT_FALSE(contains(s.body, "\r"));
    EXPECT_TRUE(result->warnings.empty());
    EXPECT_TRUE(result->embedded.empty());
}

TEST(OutlookMsg, EightBitStringsAreReadInTheMessageCodepage) {
    MsgMessage m = petra();
    m.strings = MsgStrings::string8;
    m.subject = "Café “De Zon” – €5 parkeren";
    m.sender_name = "José Müller";
    m.plain_body = "Het parkeertarief van €5 is te hoog voor bezoekers van café “De Zon”.";
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.subject, "Café “De Zon” – €5 parkeren");
    EXPECT_EQ(s.stakeholder.name, "José Müller");
    EXPECT_TRUE(contains(s.body, "van €5 is te hoog voor bezoekers van café “De Zon”."));
}

TEST(OutlookMsg, UnicodeStringsOutsideTheBasicPlane) {
    MsgMessage m = petra();
    m.subject = "Inspraak 😀 Łódź";
    m.plain_body = "Tekst met 😀 en Łódź.";
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.subject, "Inspraak 😀 Łódź");
    EXPECT_TRUE(contains(s.body, "Tekst met 😀 en Łódź."));
}

TEST(OutlookMsg, HtmlOnlyBodyIsReadAsText) {
    MsgMessage m = petra();
    m.html_body =
        "<html><head><style>p{}</style></head><body><p class=MsoNormal>Geachte heer,</p>"
        "<p>Wij willen meer <b>groen</b> in het centrum &amp; minder verharding.</p>"
        "<ul><li>bomen</li><li>geveltuinen</li></ul></body></html>";
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_TRUE(contains(s.body, "Wij willen meer groen in het centrum & minder verharding."));
    EXPECT_TRUE(contains(s.body, "- bomen\n- geveltuinen"));
    EXPECT_FALSE(contains(s.body, "p{}"));
    EXPECT_TRUE(has_note(s, "tekst uit de HTML-versie van de e-mail"));
}

const char* const kEncapsulatedHtml =
    "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\r\n"
    "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag161 <style>p\\{color:red\\}</style>}"
    "{\\*\\htmltag41 </head>}{\\*\\htmltag50 <body>}\r\n"
    "{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Wij vragen aandacht voor de caf\\'e9s \\u8364?5 \\htmlrtf }\\htmlrtf0 "
    "{\\*\\htmltag72 </p>}\\htmlrtf \\par \\htmlrtf0\r\n"
    "{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 en de {\\*\\htmltag84 <b>}\\htmlrtf \\b \\htmlrtf0 bereikbaarheid"
    "{\\*\\htmltag92 </b>}\\htmlrtf }\\htmlrtf0 .\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\r\n"
    "{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";

TEST(OutlookMsg, CompressedRtfWithEncapsulatedHtml) {
    MsgMessage m = petra();
    m.rtf_body = kEncapsulatedHtml;
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Wij vragen aandacht voor de cafés €5\n\nen de bereikbaarheid.");
    EXPECT_TRUE(has_note(s, "tekst uit de HTML-versie van de e-mail"));
}

const char* const kPlainRtf =
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
    "{\\*\\generator Riched20;}\\viewkind4\\uc1\\pard\\f0\\fs20 Geachte heer,\\par\r\n\\par\r\n"
    "De caf\\'e9s aan de markt verdienen een terras\\u8212-vergunning.\\par\r\n"
    "{\\pict\\wmetafile8 0102030405}\\par\r\nMet vriendelijke groet,\\par\r\nJan\\par\r\n}";

TEST(OutlookMsg, CompressedRtfPlainText) {
    MsgMessage m = petra();
    m.rtf_body = kPlainRtf;
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_TRUE(contains(s.body, "Geachte heer,\n\nDe cafés aan de markt verdienen een terras—vergunning."));
    EXPECT_FALSE(contains(s.body, "Arial"));
    EXPECT_FALSE(contains(s.body, "0102030405"));
    EXPECT_FALSE(contains(s.body, "Riched20"));
}

TEST(OutlookMsg, UncompressedRtfStream) {
    MsgMessage m = petra();
    m.rtf_body = kPlainRtf;
    m.rtf_form = MsgRtf::uncompressed;
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_TRUE(contains(s.body, "De cafés aan de markt verdienen een terras—vergunning."));
}

TEST(OutlookMsg, PlainBodyWinsOverHtmlAndRtf) {
    MsgMessage m = petra();
    m.plain_body = "De platte tekst.";
    m.html_body = "<p>De HTML-tekst.</p>";
    m.rtf_body = kPlainRtf;
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "De platte tekst.");
    EXPECT_FALSE(has_note(s, "tekst uit de HTML-versie van de e-mail"));
}

TEST(OutlookMsg, AttachmentsAreHandedBackAsPartOfTheMail) {
    MsgMessage m = petra();
    m.plain_body = "Zie de bijlagen.";
    const std::string pdf = std::string("%PDF-1.4\n\0\x01\x02\xff binary", 20);
    m.attachments.push_back(MsgAttachment{"Reactie EB.pdf", pdf, "application/pdf"});
    m.attachments.push_back(MsgAttachment{"scan van brief.jpg", "\xff\xd8\xff\xe0 jpeg", "image/jpeg"});
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    ASSERT_EQ(result->embedded.size(), 2u);
    EXPECT_EQ(result->embedded[0].name, "Reactie EB.pdf");
    EXPECT_EQ(result->embedded[0].media_type, "application/pdf");
    EXPECT_EQ(result->embedded[0].bytes, pdf);
    EXPECT_EQ(result->embedded[0].belongs_to, 0);
    EXPECT_EQ(result->embedded[1].name, "scan van brief.jpg");
    EXPECT_EQ(result->embedded[1].bytes, "\xff\xd8\xff\xe0 jpeg");
    // Where the points came from is the host's to say (origin), not a note.
    for (const auto& note : s.notes) EXPECT_EQ(note.find("bijlage"), std::string::npos) << note;
}

TEST(OutlookMsg, InlineImagesOfTheHtmlBodyAreLeftOut) {
    MsgMessage m = petra();
    m.html_body = "<p>Onze reactie staat in de bijlage.</p><p><img src=\"cid:logo001@01DB\"></p>";
    m.attachments.push_back(MsgAttachment{"image001.png", "\x89PNG logo", "image/png", "logo001@01DB"});
    m.attachments.push_back(MsgAttachment{"image002.png", "\x89PNG hidden", "image/png", "", true});
    m.attachments.push_back(MsgAttachment{"reactie.docx", "PK docx", "", "unused@01DB"});
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    ASSERT_EQ(result->embedded.size(), 1u);
    EXPECT_EQ(result->embedded[0].name, "reactie.docx");
    EXPECT_EQ(s.notes.size(), 1u);  // the HTML note
}

TEST(OutlookMsg, MailWithoutOwnTextIsItsAttachmentWithoutAWarning) {
    MsgMessage m = petra();
    m.attachments.push_back(MsgAttachment{"zienswijze.pdf", "%PDF-1.7", "application/pdf"});
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_TRUE(s.body.empty());
    EXPECT_TRUE(result->warnings.empty());
    ASSERT_EQ(result->embedded.size(), 1u);
}

TEST(OutlookMsg, AttachedMessageIsHandedBackAsAMsgOfItsOwn) {
    MsgMessage inner;
    inner.subject = "Zienswijze: parkeren/centrum?";
    inner.sender_name = "Karel Jansen";
    inner.sender_email = "karel@example.nl";
    inner.date = "2024-11-30 16:00:00";
    inner.plain_body = "Ik ben tegen betaald parkeren in het centrum.";
    inner.attachments.push_back(MsgAttachment{"foto.jpg", "\xff\xd8 foto", "image/jpeg"});
    MsgMessage m = petra();
    m.plain_body = "Hierbij stuur ik de reactie van mijn buurman door.";
    m.attached_messages.push_back(inner);

    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Hierbij stuur ik de reactie van mijn buurman door.");
    ASSERT_EQ(result->embedded.size(), 1u);
    const auto& file = result->embedded[0];
    EXPECT_EQ(file.name, "Zienswijze_ parkeren_centrum_.msg");
    EXPECT_EQ(file.media_type, "application/vnd.ms-outlook");
    EXPECT_EQ(file.belongs_to, 0);

    // What the host does with it: read it with this plugin, as a file of its own.
    const auto again = read_outlook(file.bytes, file.name);
    const auto& t = only_submission(again);
    EXPECT_EQ(t.stakeholder.name, "Karel Jansen");
    EXPECT_EQ(t.stakeholder.email, "karel@example.nl");
    EXPECT_EQ(t.date, "2024-11-30");
    EXPECT_EQ(t.body, "Ik ben tegen betaald parkeren in het centrum.");
    ASSERT_EQ(again->embedded.size(), 1u);
    EXPECT_EQ(again->embedded[0].name, "foto.jpg");
    EXPECT_EQ(again->embedded[0].bytes, "\xff\xd8 foto");
}

TEST(OutlookMsg, TransportHeadersGiveOrganisationAndTheSendersDate) {
    MsgMessage m = petra();
    m.date = "2024-12-12 23:30:00";  // UTC; the sender's clock already said 13 December
    m.transport_headers =
        "Received: from mail.example.nl\r\nFrom: Petra de Vries <petra@example.nl>\r\n"
        "Organization: Ondernemersvereniging\r\n Oss-Noord\r\nDate: Fri, 13 Dec 2024 00:30:00 +0100\r\n"
        "Subject: Reactie\r\n\r\n";
    m.plain_body = "Onze reactie.";
    const auto result = read_outlook(msg_file(m));
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.organisation, "Ondernemersvereniging Oss-Noord");
    EXPECT_EQ(s.date, "2024-12-13");
}

TEST(OutlookMsg, NotAnOleFileGivesOneClearError) {
    const auto result = read_outlook("Dit is gewoon tekst, geen Outlook-bericht.\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "is geen Outlook-bericht (.msg): het bestand is geen OLE-bestand");
}

TEST(OutlookMsg, TruncatedFileGivesOneClearError) {
    MsgMessage m = petra();
    m.plain_body = std::string(20000, 'x');
    const std::string bytes = msg_file(m);
    for (std::size_t keep : {std::size_t{8}, std::size_t{100}, std::size_t{512}, std::size_t{1536}, bytes.size() / 2}) {
        const auto result = read_outlook(bytes.substr(0, keep));
        ASSERT_FALSE(result.ok()) << keep;
        EXPECT_TRUE(result.error().message.starts_with("is geen Outlook-bericht (.msg): ")) << result.error().message;
        EXPECT_EQ(result.error().message.find('\n'), std::string::npos);
    }
}

TEST(OutlookMsg, OleFileWithoutMessagePropertiesIsRefused) {
    // A compound file that is no message (a Word 97 document, say).
    GsfOutput* sink = gsf_output_memory_new();
    {
        GsfOutfile* root = gsf_outfile_msole_new(sink);
        GsfOutput* stream = gsf_outfile_new_child(root, "WordDocument", FALSE);
        gsf_output_write(stream, 4, reinterpret_cast<const guint8*>("abcd"));
        gsf_output_close(stream);
        g_object_unref(stream);
        gsf_output_close(GSF_OUTPUT(root));
        g_object_unref(root);
    }
    if (!gsf_output_is_closed(sink)) gsf_output_close(sink);
    const std::string bytes(reinterpret_cast<const char*>(gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(sink))),
                            static_cast<std::size_t>(gsf_output_size(sink)));
    g_object_unref(sink);
    const auto result = read_outlook(bytes, "brief.msg");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.starts_with("is geen Outlook-bericht (.msg): de eigenschappen")) << result.error().message;
}

TEST(OutlookMsg, OversizeStreamIsRefused) {
    MsgMessage m = petra();
    m.plain_body = "Zie bijlage.";
    m.attachments.push_back(MsgAttachment{"groot.bin", std::string((64u << 20) + 1, 'a'), ""});
    const auto result = read_outlook(msg_file(m));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "is geen Outlook-bericht (.msg): een onderdeel is groter dan 64 MiB");
}

TEST(OutlookMsg, DamagedFilesNeverCrash) {
    MsgMessage m = petra();
    m.plain_body = "Een reactie met bijlage.";
    m.rtf_body = kEncapsulatedHtml;
    m.attachments.push_back(MsgAttachment{"a.txt", std::string(5000, 'b'), "text/plain"});
    m.attached_messages.push_back(petra());
    const std::string good = msg_file(m);
    std::mt19937 random(11);
    int read = 0;
    for (int round = 0; round < 300; ++round) {
        std::string bad = good;
        const int flips = 1 + static_cast<int>(random() % 16);
        for (int i = 0; i < flips; ++i) bad[random() % bad.size()] = static_cast<char>(random());
        const auto result = read_outlook(bad);
        if (result.ok()) ++read;
        else EXPECT_FALSE(result.error().message.empty());
    }
    EXPECT_GT(read, 0);  // most flips hit data, not structure
}

TEST(OutlookMsg, ReadsConcurrently) {
    MsgMessage m = petra();
    m.html_body = "<p>Meer groen in de wijk.</p>";
    m.attachments.push_back(MsgAttachment{"bijlage.pdf", "%PDF", "application/pdf"});
    m.attached_messages.push_back(petra());
    const std::string bytes = msg_file(m);
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i) {
                const auto result = read_outlook(bytes);
                if (result.ok() && result->submissions.size() == 1 && result->embedded.size() == 2 &&
                    result->submissions[0].body == "Meer groen in de wijk.")
                    ++good;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(good.load(), 100);
}

}  // namespace
