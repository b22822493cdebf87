// End to end: "inspraak framework ROUND_DIR" prints the outline read from the round's framework,
// as text (Dutch, or English with --lang en) or JSON, with warnings where it looks wrong; follows
// round.json's outline; fails with one line on a missing round or a bad outline. No store is made.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path fixtures = fs::path(INSPRAAK_SOURCE_DIR) / "tests/framework/fixtures/outline";

class FrameworkCommand : public ::testing::Test {
protected:
    // A round folder with `framework` as its framework and `extra` added to round.json.
    fs::path round_with(const std::string& name, const std::string& framework_file, const std::string& framework,
                        const std::string& extra = "") {
        const fs::path round = dir_.path() / name;
        fs::create_directories(round);
        std::ofstream(round / framework_file, std::ios::binary) << framework;
        std::ofstream(round / "round.json", std::ios::binary)
            << R"({"title": "Ronde", "framework": ")" << framework_file << "\"" << extra << "}";
        return round;
    }

    CommandResult framework(const std::vector<std::string>& args, bool english = false) {
        std::vector<std::string> all = {"framework"};
        if (english) all.insert(all.begin(), {"--lang", "en"});
        all.insert(all.end(), args.begin(), args.end());
        return run_command(INSPRAAK_BINARY, all, dir_.path());
    }

    TempDir dir_;
};

