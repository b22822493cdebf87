// The shared layout on hand-made pages: coordinates in points, 11 pt body text, a line pitch
// of 13 pt, a paragraph gap of 20 pt, the column from 70 to 520.
#include "page_layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace inspraak::ingest {
namespace {

constexpr double kLeft = 70;
constexpr double kRight = 520;
constexpr double kCharWidth = 5.5;

class PageBuilder {
public:
    // A line from `left`; `right` < 0 means as wide as its text.
    PageBuilder& line(const std::string& text, double left = kLeft, double right = -1, double font = 11, bool bold = false) {
        TextLine l;
        l.text = text;
        l.left = left;
        l.right = right >= 0 ? right : left + kCharWidth * static_cast<double>(text.size());
        l.top = top_;
        l.bottom = top_ + font * 1.3;
        l.font_size = font;
        l.bold = bold;
        const std::size_t space = text.find(' ');
        l.first_word_width = kCharWidth * static_cast<double>(space == std::string::npos ? text.size() : space);
        l.content_left = left;
        if (text.rfind("\xE2\x80\xA2 ", 0) == 0 || text.rfind("- ", 0) == 0) l.content_left = left + 18;
        page_.lines.push_back(l);
        top_ += font * 13.0 / 11.0;
        return *this;
    }
    PageBuilder& full(const std::string& text) { return line(text, kLeft, kRight); }
    PageBuilder& gap() {
        top_ += 7;
        return *this;
    }
    PageLines page() const { return page_; }

private:
    PageLines page_{595, 842, false, {}};
    double top_ = 100;
};

std::string body_of(std::vector<PageLines> pages) { return layout_body(std::move(pages)); }

TEST(PageLayout, JoinsWrappedLinesAndEndsParagraphsAtGaps) {
    PageBuilder b;
    b.full("De gemeente wil meer buitenlandse bedrijven naar de regio halen en").full("vraagt daarvoor de hulp van de partners in het")
        .line("netwerk.")
        .gap()
        .full("Een tweede alinea begint na een witregel en loopt door tot het einde van de")
        .line("regel.");
    EXPECT_EQ(body_of({b.page()}),
              "De gemeente wil meer buitenlandse bedrijven naar de regio halen en vraagt daarvoor de hulp van de partners in het netwerk.\n"
              "\n"
              "Een tweede alinea begint na een witregel en loopt door tot het einde van de regel.\n");
}

TEST(PageLayout, ALineThatStopsShortWhereTheNextWordWouldFitEndsTheParagraph) {
    PageBuilder b;
    b.full("Een regel die tot de rechterkantlijn doorloopt, zoals in een gewone alinea")
        .line("Kort.", kLeft, 300)
        .line("Tweede alinea zonder witregel ervoor.")
        .line("Lingehoven", kLeft, 480)   // ragged: "bedrijvenpark" (75 pt) did not fit in the 40 pt left
        .line("bedrijvenpark ligt aan de rand.");
    EXPECT_EQ(body_of({b.page()}),
              "Een regel die tot de rechterkantlijn doorloopt, zoals in een gewone alinea Kort.\n"
              "\n"
              "Tweede alinea zonder witregel ervoor.\n"
              "\n"
              "Lingehoven bedrijvenpark ligt aan de rand.\n");
}

TEST(PageLayout, AnIndentedLineStartsAParagraph) {
    PageBuilder b;
    b.full("Eerste alinea die over de hele breedte van de kolom doorloopt tot aan de").full("rechterkant en daar weer verder gaat op de volgende")
        .line("  Tweede alinea met een ingesprongen eerste regel die ook lang is", kLeft + 20, kRight)
        .full("en hier verder gaat.");
    const std::string body = body_of({b.page()});
    EXPECT_NE(body.find("volgende\n\nTweede alinea"), std::string::npos) << body;
}

TEST(PageLayout, NumberedHeadingsInTheBodyFaceStandAlone) {
    PageBuilder b;
    b.line("3 Visie").full("De gemeente ziet kansen voor de maakindustrie en de logistiek in de hele regio en")
        .line("daarbuiten.")
        .gap()
        .line("3.1 Ambitie")
        .line("Meer banen.");
    EXPECT_EQ(body_of({b.page()}),
              "# 3 Visie\n\nDe gemeente ziet kansen voor de maakindustrie en de logistiek in de hele regio en daarbuiten.\n\n"
              "## 3.1 Ambitie\n\nMeer banen.\n");
}

TEST(PageLayout, ANumberAtTheStartOfAWrappedLineIsNoHeading) {
    PageBuilder b;
    b.full("In de regio werken nu al bedrijven samen, verdeeld over precies").full("12 Brabantse gemeenten die samen een groot gebied vormen met veel").line("werk.");
    const std::string body = body_of({b.page()});
    EXPECT_EQ(body.find('#'), std::string::npos) << body;
    EXPECT_NE(body.find("precies 12 Brabantse"), std::string::npos) << body;
}

TEST(PageLayout, AFootnoteInSmallPrintIsNoHeading) {
    PageBuilder b;
    b.full("De gemeente werkt samen met de partners in de regio, zoals de economische raad en de").line("ontwikkelingsmaatschappij.")
        .gap()
        .line("1 Zie de nota Werken in Lingehoven", kLeft, 250, 8);
    const std::string body = body_of({b.page()});
    EXPECT_EQ(body.find('#'), std::string::npos) << body;
    EXPECT_NE(body.find("\n\n1 Zie de nota Werken in Lingehoven\n"), std::string::npos) << body;
}

TEST(PageLayout, TableOfContentsEntriesStayOnTheirOwnLines) {
    PageBuilder b;
    b.line("Inhoud", kLeft, 150, 16)
        .line("1 Aanleiding .................................................. 3", kLeft, kRight)
        .line("2 Visie ....................................................... 5", kLeft, kRight)
        .line("3 Uitvoering ................................................. 9", kLeft, kRight);
    EXPECT_EQ(body_of({b.page()}),
              "# Inhoud\n\n1 Aanleiding .................................................. 3\n\n"
              "2 Visie ....................................................... 5\n\n"
              "3 Uitvoering ................................................. 9\n");
}

TEST(PageLayout, LargerOrBoldShortLinesAreHeadingsAndMayWrap) {
    PageBuilder b;
    b.line("Reactie van de ondernemers op het concept", kLeft, 400, 16).line("van het kader", kLeft, 200, 16)
        .gap()
        .full("De tekst van de brief staat hier in de gewone letter van elf punten en loopt")
        .line("door.")
        .gap()
        .line("Bereikbaarheid", kLeft, 150, 11, true)
        .line("Het park is slecht bereikbaar.");
    EXPECT_EQ(body_of({b.page()}),
              "# Reactie van de ondernemers op het concept van het kader\n\n"
              "De tekst van de brief staat hier in de gewone letter van elf punten en loopt door.\n\n"
              "## Bereikbaarheid\n\nHet park is slecht bereikbaar.\n");
}

TEST(PageLayout, ListItemsWithContinuationLinesAndNesting) {
    PageBuilder b;
    b.line("Wij vragen om:")
        .line("\xE2\x80\xA2 een snelle busverbinding met het station die ook in de avond", 90, kRight)
        .line("rijdt;", 108)
        .line("- een fietsroute;", 110)
        .line("\xE2\x80\xA2 meer laadpalen.", 90)
        .line("Daarna gewone tekst.");
    EXPECT_EQ(body_of({b.page()}),
              "Wij vragen om:\n\n"
              "- een snelle busverbinding met het station die ook in de avond rijdt;\n"
              "  - een fietsroute;\n"
              "- meer laadpalen.\n\n"
              "Daarna gewone tekst.\n");
}

TEST(PageLayout, NumberedAndLetteredItemsKeepTheirMarkers) {
    PageBuilder b;
    b.line("1. inventariseren;", 90).line("2. aanwijzen;", 90).line("a) eerst dit;", 110).line("b) dan dat.", 110);
    EXPECT_EQ(body_of({b.page()}), "1. inventariseren;\n2. aanwijzen;\n  a) eerst dit;\n  b) dan dat.\n");
}

TEST(PageLayout, PutsAFormFeedLineBetweenPagesAndKeepsARunOnParagraphWhole) {
    PageBuilder one, two;
    one.full("Wij vragen de gemeente om de subsidie voor de gevels van winkels in het centrum").full("te verhogen, zodat ook kleine ondernemers in de");
    two.line("binnenstad mee kunnen doen.").gap().line("Een nieuwe alinea.");
    EXPECT_EQ(body_of({one.page(), two.page()}),
              "Wij vragen de gemeente om de subsidie voor de gevels van winkels in het centrum te verhogen, zodat ook kleine "
              "ondernemers in de binnenstad mee kunnen doen.\n\n\f\n\nEen nieuwe alinea.\n");
}

TEST(PageLayout, AFinishedSentenceBeforeAPageBreakIsNotJoined) {
    PageBuilder one, two;
    one.line("Einde van de eerste pagina.");
    two.line("begin met een kleine letter.");
    EXPECT_EQ(body_of({one.page(), two.page()}), "Einde van de eerste pagina.\n\n\f\n\nbegin met een kleine letter.\n");
}

TEST(PageLayout, EmptyPagesStillCountInThePageMarks) {
    PageBuilder one, three;
    one.line("Pagina een.");
    three.line("Pagina drie.");
    const std::string body = body_of({one.page(), PageLines{}, three.page()});
    EXPECT_EQ(body, "Pagina een.\n\n\f\n\n\n\f\n\nPagina drie.\n");
    std::size_t form_feeds = 0;
    for (char c : body) form_feeds += c == '\f' ? 1 : 0;
    EXPECT_EQ(form_feeds, 2u);
}

TEST(PageLayout, ASecondColumnStartsANewParagraphUnlessTheSentenceRunsOn) {
    PageLines page{595, 842, false, {}};
    auto add = [&](const std::string& text, double left, double top, double right) {
        TextLine l;
        l.text = text;
        l.left = l.content_left = left;
        l.right = right;
        l.top = top;
        l.bottom = top + 14;
        l.font_size = 11;
        l.first_word_width = 30;
        page.lines.push_back(l);
    };
    add("Eerste kolom, eerste regel die tot de", 70, 100, 280);
    add("kantlijn loopt en dan stopt met een", 70, 113, 280);
    add("punt.", 70, 126, 100);
    add("Tweede kolom met een nieuwe alinea", 310, 100, 520);
    add("die doorloopt in de", 310, 113, 520);
    PageLines next = page;
    EXPECT_EQ(body_of({page}),
              "Eerste kolom, eerste regel die tot de kantlijn loopt en dan stopt met een punt.\n\n"
              "Tweede kolom met een nieuwe alinea die doorloopt in de\n");
    next.lines[2].text = "zin";
    next.lines[3].text = "loopt door in de tweede kolom";
    EXPECT_NE(body_of({next}).find("met een zin loopt door in de tweede kolom"), std::string::npos) << body_of({next});
}

}  // namespace
}  // namespace inspraak::ingest
