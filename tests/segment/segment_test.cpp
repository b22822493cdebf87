#include <gtest/gtest.h>

#include "segment/segment.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> texts(const std::vector<Segment>& segments) {
    std::vector<std::string> out;
    for (const Segment& s : segments) out.push_back(s.text);
    return out;
}

std::vector<std::string> headings(const std::vector<Segment>& segments) {
    std::vector<std::string> out;
    for (const Segment& s : segments) out.push_back(s.heading);
    return out;
}

TEST(Segment, LetterWithGreetingParagraphsSignOffAndSignature) {
    const char* body =
        "Beste Annelies,\n"
        "\n"
        "Wij missen in het kader aandacht voor de haven.\n"
        "De haven is belangrijk voor de logistiek.\n"
        "\n"
        "Ook zouden wij graag zien dat scholen een rol krijgen.\n"
        "\n"
        "Tot slot: de begroting in bijlage 3 lijkt ons te krap.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Jan Jansen\n"
        "Voorzitter Ondernemersvereniging\n"
        "06-12345678\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{
                            "Wij missen in het kader aandacht voor de haven. De haven is belangrijk voor de logistiek.",
                            "Ook zouden wij graag zien dat scholen een rol krijgen.",
                            "Tot slot: de begroting in bijlage 3 lijkt ons te krap.",
                        }));
    ASSERT_EQ(s.size(), 3u);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(s[static_cast<size_t>(i)].position, i + 1);
    EXPECT_EQ(s[2].reference, "bijlage 3");
    EXPECT_EQ(s[0].reference, "");
    EXPECT_EQ(s[0].heading, "");
}

TEST(Segment, NumberedListWithWrappedLines) {
    const char* body =
        "1. Het kader noemt de haven niet, terwijl die\n"
        "   voor onze leden heel belangrijk is.\n"
        "2) Zie hoofdstuk 4: daar ontbreekt\n"
        "de rol van scholen.\n"
        "3. Kort punt.\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{
                            "Het kader noemt de haven niet, terwijl die voor onze leden heel belangrijk is.",
                            "Zie hoofdstuk 4: daar ontbreekt de rol van scholen.",
                            "Kort punt.",
                        }));
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1].reference, "hoofdstuk 4");
}

TEST(Segment, BulletsUnderNumberedItemsTakeTheItemAsHeading) {
    const char* body =
        "1. Economie\n"
        "   - Meer aandacht voor export\n"
        "   - Handelsmissies met bedrijven\n"
        "2. Onderwijs\n"
        "   • Stages in het buitenland\n"
        "3. Een los punt zonder onderdelen.\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Meer aandacht voor export", "Handelsmissies met bedrijven",
                                                  "Stages in het buitenland", "Een los punt zonder onderdelen."}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Economie", "Economie", "Onderwijs", ""}));
}

TEST(Segment, BulletsAtTheSameIndentUnderANumberedItem) {
    const char* body =
        "1. Over de visie, die wij in grote lijnen delen\n"
        "- Meer nadruk op farma\n"
        "- Minder nadruk op China\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Meer nadruk op farma", "Minder nadruk op China"}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Over de visie, die wij in grote lijnen delen",
                                                     "Over de visie, die wij in grote lijnen delen"}));
}

TEST(Segment, LeadInEndingInColonIsTheHeadingOfItsList) {
    const char* body =
        "Wij hebben de volgende opmerkingen over het kader:\n"
        "- De haven ontbreekt\n"
        "- Scholen krijgen te weinig aandacht\n"
        "\n"
        "Verder vinden wij het een goed stuk.\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"De haven ontbreekt", "Scholen krijgen te weinig aandacht",
                                                  "Verder vinden wij het een goed stuk."}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Wij hebben de volgende opmerkingen over het kader:",
                                                     "Wij hebben de volgende opmerkingen over het kader:", ""}));
}