TEST_F(FrameworkCommand, PrintsTheDemoOutlineInDutchAndEnglish) {
    const std::string demo = (fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo").string();
    auto dutch = framework({demo});
    ASSERT_EQ(dutch.exit_code, 0) << dutch.err;
    EXPECT_NE(dutch.out.find("6 hoofdstukken, 3 bijlagen"), std::string::npos) << dutch.out;
    EXPECT_NE(dutch.out.find("5 Kader internationaliseringsactiviteiten  (3 paragrafen,"), std::string::npos) << dutch.out;
    EXPECT_NE(dutch.out.find("\n    5.1 Criteria  ("), std::string::npos) << dutch.out;
    EXPECT_EQ(dutch.out.find("Waarschuwingen"), std::string::npos) << dutch.out;
    auto english = framework({demo}, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_NE(english.out.find("6 chapters, 3 appendices"), std::string::npos) << english.out;
    EXPECT_NE(english.out.find("(3 sections,"), std::string::npos) << english.out;
    EXPECT_FALSE(fs::exists(dir_.path() / "reports")) << "the command makes no store";
}

TEST_F(FrameworkCommand, JsonGivesSectionsPassagesAndPageRanges) {
    std::ifstream in(fixtures / "pdf-met-inhoudsopgave.txt", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const fs::path round = round_with("pdf", "toelichting.txt", text);
    auto result = framework({round.string(), "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    ASSERT_EQ(out["chapters"].size(), 5u);
    const json& first = out["chapters"][0];
    EXPECT_EQ(first["id"], "h1");
    EXPECT_EQ(first["number"], "1");
    EXPECT_EQ(first["title"], "Inleiding");
    EXPECT_EQ(first["pages"], json({2, 2}));
    EXPECT_EQ(first["passages"], 2);
    ASSERT_EQ(first["sections"].size(), 2u);
    EXPECT_EQ(first["sections"][1]["number"], "1.2");
    EXPECT_EQ(first["sections"][1]["level"], 2);
    EXPECT_EQ(out["chapters"][4]["kind"], "appendix");
    EXPECT_EQ(out["chapters"][4]["number"], "B1");
    EXPECT_TRUE(out["warnings"].empty());
}

TEST_F(FrameworkCommand, WarnsWhereTheOutlineLooksWrong) {
    // round.json's outline is followed even where it makes the numbering restart.
    const fs::path round = round_with("raar", "kader.md",
                                      "# 2 Beleid\n\nTekst over beleid.\n\n# 1 Visie\n\n# 3 Visie\n\nNog meer tekst.\n",
                                      R"(, "outline": {"chapters": ["2 Beleid", "1 Visie", "3 Visie"]})");
    auto result = framework({round.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Waarschuwingen:"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("de nummering begint opnieuw: hoofdstuk 1 'Visie' na hoofdstuk 2"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("1 'Visie' heeft geen tekst"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("hoofdstuk 3 heeft dezelfde titel als hoofdstuk 1"), std::string::npos) << result.out;

    std::string many;
    for (int n = 1; n <= 21; ++n) many += "# " + std::to_string(n) + " Onderwerp nummer " + std::to_string(n) + "\n\nTekst.\n\n";
    auto json_result = framework({round_with("veel", "kader.md", many).string(), "--json"}, true);
    ASSERT_EQ(json_result.exit_code, 0) << json_result.err;
    const json out = json::parse(json_result.out);
    ASSERT_EQ(out["warnings"].size(), 1u);
    EXPECT_EQ(out["warnings"][0]["kind"], "too_many_chapters");
    EXPECT_NE(out["warnings"][0]["message"].get<std::string>().find("21 chapters"), std::string::npos);
}

TEST_F(FrameworkCommand, FollowsTheOutlineOfRoundJson) {
    const std::string text = "# Nota\n\n## Aanleiding\n\nTekst.\n\n### 1. Verkeer\n\nTekst.\n\n## Opgave\n\nTekst.\n";
    // By the numbering, the one numbered heading (a list item) is the only chapter.
    auto by_numbering = framework({round_with("zonder", "kader.md", text).string(), "--json"});
    ASSERT_EQ(by_numbering.exit_code, 0) << by_numbering.err;
    EXPECT_EQ(json::parse(by_numbering.out)["chapters"].size(), 1u);
    auto by_level = framework({round_with("niveau", "kader.md", text, R"(, "outline": {"chapter_level": 2})").string(), "--json"});
    ASSERT_EQ(by_level.exit_code, 0) << by_level.err;
    const json out = json::parse(by_level.out);
    ASSERT_EQ(out["chapters"].size(), 2u);
    EXPECT_EQ(out["chapters"][1]["number"], "2");
    EXPECT_EQ(out["chapters"][1]["title"], "Opgave");
}

// init (through run) follows round.json's outline too, and a changed outline imports the
// framework again into the existing store.
TEST_F(FrameworkCommand, RunFollowsTheOutlineAndAChangedOutlineReimports) {
    const fs::path round = dir_.path() / "demo";
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round, fs::copy_options::recursive);
    fs::remove_all(round / "sources");
    const std::string config = slurp(round / "round.json");
    auto with_outline = [&](const std::string& outline) {
        std::string changed = config;
        changed.insert(changed.find('{') + 1, "\n  \"outline\": " + outline + ",");
        std::ofstream(round / "round.json", std::ios::binary) << changed;
    };
    const fs::path out = dir_.path() / "out";
    auto chapters_after_run = [&]() {
        auto result = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string(), "--format", "json"},
                                  dir_.path());
        EXPECT_EQ(result.exit_code, 0) << result.err;
        const json report = json::parse(slurp(out / "reactienota.json"));
        std::vector<std::string> chapters;
        for (const auto& c : report["framework"]["chapters"])
            chapters.push_back(c["number"].get<std::string>());
        return chapters;
    };
    with_outline(R"({"chapters": ["1 Aanleiding", "2 Motieven voor internationalisering", "Bijlage 1"]})");
    EXPECT_EQ(chapters_after_run(), (std::vector<std::string>{"1", "2", "B1"}));
    with_outline(R"({"chapter_level": 2})");
    EXPECT_EQ(chapters_after_run(), (std::vector<std::string>{"1", "2", "3", "4", "5", "5", "B1", "B2", "B3"}));
}

TEST_F(FrameworkCommand, ErrorsAreOneLineAndNonZero) {
    auto one_line = [](const CommandResult& r) {
        std::string err = r.err;
        while (!err.empty() && err.back() == '\n') err.pop_back();
        return !err.empty() && err.find('\n') == std::string::npos;
    };
    auto missing = framework({(dir_.path() / "bestaat-niet").string()});
    EXPECT_NE(missing.exit_code, 0);
    EXPECT_TRUE(one_line(missing)) << missing.err;

    auto bad_outline = framework({round_with("fout", "kader.md", "# 1 A\n\nTekst.\n", R"(, "outline": {"chapter_level": 9})").string()});
    EXPECT_NE(bad_outline.exit_code, 0);
    EXPECT_TRUE(one_line(bad_outline)) << bad_outline.err;
    EXPECT_NE(bad_outline.err.find("round.json"), std::string::npos) << bad_outline.err;

    auto not_found = framework({round_with("mis", "kader.md", "# 1 A\n\nTekst.\n", R"(, "outline": {"chapters": ["1 A", "2 B"]})").string()});
    EXPECT_NE(not_found.exit_code, 0);
    EXPECT_TRUE(one_line(not_found)) << not_found.err;
    EXPECT_NE(not_found.err.find("'2 B'"), std::string::npos) << not_found.err;

    auto unreadable = framework({round_with("leeg", "kader.md", "").string()});
    EXPECT_NE(unreadable.exit_code, 0);
    EXPECT_TRUE(one_line(unreadable)) << unreadable.err;
}

}  // namespace
}  // namespace inspraak
