// End to end with a real office suite: LibreOffice converts the review sheet to CSV and the
// values come out as written. Skipped where LibreOffice is not installed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "review_model.hpp"
#include "xlsx_reporter.hpp"

namespace {

std::filesystem::path find_soffice() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return {};
    std::string dirs = path;
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "soffice";
        if (!candidate.parent_path().empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}

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
    // A private profile, so that the test neither needs nor touches the user's LibreOffice.
    const std::string command = soffice.string() + " -env:UserInstallation=file://" + (dir / "profile").string() +
                                " --headless --convert-to csv --outdir " + dir.string() + " " + xlsx.string() +
                                " >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(dir / "review.csv", std::ios::binary);
    const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove_all(dir);

    EXPECT_NE(csv.find("id,afzender,groep,inzending,hoofdstuk"), std::string::npos) << csv;
    EXPECT_NE(csv.find("I001.1"), std::string::npos);
    EXPECT_NE(csv.find("=SUM(A1) is wat de kosten zijn"), std::string::npos);  // text, not evaluated
    EXPECT_NE(csv.find("We nemen de ligplaatsen op in hoofdstuk 4."), std::string::npos);
    EXPECT_NE(csv.find("74%"), std::string::npos);
    EXPECT_EQ(csv.find("Greet de Vries"), std::string::npos);
}

}  // namespace
