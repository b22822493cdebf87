// End to end with a real office suite: LibreOffice converts the review sheet to CSV and the
// values come out as written. Skipped where LibreOffice is not installed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "test_support/office.hpp"
#include "review_model.hpp"
#include "xlsx_reporter.hpp"

namespace {

using inspraak::find_soffice;

TEST(XlsxOffice, LibreOfficeReadsThePointsSheet) {
    const auto soffice = find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";

    const auto model = xlsx_test::make_model();
    const auto bytes = inspraak::report_xlsx::XlsxReporter{}.render(model);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;

    const auto dir = std::filesystem::temp_directory_path() / ("xlsx-office-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto xlsx = dir / "review.xlsx";
    std::ofstream(xlsx, std::ios::binary) << *bytes;
    const auto converted = inspraak::office_convert(soffice, xlsx, "csv", dir, dir);
    ASSERT_TRUE(converted);
    const std::string csv = inspraak::slurp(*converted);
    std::filesystem::remove_all(dir);

    EXPECT_NE(csv.find("id,afzender,groep,inzending,hoofdstuk"), std::string::npos) << csv;
    EXPECT_NE(csv.find("I001.1"), std::string::npos);
    EXPECT_NE(csv.find("=SUM(A1) is wat de kosten zijn"), std::string::npos);  // text, not evaluated
    EXPECT_NE(csv.find("We nemen de ligplaatsen op in hoofdstuk 4."), std::string::npos);
    EXPECT_NE(csv.find("74%"), std::string::npos);
    EXPECT_EQ(csv.find("Greet de Vries"), std::string::npos);
}

}  // namespace
