// End to end: `inspraak run` on the demo round writes reactienota.xlsx next to the other
// formats, with one row per point of the JSON report and no e-mail address unless asked for.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"
#include "xlsx_reader.hpp"

namespace {

namespace fs = std::filesystem;
using inspraak::run_command;
using inspraak::slurp;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";
const std::regex email_address(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");

TEST(XlsxDemo, RunWritesTheReviewSheetWithoutPersonalData) {
    inspraak::TempDir scratch;
    const fs::path out = scratch.path() / "out";
    const auto run = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", out.string()}, scratch.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    ASSERT_TRUE(fs::exists(out / "reactienota.xlsx")) << run.out;

    const auto report = nlohmann::json::parse(slurp(out / "reactienota.json"));
    const xlsx_test::XlsxPackage package(slurp(out / "reactienota.xlsx"));
    const auto rows = package.rows("Punten");
    ASSERT_EQ(rows.size(), report["points"].size() + 1);
    int row = 2;
    for (const auto& point : report["points"]) {
        EXPECT_EQ(xlsx_test::cell_in(rows.at(row), "A"), point["id"].get<std::string>());
        ++row;
    }
    EXPECT_FALSE(std::regex_search(package.all_text(), email_address));

    const auto with = run_command(INSPRAAK_BINARY,
                                  {"report", demo.string(), "--out", out.string(), "--format", "xlsx",
                                   "--with-personal-data"},
                                  scratch.path());
    ASSERT_EQ(with.exit_code, 0) << with.err;
    const xlsx_test::XlsxPackage personal(slurp(out / "reactienota.xlsx"));
    EXPECT_EQ(xlsx_test::cell_in(personal.rows("Punten").at(1), "E"), "e-mail");
    EXPECT_TRUE(std::regex_search(personal.all_text(), email_address));
    EXPECT_FALSE(std::regex_search(personal.entry("docProps/core.xml"), email_address));
}

}  // namespace
