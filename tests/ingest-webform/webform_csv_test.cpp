// CSV web-form exports through the ingester: RFC 4180 quirks, charsets, delimiters, headers.
#include "csv_reader.hpp"
#include "webform_test_support.hpp"

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using webform_test::ingest;
using webform_test::ingest_csv;

TEST(WebformCsv, QuotedCommasNewlinesAndDoubledQuotes) {
    auto result = ingest_csv(
        "naam,organisatie,reactie\n"
        "Jan Jansen,\"Bakker, Smit & Co\",\"Eerste punt, met komma.\n"
        "Tweede regel met \"\"aanhalingstekens\"\".\"\n"
        "Els,,Kort\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    const auto& first = result->submissions[0];
    EXPECT_EQ(first.stakeholder.name, "Jan Jansen");
    EXPECT_EQ(first.stakeholder.organisation, "Bakker, Smit & Co");
    EXPECT_EQ(first.body, "Eerste punt, met komma.\nTweede regel met \"aanhalingstekens\".");
    EXPECT_EQ(result->submissions[1].stakeholder.name, "Els");
    EXPECT_EQ(result->submissions[1].stakeholder.organisation, "");
    EXPECT_EQ(result->submissions[1].body, "Kort");
    EXPECT_TRUE(result->warnings.empty());
}

TEST(WebformCsv, SemicolonDelimiterFromDutchExcel) {
    auto result = ingest_csv(
        "Naam;Organisatie;Reactie\n"
        "Piet;Ondernemersvereniging;Goed plan, maar de planning is krap\n"
        "Karin;\"Stichting; onderwijs\";Akkoord\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[0].body, "Goed plan, maar de planning is krap");
    EXPECT_EQ(result->submissions[1].stakeholder.organisation, "Stichting; onderwijs");
}

TEST(WebformCsv, DetectsDelimiterOnlyOutsideQuotes) {
    EXPECT_EQ(inspraak::webform::detect_delimiter("a;b;c\n1,2,3,4,5"), ';');
    EXPECT_EQ(inspraak::webform::detect_delimiter("a,b,c\n1;2;3;4;5"), ',');
    EXPECT_EQ(inspraak::webform::detect_delimiter("\"x;y;z\",b\n"), ',');
    EXPECT_EQ(inspraak::webform::detect_delimiter("\"a,b,c\";d;e\n"), ';');
}

TEST(WebformCsv, Windows1252BytesBecomeUtf8) {
    // "é" and "ë" as single windows-1252 bytes, the way older Excel saves "CSV (;)".
    auto result = ingest_csv(
        "Naam;Organisatie;Reactie\r\n"
        "Ren\xE9 de Vries;Caf\xE9 Het Plein;Wij willen meer ruimte voor caf\xE9s en terrassen in het centrum. "
        "Co\xF6rdinatie met de buurt is belangrijk, idee\xEBn genoeg.\r\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].stakeholder.name, "Ren\u00e9 de Vries");
    EXPECT_EQ(result->submissions[0].stakeholder.organisation, "Caf\u00e9 Het Plein");
    EXPECT_THAT(result->submissions[0].body, HasSubstr("caf\u00e9s"));
    EXPECT_THAT(result->submissions[0].body, HasSubstr("idee\u00ebn"));
}

TEST(WebformCsv, Utf8ByteOrderMarkIsNotPartOfTheFirstHeader) {
    auto result = ingest_csv("\xEF\xBB\xBFNaam,Reactie\nJos\u00e9,Prima\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].stakeholder.name, "Jos\u00e9");
    EXPECT_TRUE(result->warnings.empty()) << result->warnings.front();
}

TEST(WebformCsv, CrlfLineEndingsInsideAndBetweenRecords) {
    auto result = ingest_csv(
        "Naam,Reactie\r\n"
        "An,\"Regel een\r\nRegel twee\"\r\n"
        "Bo,Laatste\r\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[0].body, "Regel een\nRegel twee");
    EXPECT_EQ(result->submissions[1].body, "Laatste");  // no stray \r
    EXPECT_EQ(result->submissions[1].stakeholder.name, "Bo");
}

TEST(WebformCsv, LastLineWithoutNewline) {
    auto result = ingest_csv("naam,reactie\nAn,Zonder regeleinde");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body, "Zonder regeleinde");
}

TEST(WebformCsv, EnglishHeadersFillEveryField) {
    auto result = ingest_csv(
        "Name,Organization,Category,E-mail,Phone,Date,Subject,Section,Comments\n"
        "Ann Smith,Pivot Partners,partner,ann@example.org,0612345678,2024-12-01,Talent,Chapter 5,More on talent.\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const auto& s = result->submissions[0];
    EXPECT_EQ(s.stakeholder.name, "Ann Smith");
    EXPECT_EQ(s.stakeholder.organisation, "Pivot Partners");
    EXPECT_EQ(s.stakeholder.group, "partner");
    EXPECT_EQ(s.stakeholder.email, "ann@example.org");
    EXPECT_EQ(s.stakeholder.phone, "0612345678");
    EXPECT_EQ(s.date, "2024-12-01");
    EXPECT_EQ(s.subject, "Talent");
    EXPECT_EQ(s.reference, "Chapter 5");
    EXPECT_EQ(s.body, "More on talent.");
    EXPECT_TRUE(result->warnings.empty());
}

TEST(WebformCsv, DutchHeadersWithAccentsPunctuationAndDutchDates) {
    auto result = ingest_csv(
        "Volledige naam;Namens;Type indiener;E-mailadres:;Telefoonnummer;Ingediend op;Betreft;Hoofdstuk;Reactie\n"
        "Ria;BOM;partner;ria@example.nl;013-1234567;3-2-2025;Export;H5;Tekst\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const auto& s = result->submissions[0];
    EXPECT_EQ(s.stakeholder.name, "Ria");
    EXPECT_EQ(s.stakeholder.organisation, "BOM");
    EXPECT_EQ(s.stakeholder.group, "partner");
    EXPECT_EQ(s.stakeholder.email, "ria@example.nl");
    EXPECT_EQ(s.stakeholder.phone, "013-1234567");
    EXPECT_EQ(s.date, "2025-02-03");
    EXPECT_EQ(s.subject, "Export");
    EXPECT_EQ(s.reference, "H5");
    EXPECT_THAT(s.notes, Contains(HasSubstr("rij 2")));
}

TEST(WebformCsv, SeveralBodyColumnsBecomeParagraphsInColumnOrder) {
    auto result = ingest_csv(
        "naam,reactie,toelichting\n"
        "A,Het hoofdpunt.,De uitleg erbij.\n"
        "B,,Alleen toelichting.\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[0].body, "Het hoofdpunt.\n\nDe uitleg erbij.");
    EXPECT_EQ(result->submissions[1].body, "Alleen toelichting.");
}

TEST(WebformCsv, RowsWithEmptyBodyAreSkippedWithAWarningNamingTheRow) {
    auto result = ingest_csv(
        "naam,reactie\n"
        "A,Eerste\n"
        "B,   \n"
        "C,Derde\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[1].stakeholder.name, "C");
    EXPECT_THAT(result->warnings, ElementsAre(AllOf(HasSubstr("rij 3"), HasSubstr("overgeslagen"))));
}

TEST(WebformCsv, FullyEmptyRowsAreSkippedWithOneWarning) {
    auto result = ingest_csv("naam;reactie\nA;Tekst\n;\n;\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions.size(), 1u);
    EXPECT_THAT(result->warnings, ElementsAre(AllOf(HasSubstr("lege rijen"), HasSubstr("rij 3, rij 4"))));
}

TEST(WebformCsv, UnknownColumnsGetOneWarningAndAreIgnored) {
    auto result = ingest_csv(
        "Naam,Postcode,Reactie,Leeftijd\n"
        "A,5211AB,Tekst een,40\n"
        "B,5212CD,Tekst twee,51\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[0].body, "Tekst een");
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_THAT(result->warnings[0], AllOf(HasSubstr("onbekende kolommen"), HasSubstr("\"Postcode\""),
                                           HasSubstr("\"Leeftijd\"")));
}

TEST(WebformCsv, ExtraFieldsBeyondTheHeaderAreReported) {
    auto result = ingest_csv("naam,reactie\nA,Tekst,vergeten kolom\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_THAT(result->warnings, ElementsAre(AllOf(HasSubstr("extra velden"), HasSubstr("rij 2"))));
}

TEST(WebformCsv, MissingBodyColumnIsAnErrorNamingWhatWasFound) {
    auto result = ingest_csv("naam,organisatie,postcode\nA,B,C\n");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("geen kolom met de reactie"), HasSubstr("reactie, opmerking"),
                                              HasSubstr("\"postcode\"")));
}

TEST(WebformCsv, UnterminatedQuoteIsAnErrorNamingTheLine) {
    auto result = ingest_csv(
        "naam,reactie\n"
        "A,Goed\n"
        "B,\"Begint met een aanhalingsteken\n"
        "en sluit nooit af\n");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("niet gesloten"), HasSubstr("regel 3")));
}

TEST(WebformCsv, StrayQuoteInsideAnUnquotedFieldIsAnError) {
    auto result = ingest_csv("naam,reactie\nA,Tekst met \"citaat\" erin\n");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("ongeldige CSV"), HasSubstr("regel 2")));
}

TEST(WebformCsv, EmptyAndHeaderOnlyFilesAreErrors) {
    auto empty = ingest_csv("");
    ASSERT_FALSE(empty.ok());
    EXPECT_THAT(empty.error().message, HasSubstr("leeg"));

    auto blank = ingest_csv("\xEF\xBB\xBF \r\n");
    ASSERT_FALSE(blank.ok());
    EXPECT_THAT(blank.error().message, HasSubstr("leeg"));

    auto header_only = ingest_csv("naam;reactie\r\n");
    ASSERT_FALSE(header_only.ok());
    EXPECT_THAT(header_only.error().message, HasSubstr("alleen een kopregel"));
}

TEST(WebformCsv, FileWithoutExtensionIsReadAsCsvUnlessItLooksLikeJson) {
    auto csv = ingest("naam,reactie\nA,Tekst\n", "export");
    ASSERT_TRUE(csv.ok()) << csv.error().message;
    EXPECT_EQ(csv->submissions.size(), 1u);
    auto json = ingest("[{\"reactie\": \"Tekst\"}]", "export");
    ASSERT_TRUE(json.ok()) << json.error().message;
    EXPECT_EQ(json->submissions.size(), 1u);
}

TEST(WebformCsv, ExtensionDecidesBeforeContentAndIgnoresCase) {
    // Starts with '{', but the extension says CSV.
    auto result = ingest("{id},reactie\nA,Tekst\n", "EXPORT.CSV");
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions.size(), 1u);
}

TEST(WebformCsv, QuestionHeaderAsBodyIsReadWithAWarning) {
    auto result = ingest_csv("Naam;Uw reactie op het concept-kader\nA;Tekst\n");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body, "Tekst");
    EXPECT_THAT(result->warnings, ElementsAre(HasSubstr("\"Uw reactie op het concept-kader\" gelezen als de reactie")));
}
