#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "eval/evaluation.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

// A session that answers from a table, so that the arithmetic of eval can be checked exactly.
class TableSession final : public ClassifierSession {
public:
    std::map<std::string, Classification> answers;
    Result<Classification> classify(const Point& point) const noexcept override {
        auto it = answers.find(point.text);
        if (it == answers.end()) return Classification{};
        return it->second;
    }
};

Framework framework() {
    Framework f;
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h5", "5", "Kader", SectionKind::chapter, "", 1},
                  {"h5-2", "5", "Gewogen", SectionKind::chapter, "", 1},
                  {"b1", "B1", "Partners", SectionKind::appendix, "", 1}};
    return f;
}

Classification answer(std::vector<std::string> chapters, std::string route, double confidence) {
    Classification c;
    for (auto& id : chapters) c.chapters.push_back(ChapterScore{id, 1.0, ""});
    c.route = std::move(route);
    c.confidence = confidence;
    return c;
}

TEST(Evaluation, ComputesTopOneTopTwoRoutesAndConfusion) {
    TableSession session;
    session.answers["a"] = answer({"h1", "h5"}, "kader", 0.85);     // right
    session.answers["b"] = answer({"h1", "h5-2"}, "kader", 0.82);   // wrong first, right second (5 = either 5)
    session.answers["c"] = answer({"b1"}, "geen", 0.15);            // right by title
    session.answers["d"] = answer({"h5"}, "public-affairs", 0.5);   // wrong
    std::vector<GoldPoint> gold = {{1, "a", {"1"}, {"kader"}, ""},
                                   {2, "b", {"5"}, {"kader"}, ""},
                                   {3, "c", {"Partners"}, {"geen"}, ""},
                                   {4, "d", {"B1", "1"}, {"kader", "accountmanagement"}, ""}};
    EvalReport r = evaluate(gold, session, framework());
    EXPECT_EQ(r.points, 4);
    EXPECT_DOUBLE_EQ(r.top1, 0.5);
    EXPECT_DOUBLE_EQ(r.top2, 0.75);
    EXPECT_DOUBLE_EQ(r.route_accuracy, 0.75);
    EXPECT_EQ(r.confusion["5"]["1"], 1);
    EXPECT_EQ(r.confusion["B1"]["5"], 1);
    EXPECT_EQ(r.calibration[8].points, 2);
    EXPECT_EQ(r.calibration[8].right, 1);
    EXPECT_GT(r.macro_f1, 0.0);
    EXPECT_LT(r.macro_f1, 1.0);
}

TEST(Evaluation, ReadsGoldLinesAndRejectsBadOnes) {
    TempDir dir;
    auto file = dir.path() / "gold.jsonl";
    std::ofstream(file) << R"({"text": "x", "chapters": ["5", "B1"], "route": "kader"})" << "\n\n"
                        << R"({"text": "y", "chapters": [], "route": ["geen", "kader"]})" << "\n";
    auto gold = read_gold(file);
    ASSERT_EQ(gold.size(), 2u);
    EXPECT_EQ(gold[0].chapters, (std::vector<std::string>{"5", "B1"}));
    EXPECT_EQ(gold[1].routes, (std::vector<std::string>{"geen", "kader"}));
    std::ofstream(file, std::ios::app) << "{not json\n";
    try {
        read_gold(file);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(":4:"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace inspraak::core
