// compare_frameworks: what changed between a draft framework and its revised version, passage by
// passage within a section, sentence by sentence within an edited passage.
#include <gtest/gtest.h>

#include <algorithm>

#include "framework/framework_import.hpp"
#include "revise/framework_diff.hpp"

namespace inspraak::core {
namespace {

const char* const draft_text = R"(# Kader

## 1 Aanleiding

De gemeente telt ruim 62.000 inwoners en vier kernen. Elk verzoek werd tot nu toe los beoordeeld.

Het kader maakt geen nieuw beleid maar bundelt bestaande afspraken.

## 2 Werkwijze

### 2.1 Criteria

Bij elk verzoek stellen we vragen over opgave, partner en kosten.

### 2.2 Projecten

Europese projecten leveren kennis en middelen op, maar vragen veel voorbereiding van de ambtenaren.

Een oude alinea over de triple helix die in de nieuwe versie verdwijnt zonder opvolger.
)";

const char* const revised_text = R"(# Kader

## 1 Aanleiding

De gemeente telt bijna 63.000 inwoners en vier kernen. Elk verzoek werd tot nu toe los beoordeeld. Voortaan wegen we elk verzoek met hetzelfde kader.

Het kader maakt geen nieuw beleid maar bundelt bestaande afspraken.

## 2 Werkwijze

### 2.1 Criteria

Bij elk verzoek stellen we vragen over opgave, partner en kosten.

Europese projecten leveren kennis en middelen op, maar vragen veel voorbereiding van de ambtenaren.

### 2.2 Projecten

Een geheel nieuwe alinea over samenwerking met hogescholen in de grensregio.
)";

const FrameworkChange* find(const std::vector<FrameworkChange>& changes, const std::string& kind, const std::string& scope) {
    auto it = std::find_if(changes.begin(), changes.end(),
                           [&](const FrameworkChange& c) { return c.kind == kind && c.scope == scope; });
    return it == changes.end() ? nullptr : &*it;
}

TEST(FrameworkDiff, TellsRewrittenAddedRemovedAndMovedApart) {
    const Framework draft = import_framework(draft_text, FrameworkFormat::markdown);
    const Framework revised = import_framework(revised_text, FrameworkFormat::markdown);
    const auto changes = compare_frameworks(draft, revised);
    ASSERT_EQ(changes.size(), 5u);

    const auto* rewritten = find(changes, "rewritten", "sentence");
    ASSERT_NE(rewritten, nullptr);
    EXPECT_EQ(rewritten->old_text, "De gemeente telt ruim 62.000 inwoners en vier kernen.");
    EXPECT_EQ(rewritten->new_text, "De gemeente telt bijna 63.000 inwoners en vier kernen.");
    EXPECT_EQ(rewritten->chapter, "1");
    EXPECT_EQ(rewritten->chapter_title, "Aanleiding");

    const auto* added_sentence = find(changes, "added", "sentence");
    ASSERT_NE(added_sentence, nullptr);
    EXPECT_EQ(added_sentence->new_text, "Voortaan wegen we elk verzoek met hetzelfde kader.");
    EXPECT_TRUE(added_sentence->old_text.empty());

    // Moved from 2.2 to 2.1 unchanged: a move, not a removal and an addition.
    const auto* moved = find(changes, "moved", "passage");
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->section, "2.1");
    EXPECT_EQ(moved->old_section, "2.2");
    EXPECT_EQ(moved->old_text, moved->new_text);

    const auto* removed = find(changes, "removed", "passage");
    ASSERT_NE(removed, nullptr);
    EXPECT_NE(removed->old_text.find("triple helix"), std::string::npos);
    EXPECT_EQ(removed->section, "2.2");
    EXPECT_TRUE(removed->new_text.empty());

    const auto* added = find(changes, "added", "passage");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->section, "2.2");

    // In the revised document's order, numbered from 1, each with its own key.
    for (size_t i = 0; i < changes.size(); ++i) EXPECT_EQ(changes[i].ordinal, static_cast<int>(i) + 1);
    EXPECT_EQ(changes.front().chapter, "1");
    EXPECT_EQ(changes.back().chapter, "2");
    for (size_t i = 1; i < changes.size(); ++i) EXPECT_NE(changes[i].key, changes[i - 1].key);
}

TEST(FrameworkDiff, TheSameFrameworkHasNoChangesAndKeysAreStable) {
    const Framework draft = import_framework(draft_text, FrameworkFormat::markdown);
    EXPECT_TRUE(compare_frameworks(draft, draft).empty());
    const Framework revised = import_framework(revised_text, FrameworkFormat::markdown);
    const auto once = compare_frameworks(draft, revised), twice = compare_frameworks(draft, revised);
    ASSERT_EQ(once.size(), twice.size());
    for (size_t i = 0; i < once.size(); ++i) EXPECT_EQ(once[i].key, twice[i].key);
}

TEST(FrameworkDiff, AChapterRenumberedKeepsItsPassagesByTitle) {
    const Framework draft = import_framework("## 1 Inleiding\n\nTekst een.\n\n## 2 Slot\n\nTekst twee.\n",
                                             FrameworkFormat::markdown);
    const Framework revised = import_framework(
        "## 1 Inleiding\n\nTekst een.\n\n## 2 Nieuw\n\nEen nieuw hoofdstuk met eigen inhoud.\n\n## 3 Slot\n\nTekst twee.\n",
        FrameworkFormat::markdown);
    const auto changes = compare_frameworks(draft, revised);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, "added");
    EXPECT_EQ(changes[0].chapter, "2");
}

}  // namespace
}  // namespace inspraak::core
