// Each detector on its own: what it must find, and the look-alikes it must leave.
#include <gtest/gtest.h>

#include <set>

#include "privacy/detectors.hpp"

namespace inspraak::core {
namespace {

using Detector = void (*)(std::string_view, std::vector<PersonalSpan>&);

// What `detect(text, spans)` found, as texts.
template <typename Detect>
std::vector<std::string> found_by(Detect&& detect, std::string_view text) {
    std::vector<PersonalSpan> spans;
    detect(text, spans);
    std::vector<std::string> out;
    for (const auto& span : spans) out.emplace_back(text.substr(span.begin, span.end - span.begin));
    return out;
}

std::vector<std::string> found(Detector detector, std::string_view text) { return found_by(detector, text); }

using Found = std::vector<std::string>;

TEST(Detectors, Ibans) {
    EXPECT_EQ(found(detect::ibans, "op NL91ABNA0417164300."), Found{"NL91ABNA0417164300"});
    EXPECT_EQ(found(detect::ibans, "op NL91 ABNA 0417 1643 00 graag"), Found{"NL91 ABNA 0417 1643 00"});
    EXPECT_EQ(found(detect::ibans, "rekening nl91abna0417164300"), Found{"nl91abna0417164300"});
    EXPECT_EQ(found(detect::ibans, "FR1420041010050500013M02606 en DE89370400440532013000"),
              (Found{"FR1420041010050500013M02606", "DE89370400440532013000"}));
    EXPECT_TRUE(found(detect::ibans, "NL92ABNA0417164300").empty());  // one check digit off
    EXPECT_TRUE(found(detect::ibans, "NL in Business, NL2025 plan, AB12 CDEF GHIJ KLMN").empty());
}

TEST(Detectors, Bsns) {
    EXPECT_EQ(found(detect::bsns, "BSN 123456782."), Found{"123456782"});
    EXPECT_EQ(found(detect::bsns, "BSN 1234.56.782, en"), Found{"1234.56.782"});
    EXPECT_EQ(found(detect::bsns, "BSN: 123 456 782"), Found{"123 456 782"});
    EXPECT_TRUE(found(detect::bsns, "dossier 123456789").empty());  // fails the eleven-test
    EXPECT_TRUE(found(detect::bsns, "€ 123.456.782 en 123.456.782,00 en 1123456782 en A123456782").empty());
    EXPECT_TRUE(found(detect::bsns, "123.456.782.1 en 000000000").empty());
}

TEST(Detectors, Postcodes) {
    EXPECT_EQ(found(detect::postcodes, "5211 AB Den Bosch, 5211AB, 5341 CD 12a"), (Found{"5211 AB", "5211AB", "5341 CD 12a"}));
    EXPECT_TRUE(found(detect::postcodes, "in 2025 NL in Business, 1234 SS, 0123 AB, 25.000 EU, 5211 EU-breed").empty());
}

TEST(Detectors, Addresses) {
    EXPECT_EQ(found(detect::addresses, "aan de Dorpsstraat 12."), Found{"Dorpsstraat 12"});
    EXPECT_EQ(found(detect::addresses, "op Burgemeester van den Boschlaan 27a"), Found{"Burgemeester van den Boschlaan 27a"});
    EXPECT_EQ(found(detect::addresses, "Laan van Meerdervoort 112, Den Haag"), Found{"Laan van Meerdervoort 112"});
    EXPECT_EQ(found(detect::addresses, "Kerkstraat 3-II en Parklaan 5 bis en Hoogstraat 4 A, ja"),
              (Found{"Kerkstraat 3-II", "Parklaan 5 bis", "Hoogstraat 4 A"}));
    EXPECT_TRUE(found(detect::addresses, "de Dorpsstraat is druk; Stationsweg 2025-2030; Gerechtshof 3 juni; artikel 12").empty());
    EXPECT_TRUE(found(detect::addresses, "het kleine straat 12 en Dorpsstraat 3,5 km").empty());
}

TEST(Detectors, PhoneNumbers) {
    EXPECT_EQ(found(detect::phones, "06-12345678, 0412 123 456, +31 (0)6 12 34 56 78, 0031 6 11223344"),
              (Found{"06-12345678", "0412 123 456", "+31 (0)6 12 34 56 78", "0031 6 11223344"}));
    EXPECT_TRUE(found(detect::phones, "op 01-02-2025 om 10.00 uur, 06-12-2025 10.00, 2025-2030, € 25.000").empty());
    EXPECT_TRUE(found(detect::phones, "NL91ABNA0417164300 en 2024/0123456").empty());
}

TEST(Detectors, BirthDates) {
    EXPECT_EQ(found(detect::birth_dates, "geboren op 12-03-1956 in Oss"), Found{"12-03-1956"});
    EXPECT_EQ(found(detect::birth_dates, "Ik ben 15/06/2005 geboren"), Found{"15/06/2005"});
    EXPECT_EQ(found(detect::birth_dates, "(geb. 3 mrt. 1951)"), Found{"3 mrt. 1951"});
    EXPECT_EQ(found(detect::birth_dates, "Geboortedatum: 1962-08-14;"), Found{"1962-08-14"});
    EXPECT_EQ(found(detect::birth_dates, "geboren in 1949"), Found{"1949"});
    EXPECT_TRUE(found(detect::birth_dates, "op 12-03-2024 besloten. Geboren en getogen in Oss, sinds 1975").empty());
}

TEST(Detectors, LicencePlates) {
    EXPECT_EQ(found(detect::licence_plates, "12-ABC-3, AB-12-CD en 1-KBB-95."), (Found{"12-ABC-3", "AB-12-CD", "1-KBB-95"}));
    EXPECT_TRUE(found(detect::licence_plates, "12-03-56, 2025-2030, EB-2024-17, ab-12-cd, AB-1C-12").empty());
}

TEST(Detectors, Emails) {
    EXPECT_EQ(found(detect::emails, "mail j.bakker@ziggo.example."), Found{"j.bakker@ziggo.example"});
    EXPECT_TRUE(found(detect::emails, "@gemeente op twitter, a@b").empty());
}

TEST(Detectors, Names) {
    const auto names = [](std::string_view text, Stakeholder sender = {}) {
        // Several triggers may find the same name; the redactor joins them.
        const auto all = found_by([&](std::string_view t, std::vector<PersonalSpan>& spans) { detect::names(t, sender, spans); }, text);
        return std::set<std::string>(all.begin(), all.end());
    };
    using Names = std::set<std::string>;
    EXPECT_EQ(names("Met vriendelijke groet, J.P. van der Berg"), Names{"J.P. van der Berg"});
    EXPECT_EQ(names("Hoogachtend, D. van 't Hof"), Names{"D. van 't Hof"});
    EXPECT_EQ(names("de heer dr. K. de Vries en mevrouw Van den Berg"), (Names{"K. de Vries", "Van den Berg"}));
    EXPECT_TRUE(names("Met vriendelijke groet, Ondernemersvereniging Noord").empty());
    EXPECT_TRUE(names("Geachte mevrouw de wethouder, de heer en").empty());
    EXPECT_TRUE(names("Met vriendelijke groet, Bakkerij Smit", Stakeholder{"", "Bakkerij Smit", "", "", ""}).empty());
    const Stakeholder petra{"Petra de Vries", "", "", "", ""};
    EXPECT_EQ(names("Volgens Petra en De Vries", petra), (Names{"Petra", "Vries", "De Vries"}));
}

}  // namespace
}  // namespace inspraak::core
