// The kept counts (schema 8, store/point_tally.hpp) on both backends: after any mix of adding
// points, classifying them, moving chapters, writing and approving reactions and removing files,
// Store::tally() equals the counts made from the points themselves; and what the triggers follow
// keeps the counts fresh without counting anew (tally_state stays not stale).
#include <gtest/gtest.h>

#include <random>

#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

Framework framework() {
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h1.1", "1.1", "Achtergrond", SectionKind::section, "h1", 2},
                  {"h2", "2", "Ambitie", SectionKind::chapter, "", 3},
                  {"b1", "B1", "Partners", SectionKind::appendix, "", 1}};
    return f;
}

// The counts as the definition says, from the points one by one.
PointTally counted(Store& store) {
    PointTally tally;
    std::map<std::string, std::string> group_of_submission;
    for (const auto& submission : store.submissions()) group_of_submission[submission.id] = submission.stakeholder.group;
    const auto classifications = store.classifications();
    const auto reactions = store.reactions();
    for (const Point& point : store.points()) {
        const auto reaction = reactions.find(point.id);
        const std::string status = reaction == reactions.end() ? "none" : reaction->second.status;
        const auto classification = classifications.find(point.id);
        const std::string route = classification == classifications.end() ? "" : classification->second.classification.route;
        std::vector<std::pair<std::string, StatusCount*>> into = {
            {"", &tally.all},
            {"", &tally.by_route[route]},
            {"", &tally.by_group[group_of_submission.at(point.submission_id)]}};
        if (classification != classifications.end())
            for (const auto& chapter : classification->second.classification.chapters)
                into.push_back({"", &tally.by_chapter[chapter.section_id]});
        for (auto& [unused, counts] : into) {
            if (status == "approved") ++counts->approved;
            else if (status == "draft") ++counts->draft;
            else ++counts->none;
        }
    }
    return tally;
}

std::string describe(const std::map<std::string, StatusCount>& counts) {
    std::string text;
    for (const auto& [key, c] : counts)
        if (c.total() > 0) text += key + ":" + std::to_string(c.approved) + "/" + std::to_string(c.draft) + "/" + std::to_string(c.none) + " ";
    return text;
}

void expect_same(const PointTally& kept, const PointTally& truth, const std::string& after) {
    EXPECT_EQ(kept.all.approved, truth.all.approved) << after;
    EXPECT_EQ(kept.all.draft, truth.all.draft) << after;
    EXPECT_EQ(kept.all.none, truth.all.none) << after;
    EXPECT_EQ(describe(kept.by_chapter), describe(truth.by_chapter)) << after;
    EXPECT_EQ(describe(kept.by_group), describe(truth.by_group)) << after;
    EXPECT_EQ(describe(kept.by_route), describe(truth.by_route)) << after;
}

bool stale(Store& store) {
    const TableRows rows = store.table_rows("tally_state");
    if (rows.rows.size() != 1) throw std::runtime_error("tally_state should have one row");
    const auto& cell = rows.rows[0][1];
    if (const auto* number = std::get_if<int64_t>(&cell)) return *number != 0;
    throw std::runtime_error("tally_state.stale is not a number");
}

class TallyStore : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        store_->replace_framework(framework());
    }
    Store& store() { return *store_; }

    // A file with one submission of `points` points from a sender of `group`.
    void add_letter(const std::string& name, const std::string& group, int points) {
        store().write([&](Store& s) {
            const int64_t file = s.add_file("submissions/" + name, "sha-" + name, name, "ingest-text", "ok", "");
            const std::string id = s.add_submission(file, 0, Stakeholder{"", name, group, "", ""}, IngestedSubmission{});
            for (int i = 1; i <= points; ++i)
                s.add_point(Point{id + "." + std::to_string(i), id, i, "Punt " + std::to_string(i), "", ""});
        });
    }

    std::unique_ptr<TestStore> where_;
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, TallyStore, all_store_backends, store_backend_name);

