// JSON web-form exports through the ingester: arrays, wrapping objects, values, bad input.
#include "inspraak/text.hpp"
#include "webform_test_support.hpp"

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using webform_test::ingest_json;

TEST(WebformJson, ArrayOfObjects) {
    auto result = ingest_json(R"([
      {"naam": "Jan", "organisatie": "Economic Board", "groep": "bedrijfsleven",
       "datum": "12 december 2024", "onderwerp": "Talent", "pagina": "p. 22",
       "reactie": "Meer aandacht voor talent.\nEn voor huisvesting."},
      {"name": "Ann", "comment": "Second one"}
    ])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    const auto& first = result->submissions[0];
    EXPECT_EQ(first.stakeholder.name, "Jan");
    EXPECT_EQ(first.stakeholder.organisation, "Economic Board");
    EXPECT_EQ(first.stakeholder.group, "bedrijfsleven");
    EXPECT_EQ(first.date, "2024-12-12");
    EXPECT_EQ(first.subject, "Talent");
    EXPECT_EQ(first.reference, "p. 22");
    EXPECT_EQ(first.body, "Meer aandacht voor talent.\nEn voor huisvesting.");
    EXPECT_EQ(result->submissions[1].stakeholder.name, "Ann");
    EXPECT_EQ(result->submissions[1].body, "Second one");
    EXPECT_TRUE(result->warnings.empty());
}

TEST(WebformJson, ArrayWrappedInAnObjectUnderAKnownKey) {
    auto result = ingest_json(R"({"formulier": "Kader", "aantal": 2,
      "Reacties": [{"naam": "A", "reactie": "Een"}, {"naam": "B", "reactie": "Twee"}]})");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_EQ(result->submissions[1].body, "Twee");
}

TEST(WebformJson, EnglishWrapperKeys) {
    for (const char* key : {"submissions", "responses", "items"}) {
        auto result = ingest_json(std::string(R"({")") + key + R"(": [{"message": "Hello"}]})");
        ASSERT_TRUE(result.ok()) << key << ": " << result.error().message;
        ASSERT_EQ(result->submissions.size(), 1u) << key;
        EXPECT_EQ(result->submissions[0].body, "Hello");
    }
}

TEST(WebformJson, TheOnlyListOfObjectsIsUsedWhateverItsKey) {
    auto result = ingest_json(R"({"meta": {"export": "x"}, "tags": ["a"], "export": [{"opmerking": "Tekst"}]})");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body, "Tekst");
}

TEST(WebformJson, ObjectWithoutAListIsAnError) {
    auto result = ingest_json(R"({"naam": "A", "reactie": "Tekst"})");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("geen lijst met reacties"));
}

TEST(WebformJson, InvalidJsonNamesTheLine) {
    auto result = ingest_json("[\n  {\"naam\": \"A\", \"reactie\": \"Tekst\"},\n  {\"naam\": \"B\" \"reactie\": \"x\"}\n]");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("ongeldige JSON op regel 3"), HasSubstr("kolom")));
    EXPECT_THAT(result.error().message, ::testing::Not(HasSubstr("[json.exception")));
}

// Found by fuzz_json: nlohmann's message quotes what it read up to the error, here the first byte
// of "ÿ", half a character. The message is stored and reported, and must stay UTF-8.
TEST(WebformJson, InvalidJsonMessageStaysUtf8) {
    auto result = ingest_json("{\n  \xC3\xBF: 1}");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("ongeldige JSON op regel 2"));
    EXPECT_TRUE(inspraak::text::is_valid_utf8(result.error().message)) << result.error().message;
}

TEST(WebformJson, TruncatedJsonIsAnError) {
    auto result = ingest_json("[{\"reactie\": \"Tekst\"");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("ongeldige JSON op regel 1"));
}

TEST(WebformJson, NumbersBooleansAndNullBecomeStrings) {
    auto result = ingest_json(R"([{"naam": null, "telefoon": 612345678, "pagina": 22, "reactie": 12345,
                                    "toelichting": true, "datum": "2024-11-30T10:15:00"}])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const auto& s = result->submissions[0];
    EXPECT_EQ(s.stakeholder.name, "");
    EXPECT_EQ(s.stakeholder.phone, "612345678");
    EXPECT_EQ(s.reference, "22");
    EXPECT_EQ(s.body, "12345\n\ntrue");
    EXPECT_EQ(s.date, "2024-11-30T10:15:00");
}

TEST(WebformJson, BodyKeysAreJoinedInTheOrderOfTheObject) {
    auto result = ingest_json(R"([{"toelichting": "Eerst dit.", "reactie": "Dan dit."}])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body, "Eerst dit.\n\nDan dit.");
}

TEST(WebformJson, NestedValuesAreIgnoredWithAWarning) {
    auto result = ingest_json(R"([
      {"naam": "A", "reactie": "Een", "adres": {"straat": "Markt 1"}},
      {"naam": "B", "reactie": "Twee", "adres": {"straat": "Markt 2"}, "bijlagen": ["a.pdf"]}
    ])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_THAT(result->warnings, ElementsAre(AllOf(HasSubstr("\"adres\""), HasSubstr("2 objecten")),
                                              AllOf(HasSubstr("\"bijlagen\""), HasSubstr("1 object"))));
}

TEST(WebformJson, EmptyBodyAndUnknownKeysGiveWarnings) {
    auto result = ingest_json(R"([{"id": 1, "reactie": "Een"}, {"id": 2, "reactie": ""}, {"id": 3, "reactie": "Drie"}])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 2u);
    EXPECT_THAT(result->warnings, ElementsAre(HasSubstr("onbekende kolommen genegeerd: \"id\""),
                                              AllOf(HasSubstr("object 2"), HasSubstr("overgeslagen"))));
}

TEST(WebformJson, ElementsThatAreNotObjectsAreSkippedWithAWarning) {
    auto result = ingest_json(R"([{"reactie": "Een"}, "los", 3])");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_THAT(result->warnings, ElementsAre(AllOf(HasSubstr("2 (een tekst)"), HasSubstr("3 (een getal)"))));
}

TEST(WebformJson, MissingBodyKeyIsAnError) {
    auto result = ingest_json(R"([{"naam": "A", "organisatie": "B"}])");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("geen kolom met de reactie"), HasSubstr("\"naam\"")));
}

TEST(WebformJson, EmptyInputsAreErrors) {
    for (const char* text : {"", "  \n", "[]", "{\"reacties\": []}", "42", "\"tekst\""}) {
        auto result = ingest_json(text);
        EXPECT_FALSE(result.ok()) << "accepted: " << text;
    }
    auto scalar = ingest_json("42");
    ASSERT_FALSE(scalar.ok());
    EXPECT_THAT(scalar.error().message, HasSubstr("een getal"));
}

TEST(WebformJson, ByteOrderMarkIsAccepted) {
    auto result = ingest_json("\xEF\xBB\xBF[{\"reactie\": \"Caf\u00e9\"}]");
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body, "Caf\u00e9");
}

TEST(WebformJson, NumberTooLargeIsAnError) {
    auto result = ingest_json(R"([{"reactie": "x", "pagina": 1e999}])");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, AllOf(HasSubstr("ongeldige JSON"), ::testing::Not(HasSubstr("[json."))));
}
