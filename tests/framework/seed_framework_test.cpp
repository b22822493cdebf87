// The real framework in shared/seeds (text extracted from PDF, with its quirks): read at run time,
// never copied into the project.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "framework/framework_import.hpp"

namespace inspraak::core {
namespace {

std::filesystem::path seed_framework_path() {
    const std::filesystem::path seeds = std::filesystem::path(INSPRAAK_SHARED_DIR) / "seeds";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(seeds, ec))
        if (entry.path().filename().string().rfind("001_", 0) == 0) return entry.path();
    return {};
}

class SeedFramework : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = seed_framework_path();
        if (path_.empty()) GTEST_SKIP() << "no seed framework (001_*) under " << INSPRAAK_SHARED_DIR;
        AppResult<Framework> result = read_framework_file(path_);
        ASSERT_TRUE(result.ok()) << render(result.error().message, false);
        framework_ = std::move(result).value();
    }

    std::vector<Section> of_kind(SectionKind kind) const {
        std::vector<Section> out;
        for (const Section& s : framework_.sections)
            if (s.kind == kind) out.push_back(s);
        return out;
    }

    std::filesystem::path path_;
    Framework framework_;
};

TEST_F(SeedFramework, HasExactlySixChaptersWithTheirTitles) {
    std::vector<Section> chapters = of_kind(SectionKind::chapter);
    std::vector<std::pair<std::string, std::string>> found;
    for (const Section& s : chapters) found.emplace_back(s.number, s.title);
    std::vector<std::pair<std::string, std::string>> expected = {
        {"1", "Aanleiding"},
        {"2", "Motieven voor internationalisering"},
        {"3", "Visie van Oss op internationalisering"},
        {"4", "Maatschappelijke opgaven als uitgangspunt"},
        {"5", "Kader internationaliseringsactiviteiten"},
        {"5", "Internationale activiteiten van Oss gewikt en gewogen"},
    };
    EXPECT_EQ(found, expected);
}

TEST_F(SeedFramework, HasExactlyThreeAppendicesWithTheirTitles) {
    std::vector<std::pair<std::string, std::string>> found;
    for (const Section& s : of_kind(SectionKind::appendix)) found.emplace_back(s.number, s.title);
    std::vector<std::pair<std::string, std::string>> expected = {
        {"B1", "Internationale activiteiten van partners"},
        {"B2", "Huidige Internationale activiteiten van Oss gewikt en gewogen"},
        {"B3", "Intern: wat hebben we nodig"},
    };
    EXPECT_EQ(found, expected);
}

TEST_F(SeedFramework, TheTwoChaptersFiveHaveDistinctIds) {
    std::vector<std::string> ids;
    for (const Section& s : framework_.sections) ids.push_back(s.id);
    std::vector<std::string> expected = {"h1", "h2", "h3", "h4", "h5", "h5-2", "b1", "b2", "b3"};
    EXPECT_EQ(ids, expected);
    EXPECT_TRUE(of_kind(SectionKind::section).empty());
}

TEST_F(SeedFramework, EveryChapterHasBodyPassagesAndOneHeading) {
    for (const Section& s : framework_.sections) {
        int headings = 0;
        int body = 0;
        for (const Passage& p : framework_.passages) {
            if (p.section_id != s.id) continue;
            (p.is_heading ? headings : body) += 1;
        }
        EXPECT_GE(headings, 1) << s.id;
        EXPECT_GE(body, 1) << s.id;
    }
}

TEST_F(SeedFramework, FootnotesStayTextInsideTheirChapter) {
    // "1 Samen met Utrecht" is a footnote in chapter 4; it must not open a chapter, but its text
    // stays in chapter 4.
    bool found = false;
    for (const Passage& p : framework_.passages)
        if (p.text.find("Samen met Utrecht") != std::string::npos) {
            found = true;
            EXPECT_EQ(p.section_id, "h4");
            EXPECT_FALSE(p.is_heading);
        }
    EXPECT_TRUE(found);
}

TEST_F(SeedFramework, PassagesAreInDocumentOrderWithoutPages) {
    ASSERT_FALSE(framework_.passages.empty());
    for (size_t i = 0; i < framework_.passages.size(); ++i) {
        EXPECT_EQ(framework_.passages[i].ordinal, static_cast<int>(i) + 1);
        EXPECT_EQ(framework_.passages[i].page, 0);  // the seed has no form feeds
        EXPECT_FALSE(framework_.passages[i].text.empty());
    }
    EXPECT_TRUE(framework_.passages.front().is_heading);
    EXPECT_EQ(framework_.passages.front().section_id, "h1");
    EXPECT_TRUE(framework_.title.empty());  // the text opens with chapter 1
}

}  // namespace
}  // namespace inspraak::core
