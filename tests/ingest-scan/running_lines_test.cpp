#include "running_lines.hpp"

#include <gtest/gtest.h>

namespace inspraak::ingest {
namespace {

TextLine line_at(const std::string& text, double top) {
    TextLine line;
    line.text = text;
    line.left = 70;
    line.right = 70 + 5.0 * static_cast<double>(text.size());
    line.top = top;
    line.bottom = top + 12;
    line.font_size = 11;
    line.content_left = line.left;
    return line;
}

// An A4 page: a header at the top, body lines, a footer at the bottom.
PageLines page(const std::string& header, const std::vector<std::string>& body, const std::string& footer) {
    PageLines p;
    p.width = 595;
    p.height = 842;
    if (!header.empty()) p.lines.push_back(line_at(header, 40));
    double top = 120;
    for (const std::string& text : body) {
        p.lines.push_back(line_at(text, top));
        top += 14;
    }
    if (!footer.empty()) p.lines.push_back(line_at(footer, 790));
    return p;
}

std::vector<std::string> texts(const PageLines& p) {
    std::vector<std::string> out;
    for (const TextLine& line : p.lines) out.push_back(line.text);
    return out;
}

TEST(PageNumbers, RecognisesTheUsualForms) {
    for (const char* s : {"3", "- 3 -", "\xE2\x80\x93 12 \xE2\x80\x93", "pagina 3 van 5", "Pagina 3", "Page 3", "page 3 of 5",
                          "blz. 4", "3/5", "3 van 5", "(7)"})
        EXPECT_TRUE(is_page_number(s)) << s;
    for (const char* s : {"2025", "3 maart", "Hoofdstuk 3", "pagina's 3 en 4", "", "Wij vragen u om 3 dingen"})
        EXPECT_FALSE(is_page_number(s)) << s;
}

TEST(RunningLines, DropsRepeatedHeadersFootersAndPageNumbers) {
    std::vector<PageLines> pages = {
        page("Reactie Bedrijvenkring, blad 1", {"Eerste regel.", "Tweede regel."}, "- 1 -"),
        page("Reactie Bedrijvenkring, blad 2", {"Derde regel."}, "- 2 -"),
        page("Reactie Bedrijvenkring, blad 3", {"Vierde regel."}, "- 3 -"),
    };
    drop_running_lines(pages);
    EXPECT_EQ(texts(pages[0]), (std::vector<std::string>{"Eerste regel.", "Tweede regel."}));
    EXPECT_EQ(texts(pages[1]), (std::vector<std::string>{"Derde regel."}));
    EXPECT_EQ(texts(pages[2]), (std::vector<std::string>{"Vierde regel."}));
}

TEST(RunningLines, DropsAHeaderFromPageTwoOnWhenItIsOnMostPages) {
    std::vector<PageLines> pages = {
        page("Gemeente Lingehoven", {"Briefhoofd en aanhef."}, ""),
        page("Vervolg brief Lingehoven", {"Tekst."}, ""),
        page("Vervolg brief Lingehoven", {"Meer tekst."}, ""),
    };
    drop_running_lines(pages);
    EXPECT_EQ(texts(pages[0]).front(), "Gemeente Lingehoven") << "the letterhead is on one page only";
    EXPECT_EQ(texts(pages[1]), (std::vector<std::string>{"Tekst."}));
    EXPECT_EQ(texts(pages[2]), (std::vector<std::string>{"Meer tekst."}));
}

TEST(RunningLines, KeepsALineThatRecursOnlyOnce) {
    std::vector<PageLines> pages = {page("Inleiding", {"Tekst."}, ""), page("Samenvatting", {"Meer."}, ""), page("Slot", {"Einde."}, "")};
    drop_running_lines(pages);
    EXPECT_EQ(texts(pages[0]).front(), "Inleiding");
    EXPECT_EQ(texts(pages[1]).front(), "Samenvatting");
}

TEST(RunningLines, DropsAPageNumberOnASinglePageButNotANumberInTheBody) {
    std::vector<PageLines> pages = {page("", {"Tekst boven.", "3", "Tekst onder.", "Meer.", "En meer.", "Slot."}, "1")};
    drop_running_lines(pages);
    EXPECT_EQ(texts(pages[0]), (std::vector<std::string>{"Tekst boven.", "3", "Tekst onder.", "Meer.", "En meer.", "Slot."}));
}

}  // namespace
}  // namespace inspraak::ingest
