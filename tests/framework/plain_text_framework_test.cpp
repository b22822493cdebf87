// Plain text as PDF extraction writes it. The fixtures are written for these tests (the seed is
// tested in seed_framework_test.cpp), each showing one quirk.
#include <gtest/gtest.h>

#include "framework/framework_import.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> chapter_labels(const Framework& f) {
    std::vector<std::string> labels;
    for (const Section& s : f.sections) labels.push_back(s.number + " " + s.title);
    return labels;
}

const Passage* passage_containing(const Framework& f, const std::string& needle) {
    for (const Passage& p : f.passages)
        if (p.text.find(needle) != std::string::npos) return &p;
    return nullptr;
}

TEST(PlainTextFramework, FormFeedsGivePageNumbers) {
    const char* text =
        "Kader Groen Wonen\n"
        "\n"
        "1 Inleiding\n"
        "De gemeente wil meer groen.\n"
        "\f2 Doelen\n"
        "Elke straat krijgt bomen.\n"
        "\n"
        "Ook daken worden groen.\n"
        "\fDe gemeente betaalt mee.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(f.title, "Kader Groen Wonen");
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen"}));
    ASSERT_NE(passage_containing(f, "meer groen"), nullptr);
    EXPECT_EQ(passage_containing(f, "meer groen")->page, 1);
    EXPECT_EQ(passage_containing(f, "2 Doelen")->page, 2);
    EXPECT_TRUE(passage_containing(f, "2 Doelen")->is_heading);
    EXPECT_EQ(passage_containing(f, "daken")->page, 2);
    EXPECT_EQ(passage_containing(f, "betaalt")->page, 3);
    EXPECT_EQ(passage_containing(f, "betaalt")->section_id, "h2");
}

TEST(PlainTextFramework, WithoutFormFeedsPagesAreUnknown) {
    Framework f = import_framework("1 Inleiding\nTekst.\n", FrameworkFormat::text);
    ASSERT_EQ(f.passages.size(), 2u);
    EXPECT_EQ(f.passages[0].page, 0);
    EXPECT_EQ(f.passages[1].page, 0);
}

TEST(PlainTextFramework, FootnotesAfterSeparatorAreNotHeadings) {
    const char* text =
        " 1 Inleiding\n"
        "Groen is goed voor de stad.1\n"
        "\n"
        "                                        \n"
        "1 Zie het rapport van de provincie\n"
        "2 Bomen in de stad, p 4\n"
        " 2 Doelen\n"
        "Meer bomen.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen"}));
    const Passage* footnote = passage_containing(f, "Zie het rapport");
    ASSERT_NE(footnote, nullptr);
    EXPECT_EQ(footnote->section_id, "h1");
    EXPECT_FALSE(footnote->is_heading);
}

TEST(PlainTextFramework, NumberedListItemsAreNotChapters) {
    const char* text =
        "1 Inleiding\n"
        "Tekst.\n"
        "2 Afweging\n"
        "De vragen zijn:\n"
        "1. Past het bij onze doelen?\n"
        "2. Is er een partner\n"
        "in de regio?\n"
        "3. Helpt het de economie\n"
        "4. Levert het iets op\n"
        "3 Uitvoering\n"
        "Tekst.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Afweging", "3 Uitvoering"}));
    // "3. Helpt het de economie" continues the numbering (3 after 2) and reads like a title, but
    // sits among items 2 and 4: a list item.
    ASSERT_NE(passage_containing(f, "Helpt het"), nullptr);
    EXPECT_EQ(passage_containing(f, "Helpt het")->section_id, "h2");
}

TEST(PlainTextFramework, HeadingsAPdfTypesetCountEvenWhenTheChaptersAreShort) {
    // A short framework, a chapter per page: as bare text the numbers stand as close as a list's.
    const char* text =
        "# Kader Groen\n\n# 1 Aanleiding\n\nMeer bomen.\n\f\n# 2 Bomen\n\nTien per straat.\n\f\n"
        "# 3 Geveltuinen\n\nDertig centimeter.\n\f\n# 4 Onderhoud\n\nTwee keer maaien.\n";
    Framework pdf = import_framework(text, FrameworkFormat::pdf);
    EXPECT_EQ(chapter_labels(pdf), (std::vector<std::string>{"1 Aanleiding", "2 Bomen", "3 Geveltuinen", "4 Onderhoud"}));
    ASSERT_NE(passage_containing(pdf, "Dertig"), nullptr);
    EXPECT_EQ(passage_containing(pdf, "Dertig")->section_id, "h3");
    EXPECT_EQ(passage_containing(pdf, "Dertig")->page, 3);
    // The same lines unmarked, as plain text: a numbered list, no chapters.
    std::string bare = text;
    for (std::size_t at = bare.find("# "); at != std::string::npos; at = bare.find("# ")) bare.erase(at, 2);
    EXPECT_TRUE(chapter_labels(import_framework(bare, FrameworkFormat::text)).empty());
}