TEST(Segment, MarkdownHeadings) {
    const char* body =
        "# Reactie van de Economic Board\n"
        "\n"
        "## Hoofdstuk 2\n"
        "\n"
        "De motieven zijn helder.\n"
        "\n"
        "## Hoofdstuk 5\n"
        "\n"
        "- Sluit aan bij missies van VNO-NCW\n"
        "- Noem NL in Business\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"De motieven zijn helder.", "Sluit aan bij missies van VNO-NCW",
                                                  "Noem NL in Business"}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Hoofdstuk 2", "Hoofdstuk 5", "Hoofdstuk 5"}));
    // A point without references of its own takes those of its heading.
    EXPECT_EQ(s[0].reference, "hoofdstuk 2");
    EXPECT_EQ(s[1].reference, "hoofdstuk 5");
}

TEST(Segment, ShortNumberedItemDirectlyAboveTextHeadsIt) {
    const char* body =
        "1. Strategie (H5 p. 24-25)\n"
        "- Investeer in kansrijke initiatieven\n"
        "- Noem NL in Business, zie pagina 17\n"
        "\n"
        "2. Criteria\n"
        "Wij delen de criteria.\n"
        "\n"
        "3. Meer aandacht voor scholen\n"
        "\n"
        "Verder niets.\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Investeer in kansrijke initiatieven",
                                                  "Noem NL in Business, zie pagina 17", "Wij delen de criteria.",
                                                  "Meer aandacht voor scholen", "Verder niets."}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Strategie (H5 p. 24-25)", "Strategie (H5 p. 24-25)",
                                                     "Criteria", "", ""}));
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0].reference, "hoofdstuk 5; pagina 24-25");  // from the heading
    EXPECT_EQ(s[1].reference, "pagina 17");                  // its own
}

TEST(Segment, ShortStandaloneLineIsAHeading) {
    const char* body =
        "Algemeen\n"
        "\n"
        "Een helder stuk.\n"
        "\n"
        "Eens.\n";
    std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Een helder stuk.", "Eens."}));
    EXPECT_EQ(headings(s), (std::vector<std::string>{"Algemeen", "Algemeen"}));
}

TEST(Segment, EnglishLetter) {
    const char* body =
        "Dear Sir or Madam,\n"
        "\n"
        "Chapter 4 should say more about the port (see page 22).\n"
        "\n"
        "We would also welcome a section on universities.\n"
        "\n"
        "Kind regards,\n"
        "John Smith\n"
        "Pivot Park\n";
    std::vector<Segment> s = segment(body, "en");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Chapter 4 should say more about the port (see page 22).",
                                                  "We would also welcome a section on universities."}));
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].reference, "hoofdstuk 4; pagina 22");
}

TEST(Segment, LetterheadBeforeTheGreetingIsDropped) {
    const char* body =
        "Economic Board Oss\n"
        "Postbus 1\n"
        "Oss, 3 december 2024\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Het kader is te vrijblijvend.\n"
        "\n"
        "Hoogachtend\n";
    EXPECT_EQ(texts(segment(body, "nl")), (std::vector<std::string>{"Het kader is te vrijblijvend."}));
}

TEST(Segment, WhitespaceIsNormalisedAndWordsKeptExactly) {
    const char* body = "  Het  kader\tis\u00a0te   vaag over   'netwerken' ,\n   vinden   wij .  \n";
    std::vector<Segment> s = segment(body, "nl");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].text, "Het kader is te vaag over 'netwerken' , vinden wij .");
}

TEST(Segment, AttachmentLineIsDropped) {
    const char* body = "Wij steunen het kader.\n\nBijlage: reactie-leden.pdf\n";
    EXPECT_EQ(texts(segment(body, "nl")), (std::vector<std::string>{"Wij steunen het kader."}));
}

TEST(Segment, EmptyAndGreetingOnlyBodiesGiveNoPoints) {
    EXPECT_TRUE(segment("", "nl").empty());
    EXPECT_TRUE(segment("\n \n\t\n", "nl").empty());
    EXPECT_TRUE(segment("Hallo,\n\nGroeten,\nPiet\n", "nl").empty());
}

