#include <gtest/gtest.h>

#include <random>
#include <string>

#include "outlook_test_support.hpp"
#include "test_support/tnef_writer.hpp"

namespace {

using inspraak::test::only_submission;
using inspraak::test::read_outlook;
using inspraak::test::tnef_file;
using inspraak::test::TnefAttachment;
using inspraak::test::TnefMessage;

TEST(OutlookTnef, AttachmentsOfAWinmailDatWithoutTextStandOnTheirOwn) {
    TnefMessage message;
    message.subject = "Reactie";
    message.attachments = {TnefAttachment{"Reactie EB.docx", "PK\x03\x04 docx"},
                           TnefAttachment{"foto.jpg", std::string("\xff\xd8\x00\x01", 4)}};
    const auto result = read_outlook(tnef_file(message), "winmail.dat");
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_TRUE(result->submissions.empty());
    ASSERT_EQ(result->embedded.size(), 2u);
    EXPECT_EQ(result->embedded[0].name, "Reactie EB.docx");
    EXPECT_EQ(result->embedded[0].bytes, "PK\x03\x04 docx");
    EXPECT_EQ(result->embedded[0].belongs_to, -1);
    EXPECT_EQ(result->embedded[1].name, "foto.jpg");
    EXPECT_EQ(result->embedded[1].bytes, std::string("\xff\xd8\x00\x01", 4));
    EXPECT_EQ(result->embedded[1].belongs_to, -1);
}

TEST(OutlookTnef, RtfBodyMakesTheMessagesSubmission) {
    TnefMessage message;
    message.subject = "Zienswijze caf\xe9";  // windows-1252
    message.date = "2024-12-12";
    message.sender_name = "Petra de Vries";
    message.sender_email = "petra@example.nl";
    message.rtf_body = "{\\rtf1\\ansi\\ansicpg1252 Wij vragen om meer terrassen bij de caf\\'e9s.\\par}";
    message.attachments = {TnefAttachment{"kaart.pdf", "%PDF-1.5"}, TnefAttachment{"brief.docx", "PK"}};
    const auto result = read_outlook(tnef_file(message), "winmail.dat");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.subject, "Zienswijze café");
    EXPECT_EQ(s.date, "2024-12-12");
    EXPECT_EQ(s.stakeholder.name, "Petra de Vries");
    EXPECT_EQ(s.stakeholder.email, "petra@example.nl");
    EXPECT_EQ(s.body, "Wij vragen om meer terrassen bij de cafés.");
    ASSERT_EQ(result->embedded.size(), 2u);
    EXPECT_EQ(result->embedded[0].belongs_to, 0);
    EXPECT_EQ(result->embedded[1].name, "brief.docx");
}

TEST(OutlookTnef, PlainBodyWithoutSenderNeedsNoWarning) {
    TnefMessage message;
    message.plain_body = "Korte reactie.";
    const auto result = read_outlook(tnef_file(message), "winmail.dat");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Korte reactie.");
    EXPECT_TRUE(result->warnings.empty());
}

TEST(OutlookTnef, DatThatIsNotTnefIsRefused) {
    const auto result = read_outlook("12;34;56\n78;90;12\n", "meetwaarden.dat");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "is geen winmail.dat (TNEF-bestand): de TNEF-handtekening ontbreekt");
}

TEST(OutlookTnef, DamagedTnefGivesOneClearError) {
    TnefMessage message;
    message.attachments = {TnefAttachment{"a.txt", "inhoud"}};
    const std::string good = tnef_file(message);

    std::string bad_sum = good;
    bad_sum[bad_sum.size() - 30] ^= 0x5A;
    const auto sum = read_outlook(bad_sum, "winmail.dat");
    ASSERT_FALSE(sum.ok());
    EXPECT_TRUE(sum.error().message.starts_with("is geen winmail.dat (TNEF-bestand): ")) << sum.error().message;

    for (std::size_t keep : {std::size_t{4}, std::size_t{7}, std::size_t{20}, good.size() - 1}) {
        const auto cut = read_outlook(good.substr(0, keep), "winmail.dat");
        ASSERT_FALSE(cut.ok()) << keep;
        EXPECT_EQ(cut.error().message, "is geen winmail.dat (TNEF-bestand): het bestand is afgebroken") << keep;
    }

    std::string huge = good;  // the first record claims 4 GiB
    huge[6 + 5] = '\xff';
    huge[6 + 6] = '\xff';
    huge[6 + 7] = '\xff';
    huge[6 + 8] = '\xff';
    const auto big = read_outlook(huge, "winmail.dat");
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().message, "is geen winmail.dat (TNEF-bestand): een onderdeel is groter dan 64 MiB");
}

TEST(OutlookTnef, DamagedMapiPropertiesAreRefusedBeforeLibytnefSeesThem) {
    using inspraak::test::put_u16;
    using inspraak::test::put_u32;
    std::string bytes;
    put_u32(bytes, 0x223E9F78);
    put_u16(bytes, 1);
    std::string block;
    put_u32(block, 3);  // three properties announced, one present
    inspraak::test::tnef_detail::mapi_variable(block, 0x0037, 0x001E, std::string("Onderwerp") + '\0');
    inspraak::test::tnef_detail::record(bytes, 1, 0x00069003, block);
    testing::internal::CaptureStdout();
    const auto result = read_outlook(bytes, "winmail.dat");
    EXPECT_EQ(testing::internal::GetCapturedStdout(), "");  // nothing printed by the library
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "is geen winmail.dat (TNEF-bestand): de MAPI-eigenschappen zijn beschadigd");
}

TEST(OutlookTnef, DamagedFilesNeverCrashNorPrint) {
    TnefMessage message;
    message.subject = "Reactie";
    message.sender_name = "Petra";
    message.rtf_body = "{\\rtf1\\ansi Tekst van de reactie.\\par}";
    message.attachments = {TnefAttachment{"a.txt", "inhoud"}, TnefAttachment{"b.pdf", "%PDF"}};
    const std::string good = tnef_file(message);
    std::mt19937 random(7);
    testing::internal::CaptureStdout();
    for (int round = 0; round < 300; ++round) {
        std::string bad = good;
        for (int i = 0, flips = 1 + static_cast<int>(random() % 4); i < flips; ++i)
            bad[random() % bad.size()] = static_cast<char>(random());
        const auto result = read_outlook(bad, "winmail.dat");
        if (!result.ok()) {
            EXPECT_EQ(result.error().message.find('\n'), std::string::npos);
        }
    }
    EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

TEST(OutlookTnef, EmptyWinmailDatIsAnError) {
    const auto result = read_outlook(tnef_file(TnefMessage{}), "winmail.dat");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "winmail.dat bevat geen tekst en geen bijlagen");
}

}  // namespace