TEST(PlainTextFramework, WrappedLinesAndLowerCaseAreNotHeadings) {
    const char* text =
        "1 Inleiding\n"
        "De trein is sneller dan het schip (12 dagen tegen\n"
        "2 Weken Duur). Dat is een voordeel.\n"
        "2 jaar geleden begon het.\n"
        "2 Doelen\n"
        "Tekst.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen"}));
}

TEST(PlainTextFramework, NumbersMustContinueTheSequence) {
    const char* text =
        "1 Inleiding\n"
        "Tekst.\n"
        "\n"
        "4 Nieuwe Woningen Erbij\n"
        "\n"
        "2 Doelen\n"
        "Tekst.\n"
        "\n"
        "2 Doelen Opnieuw\n"
        "Tekst.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen", "2 Doelen Opnieuw"}));
    EXPECT_EQ(f.sections[2].id, "h2-2");
}

TEST(PlainTextFramework, SentencesAndLongLinesAreNotHeadings) {
    const char* text =
        "1 Inleiding\n"
        "\n"
        "2 Wij willen dat iedere straat in de gemeente voor het jaar 2030 minstens tien nieuwe bomen krijgt\n"
        "\n"
        "2 Dit is een zin.\n"
        "\n"
        "2 Doelen\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen"}));
}

TEST(PlainTextFramework, SectionsInPlainText) {
    const char* text =
        "1 Inleiding\n"
        "Tekst.\n"
        "1.1 Aanleiding\n"
        "Tekst.\n"
        "1.1.1 Eerdere Besluiten\n"
        "Tekst.\n"
        "1.2 Leeswijzer\n"
        "Tekst.\n"
        "1.5 miljoen euro is beschikbaar.\n"
        "2.1 Verkeerde Plek\n"
        "2 Doelen\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    std::vector<std::string> ids;
    for (const Section& s : f.sections) ids.push_back(s.id + "<" + s.parent);
    EXPECT_EQ(ids, (std::vector<std::string>{"h1<", "h1.1<h1", "h1.1.1<h1", "h1.2<h1", "h2<"}));
}

TEST(PlainTextFramework, AppendicesWithTitleOnNextLineAndNoChaptersAfterThem) {
    const char* text =
        "1 Inleiding\n"
        "Tekst.\n"
        "Bijlage 1\n"
        "Partners in de regio\n"
        "Tekst.\n"
        "2 Begroting Voor Later\n"
        "Bijlage 2: Kosten\n"
        "Tekst.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "B1 Partners in de regio", "B2 Kosten"}));
    EXPECT_EQ(f.sections[1].id, "b1");
    EXPECT_EQ(f.sections[2].id, "b2");
}

TEST(PlainTextFramework, TitlesAreTidied) {
    Framework f = import_framework(" 3   Visie  van de stad \n\nBijlage 1 Intern :  wat nodig is\n",
                                   FrameworkFormat::text);
    // "3" does not start a sequence (chapters start at 1): only the appendix.
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"B1 Intern: wat nodig is"}));
    f = import_framework(" 1   Visie  van de stad \n", FrameworkFormat::text);
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Visie van de stad"}));
}

TEST(PlainTextFramework, TableOfContentsInThePreambleIsSkipped) {
    const char* text =
        "Kader Groen\n"
        "Inhoud\n"
        "1 Inleiding ........ 3\n"
        "2 Doelen ........... 5\n"
        "\n"
        "1 Inleiding\n"
        "Tekst.\n"
        "2 Doelen\n"
        "Tekst.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(f.title, "Kader Groen");
    EXPECT_EQ(chapter_labels(f), (std::vector<std::string>{"1 Inleiding", "2 Doelen"}));
    EXPECT_EQ(f.sections[0].id, "h1");
}

TEST(PlainTextFramework, NoChaptersGivesNoSections) {
    Framework f = import_framework("Alleen wat tekst.\nZonder koppen.\n", FrameworkFormat::text);
    EXPECT_TRUE(f.sections.empty());
    EXPECT_TRUE(f.passages.empty());
}

TEST(PlainTextFramework, ParagraphsWrappedAcrossBlankLinesAreJoined) {
    const char* text =
        "1 Inleiding\n"
        "- Missies met bedrijven. Doel: markten\n"
        "\n"
        "verkennen en contacten leggen.\n"
        "\n"
        "Nieuwe alinea.\n";
    Framework f = import_framework(text, FrameworkFormat::text);
    ASSERT_EQ(f.passages.size(), 3u);
    EXPECT_EQ(f.passages[1].text, "- Missies met bedrijven. Doel: markten verkennen en contacten leggen.");
    EXPECT_EQ(f.passages[2].text, "Nieuwe alinea.");
}

TEST(PlainTextFramework, VeryLongLinesDoNotCrash) {
    std::string text = "1 Inleiding\n";
    for (int i = 0; i < 100000; ++i) text += "Woord ";
    text += "\n# ";
    for (int i = 0; i < 100000; ++i) text += "woord ";
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(f.sections.size(), 1u);
    Framework m = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(m.sections.size(), 0u);  // "1 Inleiding" is not a Markdown heading
}

}  // namespace
}  // namespace inspraak::core
