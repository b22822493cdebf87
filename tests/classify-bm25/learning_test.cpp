// The classifier with round.json's chapter map, the stakeholder's references, compounds and the
// officer's decided points (ClassifierContext::decided).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "classify_bm25/bm25_classifier.hpp"
#include "test_framework.hpp"

namespace inspraak::classify_bm25 {
namespace {

Point point(const std::string& text, const std::string& reference = {}) {
    Point p;
    p.id = "T.1";
    p.text = text;
    p.reference = reference;
    return p;
}

std::string why_text(const Classification& c) {
    std::string out;
    for (const auto& line : c.why) out += line + "\n";
    return out;
}

bool why_contains(const Classification& c, const std::string& needle) {
    return why_text(c).find(needle) != std::string::npos;
}

std::vector<Workstream> mapped_workstreams() {
    auto streams = testing::make_test_workstreams();
    streams[0].chapters = {"1", "2", "3", "4", "5", "B1"};  // kader
    streams[3].chapters = {"6"};                             // accountmanagement
    return streams;
}

class Session {
public:
    explicit Session(std::vector<DecidedPoint> decided = {}, std::vector<Workstream> streams = mapped_workstreams())
        : framework_(testing::make_test_framework()), streams_(std::move(streams)), decided_(std::move(decided)) {
        auto opened = Bm25Classifier().open({framework_, streams_, "nl", decided_});
        EXPECT_TRUE(opened.ok()) << opened.error().message;
        if (opened.ok()) session_ = std::move(opened.value());
    }
    Classification classify(const std::string& text, const std::string& reference = {}) const {
        auto result = session_->classify(point(text, reference));
        EXPECT_TRUE(result.ok()) << result.error().message;
        return result.ok() ? result.value() : Classification{};
    }

private:
    Framework framework_;
    std::vector<Workstream> streams_;
    std::vector<DecidedPoint> decided_;
    std::unique_ptr<ClassifierSession> session_;
};

// ------------------------------------------------------------------ route from the chapter

TEST(DefaultRoute, AConfidentChapterBringsItsWorkstream) {
    const Session session;
    auto c = session.classify("Ondernemers willen vaker mee op handelsmissies met de netwerkpartners.");
    ASSERT_FALSE(c.chapters.empty());
    EXPECT_EQ(c.chapters.front().section_id, "h4");
    EXPECT_EQ(c.route, "kader") << why_text(c);
    EXPECT_TRUE(why_contains(c, "standaard bij 4")) << why_text(c);

    auto budget = session.classify("Hoeveel budget en formatie komt er voor de uitvoering, en wanneer evalueert de raad?");
    ASSERT_FALSE(budget.chapters.empty());
    EXPECT_EQ(budget.chapters.front().section_id, "h6");
    EXPECT_EQ(budget.route, "accountmanagement") << why_text(budget);
}

TEST(DefaultRoute, AKeywordInTheTextOverridesIt) {
    const Session session;
    auto c = session.classify("Handelsmissies met netwerkpartners: zet daarvoor ook de lobby in.");
    EXPECT_EQ(c.route, "public-affairs") << why_text(c);
}

TEST(DefaultRoute, NoMapOrAWeakChapterGivesGeen) {
    const Session unmapped({}, testing::make_test_workstreams());
    EXPECT_EQ(unmapped.classify("Ondernemers willen vaker mee op handelsmissies met de netwerkpartners.").route, "geen");
    const Session session;
    auto weak = session.classify("Ik woon al jaren in de regio.");
    EXPECT_EQ(weak.route, "geen") << why_text(weak);
}

// ------------------------------------------------------------------ references and compounds

TEST(ClassifyReferences, ANamedChapterComesFirst) {
    const Session session;
    auto c = session.classify("In hoofdstuk 6 missen wij de handelsmissies naar het buitenland.");
    ASSERT_GE(c.chapters.size(), 1u);
    EXPECT_EQ(c.chapters.front().section_id, "h6") << why_text(c);
    EXPECT_TRUE(why_contains(c, "verwijzing: hoofdstuk 6")) << why_text(c);
    // A named section becomes the best section.
    auto s = session.classify("Paragraaf 4.2 gaat over iets anders dan de criteria.");
    ASSERT_FALSE(s.chapters.empty());
    EXPECT_EQ(s.chapters.front().section_id, "h4") << why_text(s);
    EXPECT_EQ(s.chapters.front().best_section_id, "h4.2");
}

TEST(ClassifyReferences, AChapterNamedByItsTitle) {
    const Session session;
    // Without the title the words point to chapter 4 (delegaties, buitenlandse).
    auto plain = session.classify("Het bezoek van buitenlandse delegaties ontbreekt.");
    ASSERT_FALSE(plain.chapters.empty());
    EXPECT_EQ(plain.chapters.front().section_id, "h4") << why_text(plain);
    auto c = session.classify("In de aanleiding ontbreekt het bezoek van buitenlandse delegaties.");
    ASSERT_FALSE(c.chapters.empty());
    EXPECT_EQ(c.chapters.front().section_id, "h1") << why_text(c);
}

TEST(ClassifyReferences, ThePointsOwnReferenceFieldCountsToo) {
    const Session session;
    auto c = session.classify("Dit moet anders.", "H5");
    ASSERT_FALSE(c.chapters.empty()) << why_text(c);
    EXPECT_EQ(c.chapters.front().section_id, "h5");
}

TEST(ClassifyCompounds, AnUnknownCompoundFindsItsKnownParts) {
    const Session session;
    // "delegatieprogramma" is not in the framework; "delegaties" and "programma" are (4.2).
    auto c = session.classify("Het delegatieprogramma kan beter.");
    ASSERT_FALSE(c.chapters.empty()) << why_text(c);
    EXPECT_EQ(c.chapters.front().section_id, "h4") << why_text(c);
    EXPECT_EQ(c.chapters.front().best_section_id, "h4.2");
    EXPECT_TRUE(why_contains(c, "programma")) << why_text(c);
}

// ------------------------------------------------------------------ decided points

DecidedPoint decided(std::string id, std::string text, std::vector<std::string> chapters, std::string route,
                     std::string section = {}) {
    return DecidedPoint{std::move(id), std::move(text), std::move(chapters), std::move(section), std::move(route)};
}

TEST(DecidedPoints, NearestDecidedPointsOutweighAWeakFrameworkMatch) {
    const std::string text = "De fietsenstalling bij het station in de regio is vaak vol.";
    const Session without;
    auto before = without.classify(text);
    ASSERT_FALSE(before.chapters.empty());
    ASSERT_NE(before.chapters.front().section_id, "h6") << "the framework alone should not say h6:\n" << why_text(before);

    const Session with({decided("I001.1", "Een grotere fietsenstalling bij het station, want die is vol.", {"h6"},
                                "accountmanagement"),
                        decided("I002.1", "Fietsenstalling station uitbreiden graag.", {"h6"}, "accountmanagement"),
                        decided("I003.1", "Handelsmissies naar Duitsland.", {"h4"}, "kader")});
    auto after = with.classify(text);
    ASSERT_FALSE(after.chapters.empty());
    EXPECT_EQ(after.chapters.front().section_id, "h6") << why_text(after);
    EXPECT_EQ(after.route, "accountmanagement") << why_text(after);
    EXPECT_TRUE(why_contains(after, "lijkt op besliste punten: I001.1")) << why_text(after);
}

TEST(DecidedPoints, ANearDuplicateTakesTheDecidedChaptersAndRoute) {
    const Session with({decided("I007.2", "Wij willen dat de gemeente vaker handelsmissies naar Vietnam organiseert voor het mkb.",
                                {"b1", "h4"}, "public-affairs", ""),
                        decided("I008.1", "Stages bij regionale bedrijven.", {"h5"}, "kader")});
    auto c = with.classify("Wij willen dat de gemeente vaker handelsmissies naar Vietnam organiseert voor het MKB!");
    ASSERT_GE(c.chapters.size(), 2u) << why_text(c);
    EXPECT_EQ(c.chapters[0].section_id, "b1") << why_text(c);
    EXPECT_EQ(c.chapters[1].section_id, "h4") << why_text(c);
    EXPECT_EQ(c.route, "public-affairs") << why_text(c);
    EXPECT_TRUE(why_contains(c, "bijna gelijk aan beslist punt I007.2")) << why_text(c);
    EXPECT_GT(c.confidence, 0.9);
    for (const auto& chapter : c.chapters) EXPECT_LE(chapter.score, 1.0);
}

TEST(DecidedPoints, ANearDuplicateDecidedAsGeenStaysGeen) {
    const Session with({decided("I009.1", "Complimenten voor de handelsmissies en de netwerkpartners!", {"h4"}, "geen")});
    auto c = with.classify("Complimenten voor de handelsmissies en de netwerkpartners.");
    EXPECT_EQ(c.route, "geen") << why_text(c);
}

TEST(DecidedPoints, UnusableDecidedPointsAreIgnored) {
    // Unknown chapter ids, empty text, no decision at all: no error, no effect.
    const Session with({decided("X.1", "", {"h4"}, "kader"), decided("X.2", "Fietsenstalling", {"h99"}, ""),
                        decided("X.3", "de het een", {}, "kader")});
    const Session without;
    const std::string text = "Internationale studenten moeten na hun opleiding in de regio blijven.";
    EXPECT_EQ(with.classify(text).chapters.front().section_id, without.classify(text).chapters.front().section_id);
    EXPECT_TRUE(with.classify("Fietsenstalling").chapters.empty());
}

// ------------------------------------------------------------------ calibrated confidence

TEST(Confidence, CalibrationIsMonotoneAndBounded) {
    double previous = -1;
    for (double raw = 0.0; raw <= 1.0; raw += 0.05) {
        const double p = Bm25Session::calibrated(raw);
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, Bm25Session::max_confidence);
        EXPECT_GE(p, previous) << raw;
        previous = p;
    }
    EXPECT_EQ(Bm25Session::calibrated(0.0), 0.0) << "no match is no confidence";
    // As measured on the gold sets: a weak raw score (0.2) is a coin toss at best, raw 0.5 or more
    // was always right.
    EXPECT_LT(Bm25Session::calibrated(0.2), 0.5);
    EXPECT_GT(Bm25Session::calibrated(0.5), 0.95);
}

TEST(Confidence, ClearPointsAreMoreCertainThanWeakOnes) {
    const Session session;
    auto weak = session.classify("Ik woon al jaren in de regio.");
    auto strong = session.classify("Handelsmissies met netwerkpartners naar landen met kansen voor logistiek en voeding.");
    EXPECT_LT(weak.confidence, 0.5);
    EXPECT_GT(strong.confidence, 0.8);
}

}  // namespace
}  // namespace inspraak::classify_bm25
