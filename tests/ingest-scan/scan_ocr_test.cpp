// Scanned letters as images through OCR. The images are renders of the fictional one-page
// letter (tests/ingest-pdf/data/scanbrief.pdf) at 150 dpi, cut to its text, to keep OCR quick.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "scan_fixtures.hpp"
#include "scan_ingester.hpp"

namespace inspraak::ingest {
namespace {

constexpr int kDpi = 150;

int words_found(const std::string& body, std::initializer_list<const char*> words) {
    int found = 0;
    for (const char* word : words)
        if (body.find(word) != std::string::npos) ++found;
    return found;
}

int confidence_in(const std::string& note) {
    std::smatch match;
    if (!std::regex_match(note, match, std::regex(R"(uit OCR, zekerheid (\d{1,3})%)"))) return -1;
    return std::stoi(match[1].str());
}

Result<IngestResult> read_scan(const std::string& bytes, const std::string& name = "scan.png", OcrOptions ocr = {}) {
    const ScanIngester ingester(std::move(ocr));
    return ingester.read(SourceFile{name, name, bytes});
}

TEST(ScanOcr, ReadsAPngLetter) {
    PixPtr image = test::render_fixture("scanbrief.pdf", kDpi, 200);
    const std::string png = test::png_bytes(image.get());
    const auto start = std::chrono::steady_clock::now();
    auto result = read_scan(png);
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    std::cout << "OCR of a " << pixGetWidth(image.get()) << "x" << pixGetHeight(image.get()) << " PNG: " << elapsed.count() << " ms\n";
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const IngestedSubmission& s = result->submissions.front();
    EXPECT_GE(words_found(s.body, {"Lingehoven", "fietsenstalling", "marktplein", "zaterdag", "parkeerplaatsen", "overdekte", "Kerkstraat"}), 5)
        << s.body;
    // The wrapped lines of one paragraph come out as one line.
    EXPECT_NE(s.body.find("aandacht voor de fietsenstalling"), std::string::npos) << s.body;
    ASSERT_EQ(s.notes.size(), 1u);
    EXPECT_GE(confidence_in(s.notes.front()), 60) << s.notes.front();
}

TEST(ScanOcr, ReadsEveryPageOfATiff) {
    // Two strips of the letter as two pages: the greeting and first sentence, then the rest.
    PixPtr whole = test::render_fixture("scanbrief.pdf", kDpi, 200);
    const int split = 100 * kDpi / 72;  // below the first paragraph
    BOX* top = boxCreate(0, 0, pixGetWidth(whole.get()), split);
    BOX* bottom = boxCreate(0, split, pixGetWidth(whole.get()), pixGetHeight(whole.get()) - split);
    PixPtr first(pixClipRectangle(whole.get(), top, nullptr));
    PixPtr second(pixClipRectangle(whole.get(), bottom, nullptr));
    boxDestroy(&top);
    boxDestroy(&bottom);
    auto result = read_scan(test::multipage_tiff_bytes({first.get(), second.get()}), "scan.tif");
    ASSERT_TRUE(result.ok()) << result.error().message;
    const std::string& body = result->submissions.front().body;
    const std::size_t form_feed = body.find("\n\f\n");
    ASSERT_NE(form_feed, std::string::npos) << body;
    EXPECT_NE(body.find("Kerkstraat"), std::string::npos) << body;
    const std::size_t later = body.find("parkeerplaatsen");
    ASSERT_NE(later, std::string::npos) << body;
    EXPECT_GT(later, form_feed) << body;
}

TEST(ScanOcr, ReadsAHeadingAndAListFromAScan) {
    // The part of the two-page letter with "1 Bereikbaarheid" (14 pt) and its bullet list.
    PixPtr strip = test::render_fixture("brief_twee_paginas.pdf", kDpi, 125, 0, 250);
    auto result = read_scan(test::png_bytes(strip.get()));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const std::string& body = result->submissions.front().body;
    EXPECT_NE(body.find("# 1 Bereikbaarheid\n"), std::string::npos) << body;
    EXPECT_NE(body.find("\n- een veilige fietsroute langs de Lingedijk;\n"), std::string::npos) << body;
    EXPECT_NE(body.find("\n- meer laadpalen"), std::string::npos) << body;
    EXPECT_NE(body.find("Noord-Brabant en is met het openbaar vervoer"), std::string::npos) << body;
}

TEST(ScanOcr, ReadIsSafeToCallConcurrently) {
    // A strip with the greeting and the first lines: each thread runs its own Tesseract.
    PixPtr strip = test::render_fixture("scanbrief.pdf", kDpi, 100);
    const std::string png = test::png_bytes(strip.get());
    const ScanIngester ingester;
    std::vector<std::string> bodies(3);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < bodies.size(); ++t) {
        threads.emplace_back([&, t] {
            auto result = ingester.read(SourceFile{"a.png", "a.png", png});
            bodies[t] = result.ok() ? result->submissions.front().body : "fout: " + result.error().message;
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_NE(bodies[0].find("Kerkstraat"), std::string::npos) << bodies[0];
    EXPECT_EQ(bodies[1], bodies[0]);
    EXPECT_EQ(bodies[2], bodies[0]);
}

TEST(ScanOcr, ABlankImageHasNoText) {
    PixPtr blank = test::blank_image(1200, 1600);
    auto result = read_scan(test::png_bytes(blank.get()));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "geen tekst gevonden in de afbeelding");
}

TEST(ScanOcr, SpecksAreNoText) {
    PixPtr noise = test::blank_image(800, 600);
    for (int i = 0; i < 400; ++i) pixSetPixel(noise.get(), (i * 7919) % 800, (i * 104729) % 600, 0);
    for (int y = 300; y < 304; ++y)
        for (int x = 100; x < 700; ++x) pixSetPixel(noise.get(), x, y, 0);  // a rule across the page
    auto result = read_scan(test::png_bytes(noise.get()));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "geen tekst gevonden in de afbeelding");
}

TEST(ScanOcr, NotAnImage) {
    auto result = read_scan("Dit is geen afbeelding maar gewone tekst.");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("geen afbeelding"), std::string::npos) << result.error().message;
    auto empty = read_scan("");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("leeg"), std::string::npos) << empty.error().message;
}

