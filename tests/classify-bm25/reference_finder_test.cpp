#include <gtest/gtest.h>

#include "classify_bm25/reference_finder.hpp"
#include "test_framework.hpp"

namespace inspraak::classify_bm25 {
namespace {

class References : public ::testing::Test {
protected:
    static Framework paged() {
        Framework f = testing::make_test_framework();
        // Pages as a PDF would have them: chapters 1-2 on page 1, 3 on page 2, 4 and 5 on page 3.
        for (Passage& p : f.passages) {
            const char c = p.section_id[1];
            p.page = c <= '2' ? 1 : c == '3' ? 2 : 3;
            if (p.section_id == "b1") p.page = 4;
        }
        return f;
    }
    Framework framework_ = paged();
    FrameworkOutline outline_{framework_.sections};
    ReferenceFinder finder_{outline_, framework_.passages};

    std::vector<std::string> ids(const std::string& text) const { return section_ids(finder_.find(text)); }
    std::vector<std::string> titles(const std::string& text) const { return section_ids(finder_.find_titles(text)); }
    std::vector<std::string> described(const std::string& text) const {
        return section_ids(finder_.find_described(text));
    }

private:
    std::vector<std::string> section_ids(const std::vector<std::size_t>& indices) const {
        std::vector<std::string> out;
        for (std::size_t index : indices) out.push_back(outline_.section(index).id);
        return out;
    }
};

using Ids = std::vector<std::string>;

TEST_F(References, ChaptersByWordAndAbbreviation) {
    EXPECT_EQ(ids("In hoofdstuk 4 staat iets over missies."), Ids{"h4"});
    EXPECT_EQ(ids("Zie H5, daar ontbreekt de stage."), Ids{"h5"});
    EXPECT_EQ(ids("In hfst. 6 wordt het budget genoemd."), Ids{"h6"});
    EXPECT_EQ(ids("In Chapter 2 you write about goals."), Ids{"h2"});
    EXPECT_EQ(ids("Hoofdstukken 3 en 4 overlappen."), (Ids{"h3", "h4"}));
}

TEST_F(References, SectionsAppendicesAndBareNumbers) {
    EXPECT_EQ(ids("Paragraaf 3.2 is te vaag."), Ids{"h3.2"});
    EXPECT_EQ(ids("In par. 4.1 lees ik iets anders."), Ids{"h4.1"});
    EXPECT_EQ(ids("In 3.1 staat dat er vier criteria zijn."), Ids{"h3.1"});
    EXPECT_EQ(ids("Het overzicht in bijlage 1 is onvolledig."), Ids{"b1"});
    EXPECT_EQ(ids("Hoofdstuk 2.2 sluit cultuur uit."), Ids{"h2.2"});
}

TEST_F(References, PagesResolveThroughThePassagesOnThem) {
    EXPECT_EQ(ids("Op pagina 2 staat het afwegingskader."), (Ids{"h3", "h3.1", "h3.2"}));
    EXPECT_EQ(ids("p. 4 noemt Vietnam."), Ids{"b1"});
    EXPECT_TRUE(ids("Op pagina 22 staat iets.").empty()) << "the framework has no page 22";
}

TEST_F(References, NumbersThatAreNoReferenceAreIgnored) {
    EXPECT_TRUE(ids("Er wonen 2.800 mensen en 3.200 huishoudens.").empty());
    EXPECT_TRUE(ids("Een parkeernorm van 1,1 is te laag.").empty());
    EXPECT_TRUE(ids("Hoofdstuk 9 bestaat niet, paragraaf 7.7 ook niet.").empty());
    EXPECT_TRUE(ids("Geen cijfers hier, alleen het hoofdstuk.").empty());
    EXPECT_TRUE(ids("").empty());
    EXPECT_TRUE(ids("hoofdstuk").empty());
    EXPECT_TRUE(ids("h 4 en p").empty()) << "single letters only directly before the number";
}

TEST_F(References, TitlesAfterAnArticle) {
    EXPECT_EQ(titles("In de aanleiding ontbreekt iets."), Ids{"h1"});
    EXPECT_EQ(titles("Het Afwegingskader is te streng."), Ids{"h3.1"});
    EXPECT_EQ(titles("In de ontvangst van delegaties mis ik de tolk."), Ids{"h4.2"});
    EXPECT_TRUE(titles("De afwegingskaders van andere steden.").empty()) << "a title must end at a word boundary";
    EXPECT_TRUE(titles("Aanleiding genoeg om te reageren.").empty()) << "only after an article";
    EXPECT_TRUE(titles("").empty());
}

TEST_F(References, ChaptersDescribedByKindAndSubject) {
    EXPECT_EQ(described("Het hoofdstuk over onderwijs en talent mist de stages."), Ids{"h5"});
    EXPECT_EQ(described("In de bijlage met de internationale contacten staat China."), Ids{"b1"});
    EXPECT_EQ(described("De paragraaf over de ontvangst van een delegatie is te kort."), Ids{"h4.2"})
        << "an inflection of a title word counts";
    EXPECT_EQ(described("Het hoofdstuk over handelsmissies, en de bijlage over contacten."), (Ids{"h4", "b1"}));
    EXPECT_TRUE(described("Het hoofdstuk over handelsmissies en onderwijs.").empty()) << "a tie names none";
    EXPECT_TRUE(described("De bijlage over onderwijs.").empty()) << "only titles of the kind named";
    EXPECT_TRUE(described("Het hoofdstuk onderwijs.").empty()) << "a subject needs its preposition";
    EXPECT_TRUE(described("Het hoofdstuk over het weer.").empty());
}

TEST(ReferencesWithoutPages, PageReferencesResolveToNothing) {
    const Framework f = testing::make_test_framework();  // every page is 0: unknown
    const FrameworkOutline outline(f.sections);
    const ReferenceFinder finder(outline, f.passages);
    EXPECT_TRUE(finder.find("op pagina 1").empty());
    EXPECT_EQ(finder.find("op pagina 1, hoofdstuk 3").size(), 1u);
}

}  // namespace
}  // namespace inspraak::classify_bm25
