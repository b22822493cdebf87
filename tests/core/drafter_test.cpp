#include <gtest/gtest.h>

#include <fstream>

#include "draft/drafter.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

const std::filesystem::path templates = std::filesystem::path(INSPRAAK_SOURCE_DIR) / "reports/templates";

struct Fixture {
    Point point{"I001.1", "I001", 1, "tekst", "", ""};
    Section chapter{"h5", "5", "Kader internationaliseringsactiviteiten", SectionKind::chapter, "", 1};
    Section appendix{"b1", "B1", "Partners", SectionKind::appendix, "", 1};
    Section section{"h5.1", "5.1", "Criteria", SectionKind::section, "h5", 2};
    Workstream workstream{"economische-strategie", "Economische strategienota", "", {}, {}};
};

TEST(Drafter, NamesTheChapterForTheKaderRoute) {
    Fixture f;
    Classification c;
    c.route = "kader";
    Drafter drafter(templates, "nl");
    std::string text = drafter.draft(DraftInput{f.point, c, &f.chapter, &f.section, nullptr});
    EXPECT_NE(text.find("hoofdstuk 5, Kader internationaliseringsactiviteiten"), std::string::npos) << text;
    EXPECT_NE(text.find("paragraaf 5.1"), std::string::npos) << text;
    EXPECT_NE(text.back(), '\n');
}

TEST(Drafter, AConfirmedChangeIsQuotedWithItsPlace) {
    Fixture f;
    Classification c;
    c.route = "kader";
    FrameworkChange added;
    added.kind = "added";
    added.chapter = "5";
    added.section = "5.2";
    added.new_text = "Plaatsen op een **missie** verdelen we eerlijk.";
    FrameworkChange budget;
    budget.kind = "rewritten";
    budget.chapter = "B3";
    budget.new_text = "Het budget is 35.000 euro.";
    DraftInput input{f.point, c, &f.chapter, &f.section, nullptr, {added, budget}};
    const std::string dutch = Drafter(templates, "nl").draft(input);
    EXPECT_NE(dutch.find("In paragraaf 5.2 is toegevoegd: 'Plaatsen op een missie verdelen we eerlijk.'"), std::string::npos)
        << dutch;
    EXPECT_NE(dutch.find("In bijlage 3 is herschreven: 'Het budget is 35.000 euro.'"), std::string::npos) << dutch;
    EXPECT_EQ(dutch.find("We nemen dit punt mee"), std::string::npos) << dutch;
    const std::string english = Drafter(templates, "en").draft(input);
    EXPECT_NE(english.find("In section 5.2 we added: 'Plaatsen op een missie"), std::string::npos) << english;
    // Without a confirmed change the wording is the one it was.
    input.changes.clear();
    EXPECT_NE(Drafter(templates, "nl").draft(input).find("We nemen dit punt mee"), std::string::npos);
}

TEST(Drafter, EachRouteHasItsOwnWordingAndAppendicesReadAsBijlage) {
    Fixture f;
    Drafter drafter(templates, "nl");
    Classification kader, strategy, none;
    kader.route = "kader";
    strategy.route = "economische-strategie";
    none.route = "geen";
    std::string a = drafter.draft(DraftInput{f.point, kader, &f.appendix, nullptr, nullptr});
    std::string b = drafter.draft(DraftInput{f.point, strategy, &f.appendix, nullptr, &f.workstream});
    std::string c = drafter.draft(DraftInput{f.point, none, nullptr, nullptr, nullptr});
    EXPECT_NE(a, b);
    EXPECT_NE(b, c);
    EXPECT_NE(a.find("bijlage 1, Partners"), std::string::npos) << a;
    EXPECT_NE(b.find("economische strategienota"), std::string::npos) << b;
    EXPECT_EQ(c.find("hoofdstuk"), std::string::npos) << c;
}

TEST(Drafter, EnglishTemplates) {
    Fixture f;
    Classification c;
    c.route = "kader";
    Drafter drafter(templates, "en");
    EXPECT_NE(drafter.draft(DraftInput{f.point, c, &f.chapter, nullptr, nullptr}).find("see chapter 5"), std::string::npos);
}

TEST(Drafter, TemplatesAreFilesThatCanBeChangedWithoutARebuild) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "nl/reactions");
    std::ofstream(dir.path() / "nl/reactions/default.mustache") << "Standaard {{chapter_number}}\n";
    std::ofstream(dir.path() / "nl/reactions/kader.mustache") << "Eigen tekst over {{chapter_title}} & meer\n";
    Fixture f;
    Classification kader, other;
    kader.route = "kader";
    other.route = "iets-anders";
    Drafter drafter(dir.path(), "nl");
    // No HTML escaping in a plain-text reaction.
    EXPECT_EQ(drafter.draft(DraftInput{f.point, kader, &f.chapter, nullptr, nullptr}),
              "Eigen tekst over Kader internationaliseringsactiviteiten & meer");
    EXPECT_EQ(drafter.draft(DraftInput{f.point, other, &f.chapter, nullptr, nullptr}), "Standaard 5");
}

TEST(Drafter, AFolderWithoutADefaultTemplateIsAnError) {
    TempDir dir;
    EXPECT_THROW(Drafter(dir.path(), "nl"), std::runtime_error);
}

}  // namespace
}  // namespace inspraak::core
