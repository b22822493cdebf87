// The outline rules one at a time (the fixtures in fixtures/outline combine them as converted
// documents do).
#include <gtest/gtest.h>

#include "framework/framework_import.hpp"
#include "framework/outline_entry.hpp"
#include "framework/source_lines.hpp"
#include "framework/table_of_contents.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> outline_of(const Framework& f) {
    std::vector<std::string> labels;
    for (const Section& s : f.sections) labels.push_back(s.id + " " + s.title);
    return labels;
}

TEST(TableOfContents, LinksAndBulletsWithoutPageNumbers) {
    const std::string text =
        "# Kader\n\n## Inhoud\n\n- [1 Inleiding](#page-2-0)\n- [1.1 Aanleiding](#page-2-1)\n"
        "- [2 Visie op de kern](#page-3-0)\n- [Bijlage 1 Kaarten](#page-9-0)\n\n# 1 Inleiding\n\nTekst.\n";
    const std::vector<SourceLine> lines = read_source_lines(text, false);
    auto toc = find_table_of_contents(lines);
    ASSERT_TRUE(toc);
    ASSERT_EQ(toc->entries.size(), 3u);
    EXPECT_EQ(toc->entries[1].title, "Visie op de kern");
    EXPECT_TRUE(toc->entries[2].appendix);
    EXPECT_EQ(toc->first_line, 2u);
    EXPECT_EQ(toc->end_line, 8u);  // the body's "# 1 Inleiding" starts the numbering again
}

TEST(TableOfContents, BareEntriesEndWhereTheNumberingStartsAgain) {
    const std::string text = "Inhoudsopgave\n1 Inleiding\n2 Doelen\n\n1 Inleiding\nTekst.\n2 Doelen\nTekst.\n";
    auto toc = find_table_of_contents(read_source_lines(text, false));
    ASSERT_TRUE(toc);
    EXPECT_EQ(toc->entries.size(), 2u);
    EXPECT_EQ(toc->end_line, 3u);
    Framework f = import_framework(text, FrameworkFormat::text);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h2 Doelen"}));
    for (const Passage& p : f.passages) EXPECT_NE(p.text, "Inhoudsopgave");
}

TEST(TableOfContents, ChaptersAreTheOnesItLists) {
    // "### 7 Dorpsstraat" is not listed: without the table it would end chapter 1 early.
    const std::string text =
        "Inhoud\n\n1 Inleiding ..... 2\n2 Plan ..... 4\n\n# 1 Inleiding\n\nTekst.\n\n### 7 Dorpsstraat\n\nTekst.\n\n"
        "# 2 Plan\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h2 Plan"}));
}

TEST(TableOfContents, AChapterWordedOtherwiseInTheBodyIsFoundByItsNumberAndLook) {
    // The table says "Beleid", the body "Beleidskader"; "#### *2. Kerkstraat*" has the number but
    // not the look of the chapters.
    const std::string text =
        "Inhoud\n\n1 Inleiding ..... 2\n2 Beleid ..... 4\n3 Plan ..... 6\n\n## 1 Inleiding\n\nTekst.\n\n"
        "#### *2. Kerkstraat*\n\nTekst.\n\n## 2 Rijks- en provinciaal kader\n\nTekst.\n\n## 3 Plan\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h2 Rijks- en provinciaal kader", "h3 Plan"}));
}

TEST(OutlineRules, TheSameNumberInAnotherLookIsNoSecondChapter) {
    const std::string text = "# 1 Inleiding\n\nTekst.\n\n#### *1. Kerkstraat*\n\n#### *2. Molenweg*\n\n# 2 Plan\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h2 Plan"}));
    // The same look twice is a second chapter with that number (documents do that).
    Framework twice = import_framework("# 5 Kader\n\nTekst.\n\n# 5 Activiteiten\n\nTekst.\n", FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(twice), (std::vector<std::string>{"h5 Kader", "h5-2 Activiteiten"}));
}

TEST(OutlineRules, MarkdownMaySkipOneChapterNumberButNotJumpAhead) {
    const std::string text =
        "# 1 Inleiding\n\nTekst.\n\n# 3 Plan\n\nTekst.\n\n### 9 Kerkstraat\n\nTekst.\n\n# 4 Uitvoering\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h3 Plan", "h4 Uitvoering"}));
}

TEST(OutlineRules, ADateOnTheTitlePageIsNoChapter) {
    const std::string text = "# Toelichting\n\n**2 oktober 2025**\n\n# 1 Inleiding\n\nTekst.\n\n# 2 Plan\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h1 Inleiding", "h2 Plan"}));
}

TEST(OutlineRules, SectionsCarryTheirChaptersNumber) {
    const std::string text = "# 5 Regels\n\nTekst.\n\n## 1.1 Begrippen\n\nTekst.\n\n## 5.1 Opbouw\n\nTekst.\n";
    Framework f = import_framework(text, FrameworkFormat::markdown);
    EXPECT_EQ(outline_of(f), (std::vector<std::string>{"h5 Regels", "h5.1 Opbouw"}));
}

TEST(OutlineEntry, ParsesNumbersTitlesAndAppendices) {
    auto chapter = parse_outline_entry("**Hoofdstuk 2: Planbeschrijving**");
    ASSERT_TRUE(chapter);
    EXPECT_EQ(chapter->number, 2);
    EXPECT_EQ(chapter->title, "Planbeschrijving");
    auto number = parse_outline_entry("3");
    ASSERT_TRUE(number);
    EXPECT_EQ(number->number, 3);
    EXPECT_TRUE(number->title.empty());
    auto title = parse_outline_entry("Planbeschrijving");
    ASSERT_TRUE(title);
    EXPECT_FALSE(title->number);
    auto appendix = parse_outline_entry("Bijlage 2 Kaarten");
    ASSERT_TRUE(appendix);
    EXPECT_TRUE(appendix->appendix);
    EXPECT_FALSE(parse_outline_entry("2.1 Rijksbeleid"));
    EXPECT_FALSE(parse_outline_entry("  "));
    EXPECT_TRUE(same_title("Beleidskader en wet- en regelgeving", "Beleidskader en wet"));
    EXPECT_TRUE(same_title("Ruimtelijke kwaliteit", "RUIMTELIJKE KWALITEIT"));
    EXPECT_FALSE(same_title("Inleiding", "Inleidende regels"));
}

}  // namespace
}  // namespace inspraak::core
