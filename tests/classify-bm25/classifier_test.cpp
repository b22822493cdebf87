#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "classify_bm25/bm25_classifier.hpp"
#include "test_framework.hpp"

namespace inspraak::classify_bm25 {
namespace {

Point point(const std::string& text) {
    Point p;
    p.id = "T.1";
    p.text = text;
    return p;
}

bool why_contains(const Classification& c, const std::string& needle) {
    return std::any_of(c.why.begin(), c.why.end(), [&](const std::string& line) { return line.find(needle) != std::string::npos; });
}

std::string why_text(const Classification& c) {
    std::string out;
    for (const auto& line : c.why) out += line + "\n";
    return out;
}

class Classify : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        framework_ = new Framework(testing::make_test_framework());
        workstreams_ = new std::vector<Workstream>(testing::make_test_workstreams());
        Bm25Classifier classifier;
        auto session = classifier.open({*framework_, *workstreams_, "nl"});
        ASSERT_TRUE(session.ok()) << session.error().message;
        session_ = std::move(session.value()).release();
    }
    static void TearDownTestSuite() {
        delete session_;
        delete workstreams_;
        delete framework_;
    }

    static Classification classify(const std::string& text) {
        auto result = session_->classify(point(text));
        EXPECT_TRUE(result.ok()) << result.error().message;
        return result.ok() ? result.value() : Classification{};
    }

    static inline Framework* framework_ = nullptr;
    static inline std::vector<Workstream>* workstreams_ = nullptr;
    static inline ClassifierSession* session_ = nullptr;
};

TEST_F(Classify, PointAboutTradeMissionsGoesToChapterFour) {
    auto c = classify("Wij missen hoe ondernemers kunnen aansluiten bij handelsmissies en welke rol de "
                      "netwerkpartners daarbij spelen.");
    ASSERT_FALSE(c.chapters.empty()) << why_text(c);
    EXPECT_EQ(c.chapters.front().section_id, "h4") << why_text(c);
    EXPECT_EQ(c.chapters.front().best_section_id, "h4.1");
    EXPECT_GT(c.chapters.front().score, 0.5);
    EXPECT_LE(c.chapters.front().score, 1.0);
    EXPECT_EQ(c.method, "bm25-fts5");
    EXPECT_TRUE(why_contains(c, "handelsmissies")) << why_text(c);
    EXPECT_TRUE(why_contains(c, "netwerkpartners")) << why_text(c);
    EXPECT_TRUE(why_contains(c, "passage: hoofdstuk 4")) << why_text(c);
    EXPECT_GT(c.confidence, 0.0);
    EXPECT_LE(c.confidence, 1.0);
}

TEST_F(Classify, PointsThatClearlyBelongToOneChapter) {
    struct Case {
        const char* text;
        const char* chapter;
    };
    const Case cases[] = {
        {"Internationale studenten moeten na hun opleiding makkelijker in de regio blijven; zorg voor "
         "huisvesting voor kenniswerkers.",
         "h5"},
        {"Hoeveel budget en formatie komt er voor de uitvoering, en wanneer evalueert de raad?", "h6"},
        {"Het is goed dat stedenbanden een termijn en een werkplan krijgen.", "h3"},
        {"Vergeet de samenwerking met Vietnam en Duitsland niet in het overzicht.", "b1"},
    };
    for (const Case& c : cases) {
        auto result = classify(c.text);
        ASSERT_FALSE(result.chapters.empty()) << c.text;
        EXPECT_EQ(result.chapters.front().section_id, c.chapter) << c.text << "\n" << why_text(result);
    }
}

TEST_F(Classify, PointAboutTwoChaptersReturnsBoth) {
    auto c = classify("Neem studenten en stagiairs van de hogescholen mee op handelsmissies, zodat talent en "
                      "ondernemers elkaar vinden.");
    std::vector<std::string> ids;
    for (const auto& chapter : c.chapters) ids.push_back(chapter.section_id);
    ASSERT_GE(ids.size(), 2u) << why_text(c);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "h4"), ids.end()) << why_text(c);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "h5"), ids.end()) << why_text(c);
    EXPECT_LE(ids.size(), Bm25Session::max_chapters);
    // Best first, and the second at least half the first.
    EXPECT_GE(c.chapters[0].score, c.chapters[1].score);
    EXPECT_GE(c.chapters[1].score, Bm25Session::chapter_share * c.chapters[0].score);
    // Two good chapters make the classification less certain than one clear chapter.
    auto clear = classify("Wij missen hoe ondernemers kunnen aansluiten bij handelsmissies en welke rol de "
                          "netwerkpartners daarbij spelen.");
    EXPECT_LT(c.confidence, clear.confidence);
}

