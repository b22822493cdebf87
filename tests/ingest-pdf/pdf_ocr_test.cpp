// A PDF page without a text layer (a scan): rendered and read by OCR.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <regex>
#include <string>

#include "ingest-scan/scan_fixtures.hpp"
#include "pdf_ingester.hpp"

namespace inspraak::ingest {
namespace {

// The top of the fictional one-page letter, as a scanner at 150 dpi would deliver it.
std::string scanned_pdf() {
    PixPtr image = test::render_fixture("scanbrief.pdf", 150, 200);
    return test::image_only_pdf(image.get(), 150);
}

int words_found(const std::string& body, std::initializer_list<const char*> words) {
    int found = 0;
    for (const char* word : words)
        if (body.find(word) != std::string::npos) ++found;
    return found;
}

TEST(PdfOcr, ReadsAPageWithoutTextLayerAndSaysItWasOcr) {
    const std::string bytes = scanned_pdf();
    const PdfIngester ingester;
    const auto start = std::chrono::steady_clock::now();
    auto result = ingester.read(SourceFile{"scan.pdf", "scan.pdf", bytes});
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    std::cout << "OCR of an image-only PDF page (" << bytes.size() / 1024 << " KB) at 300 dpi: " << elapsed.count() << " ms\n";
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const IngestedSubmission& s = result->submissions.front();
    EXPECT_GE(words_found(s.body, {"Lingehoven", "fietsenstalling", "marktplein", "zaterdag", "parkeerplaatsen", "overdekte", "Kerkstraat"}), 5)
        << s.body;
    ASSERT_EQ(s.notes.size(), 1u);
    std::smatch match;
    ASSERT_TRUE(std::regex_match(s.notes.front(), match, std::regex(R"(uit OCR, zekerheid (\d{1,3})%)"))) << s.notes.front();
    EXPECT_GE(std::stoi(match[1].str()), 60);
}

TEST(PdfOcr, MissingLanguageDataIsAnErrorNamingIt) {
    PdfOptions options;
    options.ocr.languages = "nld+xqz";
    const PdfIngester ingester(options);
    auto result = ingester.read(SourceFile{"scan.pdf", "scan.pdf", scanned_pdf()});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("xqz"), std::string::npos) << result.error().message;
    EXPECT_EQ(result.error().message.find("nld,"), std::string::npos) << "nld is there: " << result.error().message;
}

TEST(PdfOcr, BlankImagePageIsNoText) {
    PixPtr blank = test::blank_image(600, 400);
    const PdfIngester ingester;
    auto result = ingester.read(SourceFile{"leeg.pdf", "leeg.pdf", test::image_only_pdf(blank.get(), 150)});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("bevat geen tekst"), std::string::npos) << result.error().message;
}

}  // namespace
}  // namespace inspraak::ingest
