#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/courtesy.hpp"
#include "segment/segment.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> texts(const std::vector<Segment>& segments) {
    std::vector<std::string> out;
    for (const Segment& s : segments) out.push_back(s.text);
    return out;
}

const char* const kFirstPoint = "Het kader besteedt te weinig aandacht aan de haven van Maasbergen.";
const char* const kSecondPoint = "Wij vragen u om in hoofdstuk 5 een doel voor export op te nemen.";

// A small letter: greeting, `opening`, two real points, `closing`, sign-off and signature.
std::string letter(const std::string& opening, const std::string& closing) {
    std::string body = "Beste Marieke,\n\n";
    if (!opening.empty()) body += opening + "\n\n";
    body += std::string(kFirstPoint) + "\n\n" + kSecondPoint + "\n\n";
    if (!closing.empty()) body += closing + "\n\n";
    body += "Met vriendelijke groet,\n\nJan Jansen\n";
    return body;
}

void expect_only_the_real_points(const std::string& body) {
    const std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{kFirstPoint, kSecondPoint})) << body;
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].position, 1);
    EXPECT_EQ(s[1].position, 2);
}

class DutchOpening : public testing::TestWithParam<const char*> {};

TEST_P(DutchOpening, IsNotAPoint) {
    EXPECT_TRUE(is_courtesy_paragraph(GetParam())) << judge_courtesy(GetParam()).reason;
    expect_only_the_real_points(letter(GetParam(), ""));
}

INSTANTIATE_TEST_SUITE_P(
    Courtesy, DutchOpening,
    testing::Values(
        "Dank voor het toesturen van het concept. Wij hebben het met belangstelling gelezen en hebben vier "
        "opmerkingen.",
        "Met belangstelling hebben wij kennisgenomen van het concept Kader Internationalisering. Het bestuur heeft "
        "de leden om hun mening gevraagd. Deze brief geeft de reacties weer die wij het vaakst hoorden.",
        "Namens de Economic Board Maasbergen dank ik u voor de gelegenheid om te reageren op het concept van het "
        "Kader Internationalisering. De leden van de board hebben het stuk op 26 februari besproken. Hieronder "
        "vindt u onze opmerkingen, geordend naar thema.",
        "Graag maken wij gebruik van de mogelijkheid om te reageren op het concept. Hieronder vindt u onze "
        "opmerkingen per onderwerp.",
        "Zoals beloofd na ons overleg van vorige week nog een reactie vanuit de Europadesk.",
        "Hartelijk dank voor het toesturen van het kader."));

class DutchClosing : public testing::TestWithParam<const char*> {};

TEST_P(DutchClosing, IsNotAPoint) {
    EXPECT_TRUE(is_courtesy_paragraph(GetParam())) << judge_courtesy(GetParam()).reason;
    expect_only_the_real_points(letter("", GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Courtesy, DutchClosing,
                         testing::Values("Wij zijn graag bereid onze reactie in een gesprek toe te lichten.",
                                         "Wij gaan graag met u in gesprek over de uitwerking en denken ook mee over "
                                         "de economische strategienota die later dit jaar volgt.",
                                         "Wij denken graag verder mee.",
                                         "Neem gerust contact met ons op."));

// The e-mail that carries the real letter as an attachment: its courtesy is no point, but a cover
// note that says something is.
TEST(Courtesy, ACoverNoteForAnAttachedLetterIsNoPoint) {
    for (const char* note : {"Bijgaand treft u de reactie van de Economic Board op het concept Kader aan.",
                             "In de bijlage vindt u onze reactie op het conceptkader.",
                             "Hierbij stuur ik u, zoals afgesproken, als bijlage onze zienswijze.",
                             "Please find attached our response to the draft framework."}) {
        EXPECT_TRUE(is_courtesy_paragraph(note)) << note << ": " << judge_courtesy(note).reason;
        const std::string mail = std::string("Geachte heer, mevrouw,\n\n") + note + "\n\nMet vriendelijke groet,\n\nJan Jansen\n";
        EXPECT_TRUE(segment(mail, "nl").empty()) << mail;
    }
}

TEST(Courtesy, ACoverNoteThatSaysSomethingIsAPoint) {
    const std::string mail =
        "Geachte heer, mevrouw,\n\nBijgaand onze reactie. Wij missen in het kader vooral de haven.\n\n"
        "Met vriendelijke groet,\n\nJan Jansen\n";
    const auto points = segment(mail, "nl");
    ASSERT_EQ(points.size(), 1u);
    EXPECT_NE(points[0].text.find("haven"), std::string::npos);
}

TEST(Courtesy, OpeningAndClosingTogetherAreBothDropped) {
    expect_only_the_real_points(
        letter("Dank voor het toesturen van het concept. Hieronder vindt u onze opmerkingen.",
               "Wij denken graag verder mee."));
}

TEST(Courtesy, SeveralCourtesyParagraphsAtAnEdgeAreAllDropped) {
    expect_only_the_real_points(letter("Zoals afgesproken onze reactie.\n\nDank voor het concept.",
                                       "Wij lichten dit graag toe in een gesprek.\n\nWij denken graag verder mee."));
}

TEST(Courtesy, ThanksWithARemarkAboutTheContentStaysAPoint) {
    const std::string opening = "Dank voor het concept. Wij missen wel een paragraaf over talent in hoofdstuk 4.";
    EXPECT_FALSE(is_courtesy_paragraph(opening));
    const std::vector<Segment> s = segment(letter(opening, ""), "nl");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].text, opening);
    EXPECT_EQ(s[0].position, 1);
    EXPECT_EQ(s[0].reference, "hoofdstuk 4");
}

