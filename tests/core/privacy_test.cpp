#include <gtest/gtest.h>

#include "pipeline/privacy.hpp"

namespace inspraak::core {
namespace {

TEST(Privacy, RedactsEmailAddressesPhoneNumbersAndTheSendersName) {
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
    EXPECT_NE(out.find("[e-mailadres verwijderd]"), std::string::npos);
    EXPECT_NE(out.find("[telefoonnummer verwijderd]"), std::string::npos);
    EXPECT_NE(out.find("[naam verwijderd]"), std::string::npos);
    // Years and ordinary numbers stay.
    EXPECT_NE(out.find("In 2025 telde Oss 96.000 inwoners."), std::string::npos) << out;
}

TEST(Privacy, EnglishMarkers) {
    EXPECT_EQ(redact_personal_data("mail a@b.org", Stakeholder{}, "en"), "mail [e-mail removed]");
}

TEST(Privacy, SenderLabelPrefersOrganisationThenGroup) {
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "BOM", "partners", "", ""}, "nl"), "BOM");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "inwoners", "", ""}, "nl"), "Inwoners");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "", "", ""}, "nl"), "Inwoner");
    EXPECT_EQ(published_sender_label(Stakeholder{"Jan", "", "", "", ""}, "en"), "Resident");
}

}  // namespace
}  // namespace inspraak::core