TEST_F(Classify, PointAboutANumberedSectionNamesIt) {
    auto c = classify("De criteria in het afwegingskader zijn te vaag: hoe wegen jullie de kosten en de risico's?");
    ASSERT_FALSE(c.chapters.empty());
    EXPECT_EQ(c.chapters.front().section_id, "h3") << why_text(c);
    EXPECT_EQ(c.chapters.front().best_section_id, "h3.1") << why_text(c);
}

TEST_F(Classify, ChapterWithoutMatchingSectionHasNoBestSection) {
    auto c = classify("Kenniswerkers en hun gezin verdienen een warm welkom.");
    ASSERT_FALSE(c.chapters.empty());
    EXPECT_EQ(c.chapters.front().section_id, "h5");
    EXPECT_EQ(c.chapters.front().best_section_id, "");
}

TEST_F(Classify, RoutesByKeyword) {
    auto c = classify("Zet via public affairs in op een lobby in Brussel voor Europese subsidies.");
    EXPECT_EQ(c.route, "public-affairs");
    EXPECT_TRUE(why_contains(c, "route: public-affairs")) << why_text(c);
    EXPECT_TRUE(why_contains(c, "public affairs")) << why_text(c);

    auto labour = classify("De krapte op de arbeidsmarkt maakt internationale studenten extra belangrijk.");
    EXPECT_EQ(labour.route, "economische-strategie");
    ASSERT_FALSE(labour.chapters.empty());
    EXPECT_EQ(labour.chapters.front().section_id, "h5");
}

TEST_F(Classify, RoutesGeenWhenNoWorkstreamFits) {
    auto c = classify("Ondernemers willen vaker mee op handelsmissie.");
    EXPECT_EQ(c.route, "geen");
    EXPECT_FALSE(c.chapters.empty());
    EXPECT_TRUE(why_contains(c, "route: geen")) << why_text(c);
}

TEST_F(Classify, EmptyOrMeaninglessPointMatchesNothing) {
    for (const char* text : {"", "   ", "en de het van", "?!", "Xyzzy plugh."}) {
        auto c = classify(text);
        EXPECT_TRUE(c.chapters.empty()) << text;
        EXPECT_EQ(c.route, "geen") << text;
        EXPECT_EQ(c.confidence, 0.0) << text;
        EXPECT_EQ(c.method, "bm25-fts5");
        EXPECT_TRUE(why_contains(c, "geen overeenkomende termen")) << text << ": " << why_text(c);
    }
}

TEST(ClassifyCommonTerms, PointOfOnlyCommonTermsMatchesNothing) {
    Framework f;
    f.sections = {{"h1", "1", "Een", SectionKind::chapter, "", 1}, {"h2", "2", "Twee", SectionKind::chapter, "", 1}};
    const char* topics[] = {"haven", "school", "markt", "fabriek", "station", "museum", "brug", "park", "kerk", "dijk"};
    int ordinal = 0;
    for (const char* topic : topics)
        f.passages.push_back({ordinal % 2 ? "h2" : "h1", ++ordinal, 0, std::string("De gemeente en de ") + topic, false});
    const std::vector<Workstream> streams;
    auto session = Bm25Classifier().open({f, streams, "nl"});
    ASSERT_TRUE(session.ok()) << session.error().message;
    auto common = (*session)->classify(point("De gemeente!"));
    ASSERT_TRUE(common.ok());
    EXPECT_TRUE(common->chapters.empty());
    EXPECT_TRUE(why_contains(*common, "geen overeenkomende termen")) << why_text(*common);
    auto specific = (*session)->classify(point("De gemeente en de haven"));
    ASSERT_TRUE(specific.ok());
    ASSERT_EQ(specific->chapters.size(), 1u);
    EXPECT_EQ(specific->chapters.front().section_id, "h1");
    EXPECT_TRUE(why_contains(*specific, "termen: haven")) << why_text(*specific);
}

TEST_F(Classify, RouteWithoutChapterStillRoutes) {
    auto c = classify("Lobby!");
    EXPECT_TRUE(c.chapters.empty());
    EXPECT_EQ(c.route, "public-affairs");
    EXPECT_EQ(c.confidence, 0.0);
}

TEST_F(Classify, AChapterDescribedBySubjectIsNamedInTheWhy) {
    // Without "het hoofdstuk over organisatie" the words would match chapter 1's requests.
    auto c = classify("In het hoofdstuk over organisatie mis ik hoe verzoeken worden beoordeeld.");
    ASSERT_FALSE(c.chapters.empty()) << why_text(c);
    EXPECT_EQ(c.chapters.front().section_id, "h6") << why_text(c);
    EXPECT_TRUE(why_contains(c, "genoemd bij titel of onderwerp: hoofdstuk 6")) << why_text(c);
}