TEST(Courtesy, ContentCuesKeepAnEdgeParagraphAPoint) {
    const char* const points[] = {
        "Dank voor het concept. Graag zouden wij zien dat scholen een rol krijgen.",
        "Dank voor de gelegenheid om te reageren; wij stellen voor de haven te noemen.",
        "Hieronder vindt u onze opmerkingen; de gemeente moet vooral meer doen voor het mkb.",
        "Wij denken graag mee, maar het budget is te krap.",
        "Dank voor het concept. Kunt u aangeven wie ons aanspreekpunt wordt?",
        "Met belangstelling gelezen. Zie pagina 12.",
        "Bedankt voor het heldere kader, wij hebben er weinig op aan te merken.",
        "Wij gaan graag met u in gesprek, want wij zien het kader niet zitten.",
    };
    for (const char* p : points) {
        EXPECT_FALSE(is_courtesy_paragraph(p)) << p;
        EXPECT_EQ(segment(letter(p, ""), "nl").size(), 3u) << p;
        EXPECT_EQ(segment(letter("", p), "nl").size(), 3u) << p;
    }
}

TEST(Courtesy, ASentenceWithoutCourtesyCueKeepsTheParagraphAPoint) {
    // Every sentence must be courtesy; the second one here is a remark.
    const std::string opening = "Dank voor het concept. Ondernemers hebben behoefte aan één loket.";
    EXPECT_FALSE(is_courtesy_paragraph(opening));
    EXPECT_EQ(segment(letter(opening, ""), "nl").front().text, opening);
}

TEST(Courtesy, CourtesyWordsInTheMiddleStayAPoint) {
    const std::string middle = "Dank voor het concept. Hieronder vindt u onze opmerkingen.";
    const std::string body = "Beste Marieke,\n\n" + std::string(kFirstPoint) + "\n\n" + middle + "\n\n" +
                             kSecondPoint + "\n\nMet vriendelijke groet,\nJan\n";
    const std::vector<Segment> s = segment(body, "nl");
    EXPECT_EQ(texts(s), (std::vector<std::string>{kFirstPoint, middle, kSecondPoint}));
}

TEST(Courtesy, ListItemsAreNeverCourtesy) {
    const char* body =
        "- Dank voor het concept.\n"
        "- Het kader is te vaag over de haven.\n"
        "- Wij denken graag verder mee.\n";
    EXPECT_EQ(texts(segment(body, "nl")),
              (std::vector<std::string>{"Dank voor het concept.", "Het kader is te vaag over de haven.",
                                        "Wij denken graag verder mee."}));
}

TEST(Courtesy, ACourtesyParagraphBehindAListItemIsOnlyDroppedAtTheEdge) {
    // The list item is the first real point, so the opening search stops there; the closing
    // courtesy line after it is still at the edge.
    const char* body =
        "- Het kader is te vaag over de haven.\n"
        "\n"
        "Wij denken graag verder mee.\n";
    EXPECT_EQ(texts(segment(body, "nl")), (std::vector<std::string>{"Het kader is te vaag over de haven."}));
}

TEST(Courtesy, ASubmissionThatIsOnlyCourtesyHasNoPoints) {
    EXPECT_TRUE(segment("Beste Marieke,\n\nDank voor het toesturen van het concept.\n\nGroeten,\nPiet\n", "nl").empty());
    EXPECT_TRUE(segment("Wij denken graag verder mee.", "nl").empty());
}

TEST(Courtesy, LongParagraphsAreNotCourtesy) {
    std::string opening = "Dank voor het concept";
    for (int i = 0; i < 80; ++i) opening += " en dank";
    opening += ".";
    EXPECT_FALSE(is_courtesy_paragraph(opening));
    EXPECT_EQ(judge_courtesy(opening).reason, "too long for courtesy");
}

TEST(Courtesy, EnglishOpeningAndClosing) {
    const char* body =
        "Dear Sir or Madam,\n"
        "\n"
        "Thank you for the opportunity to respond to the draft. Please find our comments below.\n"
        "\n"
        "Chapter 4 should say more about the port.\n"
        "\n"
        "We would also welcome a section on universities.\n"
        "\n"
        "We would be happy to discuss this further.\n"
        "\n"
        "Kind regards,\n"
        "John Smith\n";
    const std::vector<Segment> s = segment(body, "en");
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Chapter 4 should say more about the port.",
                                                  "We would also welcome a section on universities."}));
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[1].position, 2);
}

TEST(Courtesy, EnglishRemarksStayPoints) {
    const char* const points[] = {
        "Thank you for the draft. We miss a section on talent.",
        "Thank you for the opportunity to respond; however, the budget is too small.",
        "We would be happy to discuss this further, but the targets should be more concrete.",
    };
    for (const char* p : points) EXPECT_FALSE(is_courtesy_paragraph(p)) << p;
    EXPECT_TRUE(is_courtesy_paragraph("As agreed, our response to the draft."));
}

TEST(Courtesy, JudgementSaysWhy) {
    EXPECT_EQ(judge_courtesy("Dank voor het concept. Wij missen de haven.").reason, "content cue 'missen'");
    EXPECT_EQ(judge_courtesy("Dank voor het concept. Zie H4.").reason, "refers to hoofdstuk 4");
    EXPECT_EQ(judge_courtesy("Wij denken graag verder mee.").reason, "courtesy: 'denk* * mee'");
    EXPECT_FALSE(judge_courtesy("").is_courtesy);
    EXPECT_FALSE(judge_courtesy("   ").is_courtesy);
}

}  // namespace
}  // namespace inspraak::core
