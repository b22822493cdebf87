// PDFs with a text layer: reading order, page furniture, hyphens, paragraphs, lists,
// headings, page marks and the document information.
#include <gtest/gtest.h>

#include <poppler/cpp/poppler-document.h>

#include <algorithm>
#include <memory>
#include <regex>
#include <string>

#include "ingest-scan/scan_fixtures.hpp"
#include "inspraak/text.hpp"
#include "pdf_ingester.hpp"
#include "segment/segment.hpp"

namespace inspraak::ingest {
namespace {

IngestedSubmission read_pdf(const std::string& bytes) {
    const PdfIngester ingester;
    auto result = ingester.read(SourceFile{"brief.pdf", "brief.pdf", bytes});
    if (!result) throw std::runtime_error(result.error().message);
    if (result->submissions.size() != 1) throw std::runtime_error("expected one submission");
    return result->submissions.front();
}

IngestedSubmission read_fixture(const std::string& name) { return read_pdf(test::read_bytes(test::pdf_fixture_path(name))); }

std::vector<std::string> body_lines(const std::string& body) {
    std::vector<std::string> lines;
    for (std::string_view line : text::split_lines(body)) lines.emplace_back(line);
    return lines;
}

bool has_line(const std::string& body, const std::string& wanted) {
    const std::vector<std::string> lines = body_lines(body);
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

std::size_t line_index(const std::string& body, const std::string& wanted) {
    const std::vector<std::string> lines = body_lines(body);
    return static_cast<std::size_t>(std::find(lines.begin(), lines.end(), wanted) - lines.begin());
}

class TwoPageLetter : public ::testing::Test {
protected:
    void SetUp() override { letter = read_fixture("brief_twee_paginas.pdf"); }
    IngestedSubmission letter;
};

TEST_F(TwoPageLetter, DropsRunningHeaderAndPageNumbers) {
    EXPECT_EQ(letter.body.find("Ondernemersvereniging"), std::string::npos) << letter.body;
    EXPECT_EQ(letter.body.find("pagina 1"), std::string::npos) << letter.body;
    EXPECT_EQ(letter.body.find("van 2"), std::string::npos) << letter.body;
    EXPECT_TRUE(has_line(letter.body, "Havenweg 14")) << "the letterhead is the letter's own text";
}

TEST_F(TwoPageLetter, JoinsHyphenatedWordsButKeepsRealHyphens) {
    EXPECT_NE(letter.body.find("de gemeentelijke accountmanagers"), std::string::npos) << letter.body;
    EXPECT_NE(letter.body.find("de rand van Noord-Brabant en is"), std::string::npos) << letter.body;
    EXPECT_NE(letter.body.find("in de ochtend- en avondspits;"), std::string::npos) << letter.body;
}

TEST_F(TwoPageLetter, JoinsWrappedLinesIntoParagraphs) {
    EXPECT_TRUE(has_line(letter.body,
                         "Met belangstelling hebben wij het concept van het kader gelezen. Onze leden, ruim tachtig bedrijven op het "
                         "bedrijvenpark, herkennen zich in de ambitie om buitenlandse bedrijven naar de regio te halen. Wel missen wij "
                         "een duidelijke rol voor de gemeentelijke accountmanagers bij het begeleiden van nieuwe vestigers op het park."))
        << letter.body;
    // Each paragraph stands apart from the next by a blank line.
    const std::size_t greeting = line_index(letter.body, "Geacht college,");
    ASSERT_LT(greeting + 2, body_lines(letter.body).size());
    EXPECT_EQ(body_lines(letter.body)[greeting + 1], "");
}

TEST_F(TwoPageLetter, WritesNumberedHeadingsAsHeadingLines) {
    EXPECT_TRUE(has_line(letter.body, "# 1 Bereikbaarheid")) << letter.body;
    EXPECT_TRUE(has_line(letter.body, "# 2 Arbeidsmarkt")) << letter.body;
}

TEST_F(TwoPageLetter, WritesBulletAndNumberedListsAsItems) {
    EXPECT_TRUE(has_line(letter.body, "- een veilige fietsroute langs de Lingedijk;")) << letter.body;
    EXPECT_TRUE(has_line(letter.body, "- meer laadpalen voor vrachtwagens op het parkeerterrein.")) << letter.body;
    EXPECT_TRUE(has_line(letter.body, "2. geschikte locaties aanwijzen bij het bedrijvenpark;")) << letter.body;
    // Items of one list follow each other without blank lines, in reading order.
    const std::size_t first = line_index(letter.body, "- een snelle busverbinding met het station in de ochtend- en avondspits;");
    EXPECT_EQ(line_index(letter.body, "- een veilige fietsroute langs de Lingedijk;"), first + 1) << letter.body;
}

TEST_F(TwoPageLetter, MarksThePageBreakWithAFormFeedLine) {
    const std::vector<std::string> lines = body_lines(letter.body);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "\f"), 1) << letter.body;
    const std::size_t form_feed = line_index(letter.body, "\f");
    EXPECT_LT(line_index(letter.body, "- meer laadpalen voor vrachtwagens op het parkeerterrein."), form_feed);
    EXPECT_GT(line_index(letter.body, "# 2 Arbeidsmarkt"), form_feed);
    EXPECT_EQ(letter.body.find('\f', letter.body.find('\f') + 1), std::string::npos);
}

TEST_F(TwoPageLetter, TakesSenderSubjectAndDateFromTheDocumentInformation) {
    EXPECT_EQ(letter.stakeholder.name, "Marieke van Dalen");
    EXPECT_EQ(letter.stakeholder.organisation, "");
    EXPECT_EQ(letter.subject, "Reactie op het Kader Internationalisering");
    EXPECT_TRUE(std::regex_match(letter.date, std::regex(R"(\d{4}-\d{2}-\d{2})"))) << letter.date;
    EXPECT_TRUE(letter.notes.empty()) << "no OCR for a PDF with a text layer";
}

// The segmenter reads the form feed as a paragraph break: points on either side of it, no
// point or heading with a form feed in it. (How it groups list items with their lead-in is
// the segmenter's business; only where the text lands is checked.)
TEST_F(TwoPageLetter, SegmentsAroundThePageMark) {
    const std::vector<core::Segment> points = core::segment(letter.body, "nl");
    ASSERT_FALSE(points.empty());
    bool saw_fietsroute = false;
    bool saw_page_two = false;
    for (const core::Segment& point : points) {
        EXPECT_EQ(point.text.find('\f'), std::string::npos) << point.text;
        EXPECT_EQ(point.heading.find('\f'), std::string::npos) << point.heading;
        if (point.text.find("een veilige fietsroute langs de Lingedijk;") != std::string::npos) {
            saw_fietsroute = true;
            EXPECT_EQ(point.text.find("Arbeidsmarkt"), std::string::npos) << point.text;
            EXPECT_EQ(point.text.find("Internationale"), std::string::npos) << point.text;
        }
        if (point.text == "Wij zijn graag bereid om hierover met u verder in gesprek te gaan.") {
            saw_page_two = true;
            EXPECT_EQ(point.heading, "2 Arbeidsmarkt");
        }
    }
    EXPECT_TRUE(saw_fietsroute);
    EXPECT_TRUE(saw_page_two);
    if (!saw_fietsroute || !saw_page_two)
        for (const core::Segment& point : points) ADD_FAILURE() << "[" << point.heading << "] " << point.text;
}

TEST(PdfText, KeepsTwoColumnsInReadingOrder) {
    const IngestedSubmission s = read_fixture("twee_kolommen.pdf");
    const std::size_t first = s.body.find("De eerste kolom gaat over de nieuwe rotonde bij de Havenweg.");
    const std::size_t tunnel = s.body.find("Wij vragen de gemeente om een fietstunnel onder de rotonde aan te leggen voordat de winter begint.");
    const std::size_t second = s.body.find("De tweede kolom gaat over de glasvezel. Veel bedrijven wachten al twee jaar op een snelle aansluiting");
    ASSERT_NE(first, std::string::npos) << s.body;
    ASSERT_NE(tunnel, std::string::npos) << s.body;
    ASSERT_NE(second, std::string::npos) << s.body;
    EXPECT_LT(first, tunnel);
    EXPECT_LT(tunnel, second);
    EXPECT_TRUE(has_line(s.body, "## Nieuws van het bedrijvenpark")) << s.body;
}

TEST(PdfText, TakesTheOrganisationFromACompanyEntry) {
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(test::pdf_fixture_path("twee_kolommen.pdf")));
    ASSERT_TRUE(document);
    ASSERT_TRUE(document->set_info_key("Company", poppler::ustring::from_utf8("Parkmanagement De Linge")));
    ASSERT_TRUE(document->set_info_key("Author", poppler::ustring::from_utf8("Windows-gebruiker")));
    ASSERT_TRUE(document->set_info_key("Title", poppler::ustring::from_utf8("Microsoft Word - nieuwsbrief.docx")));
    TempDir dir;
    const std::string path = (dir.path() / "met_organisatie.pdf").string();
    ASSERT_TRUE(document->save(path));
    const IngestedSubmission s = read_pdf(test::read_bytes(path));
    EXPECT_EQ(s.stakeholder.organisation, "Parkmanagement De Linge");
    EXPECT_EQ(s.stakeholder.name, "") << "a placeholder author is no name";
    EXPECT_EQ(s.subject, "") << "a file name is no subject";
}

TEST(PdfDate, ConvertsPdfDatesToIso) {
    EXPECT_EQ(pdf_date_to_iso("D:20250303101500+01'00'"), "2025-03-03");
    EXPECT_EQ(pdf_date_to_iso("20241212"), "2024-12-12");
    EXPECT_EQ(pdf_date_to_iso("D:2024"), "");
    EXPECT_EQ(pdf_date_to_iso("D:20241399"), "");
    EXPECT_EQ(pdf_date_to_iso("gisteren"), "");
}

}  // namespace
}  // namespace inspraak::ingest
