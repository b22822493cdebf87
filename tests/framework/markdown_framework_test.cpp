#include <gtest/gtest.h>

#include "framework/framework_import.hpp"

namespace inspraak::core {
namespace {

const Section* find_section(const Framework& f, const std::string& id) {
    for (const Section& s : f.sections)
        if (s.id == id) return &s;
    return nullptr;
}

constexpr const char* kEmphasisedMarkdown = R"(# Kader Groen Wonen

Een korte inleiding die geen hoofdstuk is.

#### **1 Inleiding**

De gemeente wil meer groen in de wijken.

## 2. Motieven

Waarom dit kader er is.

## Achtergrond

Een kop zonder nummer hoort bij hoofdstuk 2.

# 3 Visie

### 3.1 Bomen

Meer bomen in elke straat.

#### 3.1.2 Soorten

- Inheemse soorten
- Soorten die droogte verdragen

### 3.2 Water

Regenwater vasthouden.

# *Bijlage 1* Partners

De partners van de gemeente.
)";

TEST(MarkdownFramework, ChaptersFromEmphasisedAndDottedHeadings) {
    Framework f = import_framework(kEmphasisedMarkdown, FrameworkFormat::markdown);
    EXPECT_EQ(f.title, "Kader Groen Wonen");
    std::vector<std::string> ids;
    for (const Section& s : f.sections) ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"h1", "h2", "h3", "h3.1", "h3.1.2", "h3.2", "b1"}));
    ASSERT_NE(find_section(f, "h1"), nullptr);
    EXPECT_EQ(find_section(f, "h1")->title, "Inleiding");
    EXPECT_EQ(find_section(f, "h2")->title, "Motieven");
    EXPECT_EQ(find_section(f, "h2")->number, "2");
    const Section* appendix = find_section(f, "b1");
    ASSERT_NE(appendix, nullptr);
    EXPECT_EQ(appendix->kind, SectionKind::appendix);
    EXPECT_EQ(appendix->number, "B1");
    EXPECT_EQ(appendix->title, "Partners");
}

TEST(MarkdownFramework, NumberedSectionsKeepNumberLevelAndChapterAsParent) {
    Framework f = import_framework(kEmphasisedMarkdown, FrameworkFormat::markdown);
    const Section* s31 = find_section(f, "h3.1");
    const Section* s312 = find_section(f, "h3.1.2");
    ASSERT_NE(s31, nullptr);
    ASSERT_NE(s312, nullptr);
    EXPECT_EQ(s31->kind, SectionKind::section);
    EXPECT_EQ(s31->number, "3.1");
    EXPECT_EQ(s31->title, "Bomen");
    EXPECT_EQ(s31->parent, "h3");
    EXPECT_EQ(s31->level, 2);
    EXPECT_EQ(s312->number, "3.1.2");
    EXPECT_EQ(s312->parent, "h3");  // the chapter, not section 3.1
    EXPECT_EQ(s312->level, 3);
    EXPECT_EQ(find_section(f, "h3")->parent, "");
}

TEST(MarkdownFramework, PassagesBelongToTheDeepestSection) {
    Framework f = import_framework(kEmphasisedMarkdown, FrameworkFormat::markdown);
    auto section_of = [&](const std::string& text) -> std::string {
        for (const Passage& p : f.passages)
            if (p.text == text) return p.section_id;
        return "(not found)";
    };
    EXPECT_EQ(section_of("Meer bomen in elke straat."), "h3.1");
    EXPECT_EQ(section_of("- Inheemse soorten"), "h3.1.2");
    EXPECT_EQ(section_of("- Soorten die droogte verdragen"), "h3.1.2");  // list items are passages of their own
    EXPECT_EQ(section_of("Regenwater vasthouden."), "h3.2");
    EXPECT_EQ(section_of("De partners van de gemeente."), "b1");
    // Text before the first chapter is not a passage.
    EXPECT_EQ(section_of("Een korte inleiding die geen hoofdstuk is."), "(not found)");
}

TEST(MarkdownFramework, UnnumberedHeadingIsAHeadingPassageNotAChapter) {
    Framework f = import_framework(kEmphasisedMarkdown, FrameworkFormat::markdown);
    bool found = false;
    for (const Passage& p : f.passages) {
        if (p.text != "Achtergrond") continue;
        found = true;
        EXPECT_TRUE(p.is_heading);
        EXPECT_EQ(p.section_id, "h2");
    }
    EXPECT_TRUE(found);
    for (const Section& s : f.sections) EXPECT_NE(s.title, "Achtergrond");
}

TEST(MarkdownFramework, HeadingPassagesAreMarkedAndOrdinalsIncrease) {
    Framework f = import_framework(kEmphasisedMarkdown, FrameworkFormat::markdown);
    ASSERT_FALSE(f.passages.empty());
    EXPECT_EQ(f.passages.front().text, "1 Inleiding");
    EXPECT_TRUE(f.passages.front().is_heading);
    for (size_t i = 1; i < f.passages.size(); ++i) EXPECT_GT(f.passages[i].ordinal, f.passages[i - 1].ordinal);
}

TEST(MarkdownFramework, SetextAndBoldLineHeadings) {
    const char* md =
        "1 Aanleiding\n"
        "============\n"
        "Tekst een.\n"
        "\n"
        "**2 Doelen**\n"
        "\n"
        "Tekst twee.\n";
    Framework f = import_framework(md, FrameworkFormat::markdown);
    ASSERT_EQ(f.sections.size(), 2u);
    EXPECT_EQ(f.sections[0].title, "Aanleiding");
    EXPECT_EQ(f.sections[1].id, "h2");
    EXPECT_EQ(f.sections[1].title, "Doelen");
}

TEST(MarkdownFramework, NumberedListItemsAreNotChapters) {
    const char* md =
        "# 1 Aanleiding\n"
        "\n"
        "1. Eerste punt van de lijst\n"
        "2. Tweede punt van de lijst\n";
    Framework f = import_framework(md, FrameworkFormat::markdown);
    ASSERT_EQ(f.sections.size(), 1u);
    EXPECT_EQ(f.passages.size(), 3u);
}

TEST(MarkdownFramework, DuplicateChapterNumbersGetDistinctIds) {
    const char* md = "# 5 Kader\n\nTekst.\n\n## 5.1 Missies\n\nTekst.\n\n# 5 Activiteiten\n\n## 5.1 Vietnam\n\nTekst.\n";
    Framework f = import_framework(md, FrameworkFormat::markdown);
    std::vector<std::string> ids;
    std::vector<std::string> parents;
    for (const Section& s : f.sections) {
        ids.push_back(s.id);
        parents.push_back(s.parent);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"h5", "h5.1", "h5-2", "h5.1-2"}));
    EXPECT_EQ(parents, (std::vector<std::string>{"", "h5", "", "h5-2"}));
}

TEST(MarkdownFramework, EmptyInputGivesEmptyFramework) {
    Framework f = import_framework("", FrameworkFormat::markdown);
    EXPECT_TRUE(f.sections.empty());
    EXPECT_TRUE(f.passages.empty());
    EXPECT_TRUE(f.title.empty());
}

}  // namespace
}  // namespace inspraak::core
