#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "classify_bm25/tokenizer.hpp"

namespace inspraak::classify_bm25 {
namespace {

std::vector<std::string> words_of(const std::vector<Token>& tokens) {
    std::vector<std::string> words;
    for (const Token& t : tokens) words.push_back(t.word);
    return words;
}

std::string only_term(const Tokenizer& tokenizer, const std::string& text) {
    auto terms = tokenizer.terms(text);
    EXPECT_EQ(terms.size(), 1u) << "for '" << text << "'";
    return terms.empty() ? std::string() : terms.front();
}

TEST(Tokenizer, DutchPluralAndSingularShareAStem) {
    Tokenizer nl(Language::dutch);
    EXPECT_EQ(only_term(nl, "handelsmissies"), only_term(nl, "handelsmissie"));
    EXPECT_EQ(only_term(nl, "netwerkpartners"), only_term(nl, "netwerkpartner"));
    EXPECT_EQ(only_term(nl, "ondernemers"), only_term(nl, "ondernemer"));
    EXPECT_NE(only_term(nl, "handelsmissies"), only_term(nl, "ondernemers"));
}

TEST(Tokenizer, DutchFormsSnowballLeavesApartAreJoined) {
    Tokenizer nl(Language::dutch);
    EXPECT_EQ(only_term(nl, "studies"), only_term(nl, "studie"));
    EXPECT_EQ(only_term(nl, "bedrijven"), only_term(nl, "bedrijf"));
    EXPECT_EQ(only_term(nl, "huizen"), only_term(nl, "huis"));
    EXPECT_EQ(only_term(nl, "kansen"), only_term(nl, "kans"));
    EXPECT_EQ(only_term(nl, "processen"), only_term(nl, "proces"));
    EXPECT_EQ(only_term(nl, "prijzen"), only_term(nl, "prijs"));
    EXPECT_EQ(only_term(nl, "ideeën"), only_term(nl, "idee"));
    EXPECT_EQ(only_term(nl, "regio's"), only_term(nl, "regio"));
    EXPECT_EQ(only_term(nl, "regio\u2019s"), only_term(nl, "regio"));
    EXPECT_NE(only_term(nl, "reis"), only_term(nl, "rijs"));
}

TEST(Tokenizer, FoldsCaseAndDiacritics) {
    Tokenizer nl(Language::dutch);
    const std::string plain = only_term(nl, "creeren");
    EXPECT_EQ(only_term(nl, "creëren"), plain);
    EXPECT_EQ(only_term(nl, "CREËREN"), plain);
    EXPECT_EQ(only_term(nl, "financiën"), only_term(nl, "financien"));
    EXPECT_EQ(only_term(nl, "Handelsmissies"), only_term(nl, "handelsmissies"));
}

TEST(Tokenizer, DropsStopWordsPunctuationAndSingleCharacters) {
    Tokenizer nl(Language::dutch);
    auto tokens = nl.tokenize("De gemeente en het bedrijfsleven, (samen) in 5 stappen - óf niet?");
    EXPECT_EQ(words_of(tokens), (std::vector<std::string>{"gemeente", "bedrijfsleven", "samen", "stappen"}));
    EXPECT_TRUE(nl.tokenize("en de het van").empty());
}

TEST(Tokenizer, KeepsNumbersUnstemmed) {
    Tokenizer nl(Language::dutch);
    EXPECT_EQ(nl.terms("in 2030"), (std::vector<std::string>{"2030"}));
}

TEST(Tokenizer, ReportsByteOffsetsOfTheWordAsWritten) {
    Tokenizer nl(Language::dutch);
    const std::string text = "Wij willen ideeën créëren voor Ĳsselstein.";
    auto tokens = nl.tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);  // "wij", "willen" and "voor" are stop words
    for (const Token& t : tokens) EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.word);
    EXPECT_EQ(words_of(tokens), (std::vector<std::string>{"ideeën", "créëren", "Ĳsselstein"}));
}

TEST(Tokenizer, EnglishModeUsesEnglishStopWordsAndStemmer) {
    Tokenizer en(Language::english);
    EXPECT_EQ(en.terms("The trade missions of the city"), (std::vector<std::string>{"trade", "mission", "citi"}));
    EXPECT_EQ(only_term(en, "missions"), only_term(en, "mission"));
    // Dutch stop words are ordinary words in English mode, and the other way round.
    EXPECT_EQ(en.terms("de").size(), 1u);
    Tokenizer nl(Language::dutch);
    EXPECT_EQ(nl.terms("the").size(), 1u);
}

TEST(Tokenizer, EmptyAndInvalidInputGiveNoTokensAndNoCrash) {
    Tokenizer nl(Language::dutch);
    EXPECT_TRUE(nl.tokenize("").empty());
    EXPECT_TRUE(nl.tokenize("   \n\t ").empty());
    EXPECT_TRUE(nl.tokenize("!!! ??? ...").empty());
    const std::string invalid = "handel\xff\xfe missies \xc3";
    auto tokens = nl.tokenize(invalid);
    EXPECT_FALSE(tokens.empty());
    for (const Token& t : tokens) EXPECT_LE(t.end, invalid.size());
}

TEST(Language, ParsesCodesAndRejectsUnknownOnes) {
    EXPECT_EQ(parse_language(""), Language::dutch);
    EXPECT_EQ(parse_language("nl"), Language::dutch);
    EXPECT_EQ(parse_language("nl-NL"), Language::dutch);
    EXPECT_EQ(parse_language("EN_gb"), Language::english);
    try {
        (void)parse_language("de");
        FAIL() << "expected an exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'de'"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace inspraak::classify_bm25