TEST(Segment, ThankYouSentenceIsAPointNotASignOff) {
    const char* body = "Bedankt voor het heldere kader, wij hebben er weinig op aan te merken.\n";
    EXPECT_EQ(segment(body, "nl").size(), 1u);
}

TEST(Segment, VeryLongInputDoesNotCrash) {
    std::string body = "# ";
    for (int i = 0; i < 50000; ++i) body += "kop ";
    body += "\n";
    for (int i = 0; i < 50000; ++i) body += "zie hoofdstuk 4, ";
    body += "\n\n- ";
    for (int i = 0; i < 50000; ++i) body += "1, ";
    std::vector<Segment> s = segment(body, "nl");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].reference, "hoofdstuk 4");
}

}  // namespace
}  // namespace inspraak::core

namespace inspraak::core {
namespace {

TEST(Segment, AddresseeLinesAtTheTopAreLetterheadEvenWithoutAGreeting) {
    auto points = segment(
        "Werkgeversvereniging Maasland\n\nAan het college van burgemeester en wethouders van Maasbergen\n\n"
        "T.a.v. de afdeling Economie\n\n"
        "Voeg aan de criteria een vraag over de werkgelegenheid in de regio toe.\n\n"
        "Aan de gemeente vragen wij ook meer aandacht voor de binnenhaven\n",
        "nl");
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].text, "Voeg aan de criteria een vraag over de werkgelegenheid in de regio toe.");
    // Further down, the same words open a remark and stay.
    EXPECT_EQ(points[1].text, "Aan de gemeente vragen wij ook meer aandacht voor de binnenhaven");
}

TEST(Segment, AShortLineAboveAHeadingIsATitleNotAPoint) {
    auto points = segment("Werkgeversvereniging Maasland\n\n# Reactie op het kader\n\n"
                          "Wij danken u voor de gelegenheid om te reageren.\n\n"
                          "Voeg aan de criteria een vraag over de werkgelegenheid toe.\n",
                          "nl");
    ASSERT_EQ(points.size(), 1u);  // the thanks are courtesy at the edge
    EXPECT_EQ(points[0].heading, "Reactie op het kader");
}

TEST(Segment, ARemarkWithShortExamplesIsOnePoint) {
    auto points = segment(
        "Wij missen een concrete aanpak voor internationale studenten die in de regio willen blijven. Denk aan:\n\n"
        "- een welkomstpakket over wonen en werk;\n- stageplaatsen bij bedrijven;\n- hulp bij een verblijfsvergunning.\n\n"
        "Onze andere punten:\n\n- De criteria zijn te streng voor kleine bedrijven.\n- Het budget is te klein.\n",
        "nl");
    ASSERT_EQ(points.size(), 3u);
    EXPECT_EQ(points[0].text,
              "Wij missen een concrete aanpak voor internationale studenten die in de regio willen blijven. Denk aan: "
              "een welkomstpakket over wonen en werk; stageplaatsen bij bedrijven; hulp bij een verblijfsvergunning.");
    // A bare lead-in still introduces separate remarks.
    EXPECT_EQ(points[1].text, "De criteria zijn te streng voor kleine bedrijven.");
    EXPECT_EQ(points[1].heading, "Onze andere punten:");
}

TEST(Segment, ARemarkBeforeLongItemsLeavesThemSeparatePoints) {
    auto points = segment(
        "Wij hebben het kader gelezen en zien drie problemen. Het gaat om het volgende:\n\n"
        "- De criteria in paragraaf 5.1 wegen de werkgelegenheid niet mee, terwijl dat voor onze leden het belangrijkste is.\n"
        "- Het budget in bijlage 3 is te klein.\n",
        "nl");
    ASSERT_EQ(points.size(), 2u);  // the opening paragraph introduces them (their heading)
    EXPECT_EQ(points[0].text.substr(0, 11), "De criteria");
    EXPECT_EQ(points[0].heading.substr(0, 10), "Wij hebben");
}

}  // namespace
}  // namespace inspraak::core
