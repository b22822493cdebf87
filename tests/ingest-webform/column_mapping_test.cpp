// The shared header -> field mapping.
#include <gtest/gtest.h>

#include "column_mapping.hpp"

using inspraak::webform::Field;
using inspraak::webform::field_for_header;
using inspraak::webform::header_key;

TEST(WebformColumnMapping, KeyIgnoresCaseAccentsPunctuationSpacingAndPossessives) {
    EXPECT_EQ(header_key("  E-mailadres: "), "emailadres");
    EXPECT_EQ(header_key("Uw e-mailadres"), "emailadres");
    EXPECT_EQ(header_key("Type_Indiener"), "typeindiener");
    EXPECT_EQ(header_key("Catégorie"), "categorie");
    EXPECT_EQ(header_key("Volledige\u00a0naam"), "volledigenaam");
    EXPECT_EQ(header_key("uw"), "uw");  // a lone possessive stays what it is
}

TEST(WebformColumnMapping, DutchHeaders) {
    EXPECT_EQ(field_for_header("Naam"), Field::name);
    EXPECT_EQ(field_for_header("Volledige naam"), Field::name);
    EXPECT_EQ(field_for_header("Indiener"), Field::name);
    EXPECT_EQ(field_for_header("Organisatie"), Field::organisation);
    EXPECT_EQ(field_for_header("Namens"), Field::organisation);
    EXPECT_EQ(field_for_header("Instelling"), Field::organisation);
    EXPECT_EQ(field_for_header("BEDRIJF"), Field::organisation);
    EXPECT_EQ(field_for_header("Type indiener"), Field::group);
    EXPECT_EQ(field_for_header("Doelgroep"), Field::group);
    EXPECT_EQ(field_for_header("Categorie"), Field::group);
    EXPECT_EQ(field_for_header("E-mail"), Field::email);
    EXPECT_EQ(field_for_header("Emailadres"), Field::email);
    EXPECT_EQ(field_for_header("Telefoon"), Field::phone);
    EXPECT_EQ(field_for_header("Ingediend op"), Field::date);
    EXPECT_EQ(field_for_header("Tijdstempel"), Field::date);
    EXPECT_EQ(field_for_header("Betreft"), Field::subject);
    EXPECT_EQ(field_for_header("Onderdeel"), Field::reference);
    EXPECT_EQ(field_for_header("Paragraaf"), Field::reference);
    EXPECT_EQ(field_for_header("Pagina"), Field::reference);
    EXPECT_EQ(field_for_header("Reactie"), Field::body);
    EXPECT_EQ(field_for_header("Opmerkingen"), Field::body);
    EXPECT_EQ(field_for_header("Toelichting"), Field::body);
    EXPECT_EQ(field_for_header("Uw reactie:"), Field::body);
}

TEST(WebformColumnMapping, EnglishHeaders) {
    EXPECT_EQ(field_for_header("Name"), Field::name);
    EXPECT_EQ(field_for_header("Organization"), Field::organisation);
    EXPECT_EQ(field_for_header("Organisation"), Field::organisation);
    EXPECT_EQ(field_for_header("Group"), Field::group);
    EXPECT_EQ(field_for_header("Email"), Field::email);
    EXPECT_EQ(field_for_header("Phone"), Field::phone);
    EXPECT_EQ(field_for_header("Timestamp"), Field::date);
    EXPECT_EQ(field_for_header("Subject"), Field::subject);
    EXPECT_EQ(field_for_header("Section"), Field::reference);
    EXPECT_EQ(field_for_header("Page"), Field::reference);
    EXPECT_EQ(field_for_header("Your comment"), Field::body);
    EXPECT_EQ(field_for_header("Reaction"), Field::body);
    EXPECT_EQ(field_for_header("Message"), Field::body);
}

TEST(WebformColumnMapping, UnknownAndEmptyHeaders) {
    EXPECT_EQ(field_for_header("Postcode"), Field::unknown);
    EXPECT_EQ(field_for_header(""), Field::unknown);
    EXPECT_EQ(field_for_header(" - "), Field::unknown);
    EXPECT_EQ(field_for_header("naamloos"), Field::unknown);  // whole keys only, no prefixes
}

TEST(WebformColumnMapping, RemarksInBracketsAreIgnored) {
    EXPECT_EQ(header_key("E-mailadres (optioneel)"), "emailadres");
    EXPECT_EQ(field_for_header("Telefoon [niet verplicht]"), Field::phone);
    EXPECT_EQ(field_for_header("Reactie *"), Field::body);
}

TEST(WebformColumnMapping, QuestionHeaderIsTakenAsBodyOnlyWhenNoExactBodyHeaderExists) {
    using inspraak::webform::map_columns;
    auto guessed = map_columns({"Naam", "Uw reactie op het kader", "Postcode"});
    EXPECT_EQ(guessed.fields[1], Field::body);
    EXPECT_EQ(guessed.fields[2], Field::unknown);
    EXPECT_EQ(guessed.guessed_body_columns, std::vector<std::size_t>{1});

    auto exact = map_columns({"Reactie", "Opmerkingen over de procedure"});
    EXPECT_EQ(exact.fields[0], Field::body);
    EXPECT_EQ(exact.fields[1], Field::unknown);
    EXPECT_TRUE(exact.guessed_body_columns.empty());

    // "Naam van uw organisatie" must not become the body, nor the name.
    auto none = map_columns({"Naam van uw organisatie", "Reactiedatum"});
    EXPECT_FALSE(none.has_body());
}