TEST_F(Classify, WeakMatchGetsALowScore) {
    // "regio" occurs in several chapters and says little.
    auto weak = classify("Ik woon al jaren in de regio.");
    auto strong = classify("Handelsmissies met netwerkpartners naar landen met kansen voor logistiek en voeding.");
    ASSERT_FALSE(weak.chapters.empty());
    ASSERT_FALSE(strong.chapters.empty());
    EXPECT_LT(weak.chapters.front().score, 0.35) << why_text(weak);
    EXPECT_GT(strong.chapters.front().score, 0.6) << why_text(strong);
    EXPECT_LT(weak.confidence, strong.confidence);
}

TEST_F(Classify, ScoresAreOrderedAndBounded) {
    for (const char* text : {"stedenbanden en delegaties", "budget voor handelsmissies en stages", "onderwijs"}) {
        auto c = classify(text);
        for (std::size_t i = 0; i < c.chapters.size(); ++i) {
            EXPECT_GE(c.chapters[i].score, 0.0);
            EXPECT_LE(c.chapters[i].score, 1.0);
            if (i > 0) {
                EXPECT_GE(c.chapters[i - 1].score, c.chapters[i].score);
            }
        }
        EXPECT_LE(c.chapters.size(), Bm25Session::max_chapters);
    }
}

bool same(const Classification& a, const Classification& b) {
    if (a.route != b.route || a.confidence != b.confidence || a.why != b.why || a.chapters.size() != b.chapters.size())
        return false;
    for (std::size_t i = 0; i < a.chapters.size(); ++i)
        if (a.chapters[i].section_id != b.chapters[i].section_id || a.chapters[i].score != b.chapters[i].score ||
            a.chapters[i].best_section_id != b.chapters[i].best_section_id)
            return false;
    return true;
}

const std::vector<std::string>& sample_points() {
    static const std::vector<std::string> points = {
        "Wij missen hoe ondernemers kunnen aansluiten bij handelsmissies.",
        "Internationale studenten moeten in de regio blijven.",
        "Hoeveel budget komt er voor de uitvoering?",
        "De criteria in het afwegingskader zijn te vaag.",
        "Zet via public affairs in op een lobby in Brussel.",
        "Neem studenten mee op handelsmissies.",
        "Vietnam en Duitsland ontbreken.",
        "",
        "Buitenlandse delegaties verdienen een goed programma op het stadhuis.",
        "De arbeidsmarkt en het vestigingsklimaat horen in de economische strategie.",
    };
    return points;
}

TEST_F(Classify, ConcurrentCallsGiveTheSameResultsAsSequentialOnes) {
    const auto& points = sample_points();
    std::vector<Classification> expected;
    for (const auto& text : points) expected.push_back(classify(text));

    constexpr int threads = 4;
    constexpr int rounds = 25;
    std::vector<int> mismatches(threads, 0);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r)
                for (std::size_t i = 0; i < points.size(); ++i) {
                    // Each thread walks the points in a different order.
                    const std::size_t k = (i + static_cast<std::size_t>(t) * 3) % points.size();
                    auto result = session_->classify(point(points[k]));
                    if (!result.ok() || !same(result.value(), expected[k])) ++mismatches[static_cast<std::size_t>(t)];
                }
        });
    for (auto& worker : workers) worker.join();
    for (int t = 0; t < threads; ++t) EXPECT_EQ(mismatches[static_cast<std::size_t>(t)], 0) << "thread " << t;
}

TEST_F(Classify, MicroTiming) {
    const auto& points = sample_points();
    constexpr int rounds = 50;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r)
        for (const auto& text : points) (void)session_->classify(point(text));
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    const double count = static_cast<double>(rounds) * static_cast<double>(points.size());
    std::cout << "[ timing ] classify-bm25: " << static_cast<long>(count / elapsed.count()) << " points/s on a "
              << framework_->passages.size() << "-passage framework (one thread)\n";
    SUCCEED();
}

// ------------------------------------------------------------------ open(): language and bad input

