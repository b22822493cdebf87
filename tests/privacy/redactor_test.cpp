#include <gtest/gtest.h>

#include "privacy/redactor.hpp"

namespace inspraak::core {
namespace {

TEST(Redactor, RedactsEmailAddressesPhoneNumbersAndTheSendersName) {
    Stakeholder sender{"Petra de Vries", "", "inwoners", "", ""};
    std::string text =
        "Bel me op 06-12345678 of +31 6 1234 5678, of (0412) 123 456, of mail petra.devries@example.nl. "
        "Groet, Petra de Vries. In 2025 telde Oss 96.000 inwoners.";
    std::string out = redact_personal_data(text, sender, "nl");
    EXPECT_EQ(out.find("12345678"), std::string::npos) << out;
    EXPECT_EQ(out.find("1234 5678"), std::string::npos) << out;
    EXPECT_EQ(out.find("123 456"), std::string::npos) << out;
    EXPECT_EQ(out.find("@"), std::string::npos) << out;
    EXPECT_EQ(out.find("Petra de Vries"), std::string::npos) << out;
    EXPECT_NE(out.find("[e-mailadres]"), std::string::npos);
    EXPECT_NE(out.find("[telefoonnummer]"), std::string::npos);
    EXPECT_NE(out.find("Groet, [naam]."), std::string::npos) << out;
    // Years and ordinary numbers stay.
    EXPECT_NE(out.find("In 2025 telde Oss 96.000 inwoners."), std::string::npos) << out;
}

TEST(Redactor, TheIssuesLetterKeepsItsRemarks) {
    const std::string text =
        "Mijn IBAN is NL91ABNA0417164300 en mijn BSN 123456782; ik woon op Dorpsstraat 12, 5211 AB, "
        "en vind de fietsstraat een goed idee.";
    EXPECT_EQ(redact_personal_data(text, Stakeholder{}, "nl"),
              "Mijn IBAN is [IBAN] en mijn BSN [BSN]; ik woon op [adres], [postcode], en vind de fietsstraat een goed idee.");
}

TEST(Redactor, EnglishLabels) {
    EXPECT_EQ(redact_personal_data("mail a@b.org", Stakeholder{}, "en"), "mail [e-mail address]");
    EXPECT_EQ(redact_personal_data("I live at Dorpsstraat 12, 5211 AB, born 12-03-1956, car AB-12-CD.", Stakeholder{}, "en"),
              "I live at [address], [postcode], born [date of birth], car [licence plate].");
}

TEST(Redactor, AKeptStretchStaysAndOnlyThatOne) {
    const std::string text = "Ik woon op Dorpsstraat 12 en mijn buurman op Dorpsstraat 14.";
    KeptPublic kept{{"address", "Dorpsstraat 12"}};
    EXPECT_EQ(redact_personal_data(text, Stakeholder{}, "nl", kept), "Ik woon op Dorpsstraat 12 en mijn buurman op [adres].");
    // Keyed by kind too: the same text kept as another kind does not count.
    EXPECT_EQ(redact_personal_data(text, Stakeholder{}, "nl", KeptPublic{{"name", "Dorpsstraat 12"}}),
              "Ik woon op [adres] en mijn buurman op [adres].");
    const auto found = find_redactions(text, Stakeholder{}, kept);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].kept);
    EXPECT_EQ(found[0].text, "Dorpsstraat 12");
    EXPECT_FALSE(found[1].kept);
}

TEST(Redactor, OverlapsBecomeOneStretch) {
    // A signature on one line: the name runs into the street's name; nothing of either may show.
    const auto out = redact_personal_data("Met vriendelijke groet, Jan Smit Dorpsstraat 12", Stakeholder{}, "nl");
    EXPECT_EQ(out.find("Dorpsstraat"), std::string::npos) << out;
    EXPECT_EQ(out.find("12"), std::string::npos) << out;
}

TEST(Redactor, TheOrganisationOfTheSenderStays) {
    Stakeholder sender{"Hans Dekker", "Dekker Installatietechniek", "ondernemers", "", ""};
    EXPECT_EQ(redact_personal_data("Met vriendelijke groet, Hans Dekker, Dekker Installatietechniek", sender, "nl"),
              "Met vriendelijke groet, [naam], Dekker Installatietechniek");
    Stakeholder private_person{"Hans Dekker", "", "", "", ""};
    EXPECT_EQ(redact_personal_data("Dekker vindt het goed.", private_person, "nl"), "[naam] vindt het goed.");
}

TEST(Redactor, SenderLabelPrefersOrganisationThenGroup) {
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "BOM", "partners", "", ""}, "nl"), "BOM");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "inwoners", "", ""}, "nl"), "Inwoners");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "", "", ""}, "nl"), "Inwoner");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "", "", ""}, "en"), "Resident");
}

}  // namespace
}  // namespace inspraak::core
