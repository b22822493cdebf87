// End to end: the real binary on a copy of the demo round writes reactienota.docx; LibreOffice
// reads it, and every point of the JSON report is in the memo's table exactly once, and once
// more in the annex of its workstream when it was handed on. No e-mail address is published.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "docx_package.hpp"
#include "office.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using docx_test::count_of;
using docx_test::squash_whitespace;
using inspraak::run_command;
using inspraak::slurp;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

TEST(DocxDemo, RunWritesAWordMemoWithEveryPointOnce) {
    inspraak::TempDir scratch;
    const fs::path round = scratch.path() / "demo";
    fs::copy(demo, round, fs::copy_options::recursive);
    const fs::path out = scratch.path() / "out";
    const auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, scratch.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    if (!fs::exists(out / "reactienota.docx")) {  // docx not among the default formats
        const auto report = run_command(INSPRAAK_BINARY,
                                        {"report", round.string(), "--out", out.string(), "--format", "docx"},
                                        scratch.path());
        ASSERT_EQ(report.exit_code, 0) << report.err;
    }
    ASSERT_TRUE(fs::exists(out / "reactienota.docx"));
    const docx_test::DocxPackage package(slurp(out / "reactienota.docx"));
    const std::regex email_address(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    for (const auto& [name, content] : package.entries()) {
        EXPECT_FALSE(std::regex_search(content, email_address)) << name;
    }

    const auto soffice = docx_test::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const auto text = docx_test::docx_to_text(soffice, out / "reactienota.docx", scratch.path());
    ASSERT_TRUE(text.has_value());
    const std::string all = squash_whitespace(*text);

    const auto report = nlohmann::json::parse(slurp(out / "reactienota.json"));
    const auto round_json = nlohmann::json::parse(slurp(round / "round.json"));
    EXPECT_NE(all.find("Betreft: " + round_json["title"].get<std::string>()), std::string::npos);
    EXPECT_NE(all.find("Datum: 14 maart 2025"), std::string::npos);

    // The annexes, in workstream order: every workstream but "kader" that received points.
    std::set<std::string> routes;
    for (const auto& point : report["points"]) routes.insert(point["route"].get<std::string>());
    std::vector<std::pair<std::string, std::string>> annexes;  // route, heading
    for (const auto& workstream : round_json["workstreams"]) {
        const std::string id = workstream["id"];
        if (id == "kader" || routes.count(id) == 0) continue;
        annexes.emplace_back(id, "Bijlage " + std::to_string(annexes.size() + 1) + ": input voor " +
                                     workstream["name"].get<std::string>());
    }
    ASSERT_FALSE(annexes.empty());
    std::vector<std::size_t> starts;
    for (const auto& [id, heading] : annexes) {
        starts.push_back(all.find(heading));
        ASSERT_NE(starts.back(), std::string::npos) << heading;
    }
    starts.push_back(all.find("Niet verwerkt") == std::string::npos ? all.size() : all.find("Niet verwerkt"));
    const std::string memo = all.substr(0, starts.front());

    // Points that a campaign row stands for are published once, through that row.
    std::set<std::string> represented;
    for (const auto& point : report["points"]) {
        if (point.contains("group_members")) {
            for (const auto& member : point["group_members"]) represented.insert(member.get<std::string>());
        }
    }
    ASSERT_GT(report["points"].size(), 5U);
    for (const auto& point : report["points"]) {
        if (represented.count(point["id"].get<std::string>()) > 0) continue;
        const std::string point_text = squash_whitespace(point["text"].get<std::string>());
        EXPECT_EQ(count_of(memo, point_text), 1U) << point["id"] << ": " << point_text;
        for (std::size_t a = 0; a < annexes.size(); ++a) {
            const std::string annex = all.substr(starts[a], starts[a + 1] - starts[a]);
            const std::size_t expected = point["route"] == annexes[a].first ? 1U : 0U;
            EXPECT_EQ(count_of(annex, point_text), expected) << annexes[a].second << ": " << point_text;
        }
    }
}

}  // namespace