TEST(ClassifyOpen, EnglishFramework) {
    Framework f;
    f.sections = {{"h1", "1", "Trade", SectionKind::chapter, "", 1}, {"h2", "2", "Education", SectionKind::chapter, "", 1}};
    f.passages = {{"h1", 1, 0, "Trade missions take entrepreneurs abroad to meet customers.", false},
                  {"h2", 2, 0, "International students are trained by the local universities.", false}};
    std::vector<Workstream> streams = {{"pa", "Public affairs", "Lobbying", {"lobbying"}, {}}};
    auto session = Bm25Classifier().open({f, streams, "en"});
    ASSERT_TRUE(session.ok()) << session.error().message;
    auto c = (*session)->classify(point("The mission and its entrepreneurs"));
    ASSERT_TRUE(c.ok());
    ASSERT_FALSE(c->chapters.empty());
    EXPECT_EQ(c->chapters.front().section_id, "h1");
    EXPECT_TRUE(why_contains(*c, "terms: mission, entrepreneurs")) << why_text(*c);
    EXPECT_TRUE(why_contains(*c, "passage: chapter 1")) << why_text(*c);
    auto none = (*session)->classify(point("the of and"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(why_contains(*none, "no matching terms"));
}

TEST(ClassifyOpen, UnknownLanguageIsAnError) {
    const Framework f = testing::make_test_framework();
    const std::vector<Workstream> streams;
    auto session = Bm25Classifier().open({f, streams, "de"});
    ASSERT_FALSE(session.ok());
    EXPECT_NE(session.error().message.find("'de'"), std::string::npos) << session.error().message;
}

TEST(ClassifyOpen, FrameworkWithoutUsablePassagesIsAnError) {
    const std::vector<Workstream> streams;
    Framework empty;
    auto a = Bm25Classifier().open({empty, streams, "nl"});
    ASSERT_FALSE(a.ok());
    EXPECT_NE(a.error().message.find("geen passages"), std::string::npos) << a.error().message;

    Framework orphaned;  // passages whose section does not exist
    orphaned.sections = {{"h1", "1", "Een", SectionKind::chapter, "", 1}};
    orphaned.passages = {{"h9", 1, 0, "Tekst in een onbekende sectie.", false}, {"h1", 2, 0, "de het een", false}};
    EXPECT_FALSE(Bm25Classifier().open({orphaned, streams, "nl"}).ok());
}

TEST(ClassifyOpen, BadWorkstreamsAreAnError) {
    const Framework f = testing::make_test_framework();
    const std::vector<Workstream> duplicate = {{"kader", "A", "", {}, {}}, {"kader", "B", "", {}, {}}};
    auto session = Bm25Classifier().open({f, duplicate, "nl"});
    ASSERT_FALSE(session.ok());
    EXPECT_NE(session.error().message.find("kader"), std::string::npos) << session.error().message;
}

TEST(ClassifyOpen, BrokenSectionTreeDoesNotCrash) {
    Framework f;
    // A parent cycle, a section without chapter, and one good chapter.
    f.sections = {{"x", "9.1", "Lus", SectionKind::section, "y", 2},
                  {"y", "9.2", "Lus", SectionKind::section, "x", 2},
                  {"z", "8.1", "Wees", SectionKind::section, "", 2},
                  {"h1", "1", "Goed", SectionKind::chapter, "", 1},
                  {"h1.1", "1.1", "Sub", SectionKind::section, "h1", 2}};
    f.passages = {{"x", 1, 0, "Handelsmissies in een lus.", false},
                  {"z", 2, 0, "Handelsmissies zonder hoofdstuk.", false},
                  {"h1.1", 3, 0, "Handelsmissies in een echte paragraaf.", false}};
    const std::vector<Workstream> streams;
    auto session = Bm25Classifier().open({f, streams, "nl"});
    ASSERT_TRUE(session.ok()) << session.error().message;
    auto c = (*session)->classify(point("handelsmissies"));
    ASSERT_TRUE(c.ok());
    ASSERT_EQ(c->chapters.size(), 1u);
    EXPECT_EQ(c->chapters.front().section_id, "h1");
    EXPECT_EQ(c->chapters.front().best_section_id, "h1.1");
}

TEST(ClassifyOpen, SessionOutlivesTheContext) {
    std::unique_ptr<ClassifierSession> session;
    {
        const Framework f = testing::make_test_framework();
        const std::vector<Workstream> streams = testing::make_test_workstreams();
        auto opened = Bm25Classifier().open({f, streams, "nl"});
        ASSERT_TRUE(opened.ok());
        session = std::move(opened.value());
    }
    auto c = session->classify(point("Ondernemers willen mee op handelsmissies; vraag de accountmanager."));
    ASSERT_TRUE(c.ok());
    ASSERT_FALSE(c->chapters.empty());
    EXPECT_EQ(c->chapters.front().section_id, "h4");
    EXPECT_EQ(c->route, "accountmanagement");
}

}  // namespace
}  // namespace inspraak::classify_bm25