TEST(ScanOcr, DamagedPng) {
    PixPtr image = test::render_fixture("scanbrief.pdf", 50, 100);
    const std::string png = test::png_bytes(image.get());
    auto result = read_scan(png.substr(0, png.size() / 2));
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("beschadigde afbeelding: het einde ontbreekt"), std::string::npos)
        << result.error().message;
    // Complete but with damaged image data in the middle: Leptonica finds out.
    std::string scrambled = png;
    for (std::size_t i = 100; i < scrambled.size() - 100; i += 7) scrambled[i] = static_cast<char>(scrambled[i] ^ 0x5A);
    auto damaged = read_scan(scrambled);
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(damaged.error().message.find("beschadigde afbeelding"), std::string::npos) << damaged.error().message;
}

TEST(ScanOcr, TooManyPixels) {
    PixPtr image = test::blank_image(2000, 2000);
    ScanLimits limits;
    limits.max_pixels_per_page = 1'000'000;
    const ScanIngester ingester({}, limits);
    auto result = ingester.read(SourceFile{"groot.png", "groot.png", test::png_bytes(image.get())});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("afbeelding te groot"), std::string::npos) << result.error().message;
}

TEST(ScanOcr, MissingLanguageDataIsAnErrorNamingIt) {
    PixPtr image = test::render_fixture("scanbrief.pdf", 50, 100);
    OcrOptions ocr;
    ocr.languages = "xqz";
    auto result = read_scan(test::png_bytes(image.get()), "scan.png", ocr);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("taalgegevens voor xqz"), std::string::npos) << result.error().message;
}

TEST(ScanOcr, CombinesConfidenceByWords) {
    std::vector<OcrPage> pages(2);
    pages[0].confidence = 90;
    pages[0].words = 300;
    pages[1].confidence = 30;
    pages[1].words = 100;
    EXPECT_EQ(combined_confidence(pages), 75);
    EXPECT_EQ(combined_confidence({}), 0);
    EXPECT_EQ(ocr_note(75), "uit OCR, zekerheid 75%");
}

}  // namespace
}  // namespace inspraak::ingest