TEST_P(TallyStore, ANewRoundCountsWhatItHas) {
    EXPECT_EQ(store().tally().all.total(), 0);
    add_letter("a.txt", "inwoners", 3);
    add_letter("b.txt", "ondernemers", 2);
    const PointTally tally = store().tally();
    EXPECT_EQ(tally.all.none, 5);
    EXPECT_EQ(tally.by_group.at("inwoners").none, 3);
    EXPECT_EQ(tally.by_route.at("").none, 5);  // not classified yet
    expect_same(tally, counted(store()), "two letters");
}

TEST_P(TallyStore, EveryChangeKeepsTheCountsRightWithoutCountingAnew) {
    add_letter("a.txt", "inwoners", 4);
    add_letter("b.txt", "ondernemers", 3);
    add_letter("c.txt", "", 2);
    store().tally();  // counted once: from here on the triggers keep the counts
    ASSERT_FALSE(stale(store()));

    std::mt19937 random(7);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const std::vector<std::string> routes = {"kader", "geen", "public-affairs"};
    const std::vector<std::string> chapters = {"h1", "h2", "b1"};
    int letters = 3;
    for (int step = 0; step < 120; ++step) {
        const auto points = store().points();
        const std::string point = points[static_cast<size_t>(pick(static_cast<int>(points.size())))].id;
        const int what = pick(10);
        std::string done;
        if (what < 3) {
            Classification c;
            c.route = routes[static_cast<size_t>(pick(3))];
            c.confidence = 0.5;
            c.method = "test";
            c.chapters.push_back({chapters[static_cast<size_t>(pick(3))], 0.6, ""});
            if (pick(2) == 0) c.chapters.push_back({chapters[static_cast<size_t>(pick(3))], 0.3, ""});
            if (c.chapters.size() == 2 && c.chapters[0].section_id == c.chapters[1].section_id) c.chapters.pop_back();
            if (pick(2) == 0) {
                store().save_classification(point, c, "anna");
                done = "classified " + point;
            } else {
                const bool written = store().save_machine_classification(point, c);
                done = std::string(written ? "machine classified " : "no machine classification over a person's for ") + point;
            }
        } else if (what < 6) {
            store().save_reaction(point, Reaction{"Dank.", "draft", "anna"});
            done = "draft for " + point;
        } else if (what < 8) {
            store().save_reaction(point, Reaction{"Dank.", "approved", "anna"});
            done = "approved " + point;
        } else if (what < 9) {
            const bool written = store().save_machine_draft(point, "Concept.");
            done = std::string(written ? "machine draft for " : "no machine draft over a person's reaction for ") + point;
        } else {
            add_letter("n" + std::to_string(++letters) + ".txt", pick(2) == 0 ? "partners" : "inwoners", 1 + pick(3));
            done = "a new letter";
        }
        EXPECT_FALSE(stale(store())) << done;  // kept by the triggers, not counted anew
        expect_same(store().tally(), counted(store()), "step " + std::to_string(step) + ": " + done);
        if (HasFailure()) break;
    }
}

TEST_P(TallyStore, ARemovalIsCountedAnew) {
    add_letter("a.txt", "inwoners", 3);
    add_letter("b.txt", "ondernemers", 2);
    store().save_reaction("I001.1", Reaction{"Dank.", "approved", "anna"});
    store().tally();
    ASSERT_FALSE(stale(store()));
    store().remove_file(store().files().front().id);
    EXPECT_TRUE(stale(store()));
    const PointTally tally = store().tally();
    EXPECT_FALSE(stale(store()));
    EXPECT_EQ(tally.all.total(), 2);
    EXPECT_EQ(tally.all.approved, 0);
    EXPECT_EQ(tally.by_group.count("inwoners"), 0u);
    expect_same(tally, counted(store()), "a file removed");
}

TEST_P(TallyStore, ANewFrameworkIsCountedAnew) {
    add_letter("a.txt", "inwoners", 2);
    Classification c;
    c.route = "kader";
    c.confidence = 0.5;
    c.method = "test";
    c.chapters = {{"h2", 0.6, ""}};
    ASSERT_TRUE(store().save_machine_classification("I001.1", c));
    store().tally();
    store().replace_framework(framework());  // the machine's classifications go with the old one
    const PointTally tally = store().tally();
    EXPECT_EQ(tally.by_chapter.count("h2"), 0u);
    expect_same(tally, counted(store()), "a new framework");
}

}  // namespace
}  // namespace inspraak::core
