#include <gtest/gtest.h>

#include "framework/heading_parser.hpp"

namespace inspraak::core {
namespace {

TEST(HeadingParser, NumberedChapterAndSection) {
    auto h = parse_heading(" 5  Kader internationalisering ");
    ASSERT_TRUE(h);
    EXPECT_FALSE(h->appendix);
    EXPECT_EQ(h->number, (std::vector<int>{5}));
    EXPECT_EQ(h->number_text, "5");
    EXPECT_EQ(h->title, "Kader internationalisering");
    EXPECT_FALSE(h->trailing_dot);

    h = parse_heading("3.1.2. Soorten bomen");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->number, (std::vector<int>{3, 1, 2}));
    EXPECT_EQ(h->number_text, "3.1.2");
    EXPECT_TRUE(h->trailing_dot);
}

TEST(HeadingParser, KeywordsAndAppendices) {
    auto h = parse_heading("Bijlage 2 - Kosten");
    ASSERT_TRUE(h);
    EXPECT_TRUE(h->appendix);
    EXPECT_EQ(h->number_text, "B2");
    EXPECT_EQ(h->title, "Kosten");
    h = parse_heading("Bijlage 3");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->title, "");
    h = parse_heading("Hoofdstuk 4: Opgaven");
    ASSERT_TRUE(h);
    EXPECT_TRUE(h->keyword);
    EXPECT_FALSE(h->appendix);
    EXPECT_EQ(h->number_text, "4");
    EXPECT_EQ(h->title, "Opgaven");
}

TEST(HeadingParser, NotHeadings) {
    EXPECT_FALSE(parse_heading("2020 wordt geformuleerd."));
    EXPECT_FALSE(parse_heading("Bijlagen bij dit kader"));
    EXPECT_FALSE(parse_heading("1) eerste"));
    EXPECT_FALSE(parse_heading("3https://example.org"));
    EXPECT_FALSE(parse_heading(""));
}

TEST(HeadingParser, TitleShape) {
    EXPECT_TRUE(looks_like_title("Visie van Oss op internationalisering"));
    EXPECT_TRUE(looks_like_title("Één stad"));
    EXPECT_FALSE(looks_like_title("maand). Tilburg heeft"));
    EXPECT_FALSE(looks_like_title("Draagt de missie bij aan de profilering?"));
    EXPECT_FALSE(looks_like_title("Zijn er bestuurders aanwezig in de delegatie,"));
    EXPECT_FALSE(looks_like_title("Inleiding ......... 3"));
    EXPECT_FALSE(looks_like_title("Een titel van veel te veel woorden die gewoon doorgaat als een zin zonder einde ooit"));
    EXPECT_FALSE(looks_like_title(""));
}

TEST(HeadingParser, TidyAndStripMarkdown) {
    EXPECT_EQ(tidy_title("Intern :  wat  hebben we nodig "), "Intern: wat hebben we nodig");
    EXPECT_EQ(strip_markdown_emphasis("**1 Inleiding** ##"), "1 Inleiding");
    EXPECT_EQ(strip_markdown_emphasis("*Bijlage 1* Partners"), "Bijlage 1 Partners");
    EXPECT_EQ(strip_markdown_emphasis("__Visie__ op snake_case"), "Visie op snake_case");
}

TEST(HeadingParser, ConverterMarkupIsStrippedBeforeTheNumber) {
    EXPECT_EQ(strip_inline_markup(R"(<span id="page-4-0"></span>**3 Beleidskader**)"), "3 Beleidskader");
    EXPECT_EQ(strip_inline_markup("**1.1 Aanleiding**"), "1.1 Aanleiding");
    EXPECT_EQ(strip_inline_markup("*2.4.1 Opzet van de regels*"), "2.4.1 Opzet van de regels");
    EXPECT_EQ(strip_inline_markup(R"(<a name="h2"></a>2 Visie<br/>)"), "2 Visie");
    EXPECT_EQ(strip_inline_markup("[4 Uitvoering](#page-9-0)"), "4 Uitvoering");
    EXPECT_EQ(strip_inline_markup("1\\. Inleiding {#inleiding}"), "1. Inleiding");
    EXPECT_EQ(strip_inline_markup("Geluid < 48 dB"), "Geluid < 48 dB");  // a lone '<' is text
    auto h = parse_heading(strip_inline_markup(R"(<span id="page-4-0"></span>**3 Beleidskader**)"));
    ASSERT_TRUE(h);
    EXPECT_EQ(h->number_text, "3");
    EXPECT_EQ(h->title, "Beleidskader");
}

}  // namespace
}  // namespace inspraak::core
