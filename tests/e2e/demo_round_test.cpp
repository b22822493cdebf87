// End to end: the real binary on the demo round, checking what the reactienota says, point by
// point, against the expectations written with the demo (tests/e2e/demo_expected.json).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

size_t count_of(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

// The text a browser shows for the entities a template engine may write.
std::string html_text(std::string html) {
    for (auto [entity, plain] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
                                 {"&#39;", "'"}, {"&#x27;", "'"}, {"&amp;", "&"}}) {
        for (size_t at = html.find(entity); at != std::string::npos; at = html.find(entity, at + 1))
            html.replace(at, std::string(entity).size(), plain);
    }
    return html;
}

class DemoRound : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        scratch_ = new TempDir();
        out_ = scratch_->path() / "out";
        first_ = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", out_.string()}, scratch_->path());
        report_ = json::parse(slurp(out_ / "reactienota.json"), nullptr, false);
    }
    static void TearDownTestSuite() {
        delete scratch_;
        scratch_ = nullptr;
    }

    static const json& point_containing(const std::string& fragment) {
        const json* found = nullptr;
        int matches = 0;
        for (const auto& point : report_["points"])
            if (point["text"].get<std::string>().find(fragment) != std::string::npos) {
                found = &point;
                ++matches;
            }
        if (matches != 1) throw std::runtime_error("'" + fragment + "' is in " + std::to_string(matches) + " points");
        return *found;
    }

    static const json& submission(const std::string& id) {
        for (const auto& s : report_["submissions"])
            if (s["id"] == id) return s;
        throw std::runtime_error("no submission " + id);
    }

    static inline TempDir* scratch_ = nullptr;
    static inline fs::path out_;
    static inline CommandResult first_;
    static inline json report_;
};

TEST_F(DemoRound, RunSucceedsAndSaysWhereTheReportsAre) {
    ASSERT_EQ(first_.exit_code, 0) << first_.err;
    for (const char* format : {"md", "html", "csv", "json", "docx", "xlsx"}) {
        auto file = out_ / (std::string("reactienota.") + format);
        EXPECT_TRUE(fs::exists(file)) << file;
        EXPECT_NE(first_.out.find(file.string()), std::string::npos) << first_.out;
    }
    EXPECT_TRUE(fs::exists(out_ / "round.db"));
    EXPECT_EQ(first_.err, "") << "the demo round should read without warnings";
}

TEST_F(DemoRound, EveryExpectedPointIsInTheJsonReportOnceWithSenderChapterRouteAndReaction) {
    ASSERT_FALSE(report_.is_discarded());
    auto expected = json::parse(slurp(fs::path(INSPRAAK_SOURCE_DIR) / "tests/e2e/demo_expected.json"));
    int points = 0, chapter_right = 0, chapter_in_top2 = 0;
    std::set<std::string> matched;
    for (const auto& file : expected) {
        for (const auto& want : file["points"]) {
            ++points;
            std::string fragment = want["contains"];
            SCOPED_TRACE(fragment);
            const json& point = point_containing(fragment);
            matched.insert(point["id"].get<std::string>());
            const json& sub = submission(point["submission"]);
            EXPECT_THAT(sub["source"].get<std::string>(), ::testing::EndsWith(file["file"].get<std::string>()));
            EXPECT_EQ(lower(point["stakeholder"]), lower(file["organisation"]));
            EXPECT_FALSE(point["route"].get<std::string>().empty());
            EXPECT_FALSE(point["reaction"].get<std::string>().empty());
            EXPECT_EQ(point["status"], "draft");
            if (want["chapter"].is_string()) {
                ASSERT_FALSE(point["chapters"].empty());
                const auto& chapters = point["chapters"];
                chapter_right += chapters[0]["number"] == want["chapter"];
                chapter_in_top2 += chapters[0]["number"] == want["chapter"] ||
                                   (chapters.size() > 1 && chapters[1]["number"] == want["chapter"]);
                // The reaction names the chapter it is about.
                EXPECT_NE(point["reaction"].get<std::string>().find(chapters[0]["title"].get<std::string>()),
                          std::string::npos);
            }
        }
    }
    EXPECT_GE(points, 25);
    // Nothing else became a point: no greeting, courtesy line, signature or disclaimer.
    for (const auto& point : report_["points"])
        EXPECT_TRUE(matched.contains(point["id"].get<std::string>())) << "unexpected point: " << point["text"];
    // The baseline classifier must place most demo points; issue 5 raises this bar.
    RecordProperty("chapter_top1", chapter_right);
    RecordProperty("chapter_top2", chapter_in_top2);
    EXPECT_GE(chapter_in_top2 * 2, points) << "top-2 chapter right for " << chapter_in_top2 << " of " << points;
}

TEST_F(DemoRound, EveryFileFormatIsReadAndTheScannedLetterIsMarkedAsOcr) {
    std::set<std::string> extensions;
    for (const auto& sub : report_["submissions"])
        extensions.insert(fs::path(sub["source"].get<std::string>()).extension().string());
    for (const char* extension : {".eml", ".txt", ".md", ".csv", ".json", ".docx", ".odt", ".pdf", ".png"})
        EXPECT_TRUE(extensions.contains(extension)) << extension;
    int ocr_points = 0;
    for (const auto& point : report_["points"]) {
        const bool scanned = submission(point["submission"])["source"].get<std::string>().ends_with(".png");
        bool marked = false;
        for (const auto& note : point["notes"]) marked |= note.get<std::string>().starts_with("uit OCR, zekerheid ");
        EXPECT_EQ(marked, scanned) << point["id"];
        ocr_points += scanned;
    }
    EXPECT_EQ(ocr_points, 2);
}

