#include <gtest/gtest.h>

#include "reply_cleanup.hpp"
#include "signature_organisation.hpp"

using inspraak::ingest::clean_reply;
using inspraak::ingest::is_disclaimer;
using inspraak::ingest::organisation_from_signature;

TEST(CleanReply, AppleMailAttributionIsCut) {
    auto mail = clean_reply(
        "Prima stuk.\n\nOp 12 dec. 2024, om 10:15 heeft Jan Jansen <jan@example.nl> het volgende geschreven:\n\n"
        "> tekst\n");
    EXPECT_EQ(mail.body, "Prima stuk.");
    EXPECT_TRUE(mail.removed_history);
}

TEST(CleanReply, ThunderbirdAttributionIsCut) {
    auto mail = clean_reply("Akkoord.\n\nJan Jansen schreef op 12-12-2024 om 10:15:\n> tekst\n");
    EXPECT_EQ(mail.body, "Akkoord.");
}

TEST(CleanReply, OrdinaryTextIsLeftAlone) {
    const char* text =
        "Op de campus werken veel mensen.\n\nVan: de ondernemers hoort u meer.\n\nOn top of that: meer budget.";
    auto mail = clean_reply(text);
    EXPECT_EQ(mail.body, text);
    EXPECT_FALSE(mail.removed_history);
    EXPECT_FALSE(mail.removed_disclaimer);
}

TEST(CleanReply, SignatureIsSeparated) {
    auto mail = clean_reply("Tekst.\n\n-- \nJan\nBOM\n");
    EXPECT_EQ(mail.body, "Tekst.");
    EXPECT_EQ(mail.signature, "Jan\nBOM");
}

TEST(Disclaimer, RecognisesCommonNoticesOnly) {
    EXPECT_TRUE(is_disclaimer("De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde."));
    EXPECT_TRUE(is_disclaimer("Aan de inhoud van dit bericht kunnen geen rechten worden ontleend."));
    EXPECT_TRUE(is_disclaimer("If you are not the intended recipient, please delete this message."));
    EXPECT_TRUE(is_disclaimer("THIS EMAIL AND ANY ATTACHMENTS ARE CONFIDENTIAL."));
    EXPECT_FALSE(is_disclaimer("Wij vinden dat de vertrouwelijkheid van bedrijfsgegevens beter geregeld moet worden."));
}

TEST(SignatureOrganisation, RoleInFrontIsDropped) {
    EXPECT_EQ(organisation_from_signature("Tekst.\n\nMet vriendelijke groet,\nJan Jansen\nVoorzitter Ondernemersvereniging "
                                          "Oss-Noord\n",
                                          "", "Jan Jansen"),
              "Ondernemersvereniging Oss-Noord");
    EXPECT_EQ(organisation_from_signature("Kind regards,\nAnna Smith\nDirector of Operations at Pivot Park B.V.\n", "",
                                          "Anna Smith"),
              "Pivot Park B.V.");
    EXPECT_EQ(organisation_from_signature("Groet,\nKaren | Secretaris | Stichting Oss Werkt\n", "", "Karen"),
              "Stichting Oss Werkt");
}

TEST(SignatureOrganisation, OutlookNameOrderAndMissingDisplayName) {
    EXPECT_EQ(organisation_from_signature("Met vriendelijke groet,\nJan Jansen\nGemeente Uden\n", "", "Jansen, Jan"),
              "Gemeente Uden");
    EXPECT_EQ(organisation_from_signature("Met vriendelijke groet,\nJan Jansen\nAgrifood Capital\n", "", ""),
              "Agrifood Capital");
}

TEST(SignatureOrganisation, UnsureMeansEmpty) {
    EXPECT_EQ(organisation_from_signature("Met vriendelijke groet,\nJan Jansen\nBeleidsmedewerker\n", "", "Jan Jansen"),
              "");
    EXPECT_EQ(organisation_from_signature("Wij zijn lid van de Stichting X.\n", "", "Jan Jansen"), "");
    EXPECT_EQ(organisation_from_signature("Groet,\nJan\n", "Jan\nKerkstraat 5, Oss\n", "Jan Jansen"), "");
}