TEST_F(DemoRound, TheMailWhoseReactionIsAnAttachedLetterGivesTheLettersPoints) {
    int from_letter = 0, from_annex = 0;
    for (const auto& point : report_["points"]) {
        if (!submission(point["submission"])["source"].get<std::string>().ends_with("industriekring-reactie.eml")) continue;
        const std::string origin = point["origin"];
        from_letter += origin.starts_with("bijlage 'Reactie Industriekring Maasbergen-Zuid.docx' bij e-mail ");
        from_annex += origin.starts_with("bijlage 'Bijlage wensen van de leden.pdf' bij e-mail ");
        EXPECT_EQ(point["stakeholder"], "Industriekring Maasbergen-Zuid");
    }
    EXPECT_EQ(from_letter, 3);
    EXPECT_EQ(from_annex, 2);
}

TEST_F(DemoRound, PublishedFormatsShowEveryExpectedPointOnce) {
    auto expected = json::parse(slurp(fs::path(INSPRAAK_SOURCE_DIR) / "tests/e2e/demo_expected.json"));
    std::string md = slurp(out_ / "reactienota.md");
    std::string html = html_text(slurp(out_ / "reactienota.html"));
    std::string csv = slurp(out_ / "reactienota.csv");
    for (const auto& file : expected)
        for (const auto& want : file["points"]) {
            std::string fragment = want["contains"];
            std::string route = want["route"];
            SCOPED_TRACE(fragment);
            // Points handed on to another workstream appear again in that workstream's annex.
            const json& point = point_containing(fragment);
            size_t times = point["route"] == "kader" || point["route"] == "geen" ? 1 : 2;
            EXPECT_EQ(count_of(md, fragment), times);
            EXPECT_EQ(count_of(html, fragment), times);
            EXPECT_EQ(count_of(csv, fragment), 1u);
        }
}

TEST_F(DemoRound, TheMemoFollowsTheReactienotaLayout) {
    std::string md = slurp(out_ / "reactienota.md");
    for (const char* heading : {"Betreft", "Datum", "Algemene reactie", "Reactie op afzonderlijke punten", "INPUT", "REACTIE"})
        EXPECT_NE(md.find(heading), std::string::npos) << heading;
    EXPECT_NE(md.find("14 maart 2025"), std::string::npos);
    // The round's own general reaction, not the default one.
    EXPECT_NE(md.find(slurp(demo / "algemene-reactie.md").substr(0, 40)), std::string::npos);
    EXPECT_NE(md.find("input voor Economische strategienota"), std::string::npos);
}

TEST_F(DemoRound, PublishedFormatsCarryNoPersonalData) {
    std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    for (const char* format : {"md", "html", "csv", "json"}) {
        std::string text = slurp(out_ / (std::string("reactienota.") + format));
        EXPECT_FALSE(std::regex_search(text, email)) << format;
    }
    // The senders' names are in the store; ask for them explicitly and they appear.
    auto personal = scratch_->path() / "personal";
    auto run = run_command(INSPRAAK_BINARY,
                           {"report", demo.string(), "--out", out_.string(), "--format", "json", "--with-personal-data"},
                           scratch_->path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::string with_names = slurp(out_ / "reactienota.json");
    EXPECT_TRUE(std::regex_search(with_names, email));
    std::vector<std::string> names;
    const json parsed = json::parse(with_names);
    for (const auto& s : parsed["submissions"])
        if (s.contains("contact") && s["contact"].contains("name") && !s["contact"]["name"].get<std::string>().empty())
            names.push_back(s["contact"]["name"]);
    ASSERT_FALSE(names.empty());
    for (const char* format : {"md", "html", "csv"}) {
        std::string text = slurp(out_ / (std::string("reactienota.") + format));
        for (const auto& name : names) EXPECT_EQ(text.find(name), std::string::npos) << name << " in " << format;
    }
    // Restore the published json for the other tests.
    ASSERT_EQ(run_command(INSPRAAK_BINARY, {"report", demo.string(), "--out", out_.string(), "--format", "json"},
                          scratch_->path()).exit_code, 0);
}

TEST_F(DemoRound, RunningTwiceChangesNothing) {
    std::string md = slurp(out_ / "reactienota.md");
    std::string json_before = slurp(out_ / "reactienota.json");
    auto second = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", out_.string()}, scratch_->path());
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_NE(second.out.find("0 nieuwe bestanden"), std::string::npos) << second.out;
    EXPECT_NE(second.out.find("Geclassificeerd: 0 punten"), std::string::npos) << second.out;
    EXPECT_EQ(slurp(out_ / "reactienota.md"), md);
    EXPECT_EQ(slurp(out_ / "reactienota.json"), json_before);
}

TEST_F(DemoRound, StagesOneByOneGiveTheSameReport) {
    TempDir scratch;
    auto out = scratch.path() / "out";
    for (const std::vector<std::string>& stage :
         {std::vector<std::string>{"init"}, {"ingest"}, {"classify"}, {"draft"}, {"report", "--format", "json"}}) {
        std::vector<std::string> args = stage;
        args.insert(args.begin() + 1, {demo.string(), "--out", out.string()});
        auto run = run_command(INSPRAAK_BINARY, args, scratch.path());
        ASSERT_EQ(run.exit_code, 0) << stage[0] << ": " << run.err;
    }
    EXPECT_EQ(slurp(out / "reactienota.json"), slurp(out_ / "reactienota.json"));
}

}  // namespace
}  // namespace inspraak
