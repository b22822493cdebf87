// The revised framework's changes and their links to points (schema 9) on both backends: a new
// run keeps the ids of the changes it finds again, the machine's proposals never replace an
// officer's decision, and links go with their point and change.
#include <gtest/gtest.h>

#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

FrameworkChange change(const std::string& kind, const std::string& new_text, int ordinal) {
    FrameworkChange c;
    c.ordinal = ordinal;
    c.kind = kind;
    c.scope = "sentence";
    c.chapter = "5";
    c.chapter_title = "Kader";
    c.section = "5.2";
    c.page = 3;
    c.new_text = new_text;
    c.key = kind + ":" + new_text;
    return c;
}

class FrameworkChangesStore : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        store_->write([&](Store& s) {
            int64_t file = s.add_file("submissions/a.txt", "sha-a", "x", "ingest-text", "ok", "");
            std::string id = s.add_submission(file, 0, Stakeholder{}, IngestedSubmission{});
            s.add_point(Point{id + ".1", id, 1, "Neem de haven op.", "", ""});
            s.add_point(Point{id + ".2", id, 2, "Het budget is te klein.", "", ""});
        });
    }
    Store& store() { return *store_; }

    std::unique_ptr<TestStore> where_;
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, FrameworkChangesStore, all_store_backends, store_backend_name);

TEST_P(FrameworkChangesStore, ChangesRoundTripAndKeepTheirIdsAcrossRuns) {
    store().write([](Store& s) {
        s.replace_framework_changes({change("added", "De haven is een motor.", 1), change("removed", "", 2)});
    });
    auto first = store().framework_changes();
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].kind, "added");
    EXPECT_EQ(first[0].new_text, "De haven is een motor.");
    EXPECT_EQ(first[0].section, "5.2");
    EXPECT_EQ(first[0].page, 3);
    EXPECT_GT(first[0].id, 0);

    auto moved = change("added", "De haven is een motor.", 2);
    moved.section = "5.3";
    store().write([&](Store& s) { s.replace_framework_changes({change("added", "Het budget groeit.", 1), moved}); });
    auto second = store().framework_changes();
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].new_text, "Het budget groeit.");
    EXPECT_EQ(second[1].id, first[0].id);  // found again: the same change
    EXPECT_EQ(second[1].section, "5.3");
    EXPECT_NE(second[0].id, first[1].id);
}

TEST_P(FrameworkChangesStore, TheMachineNeverProposesOverAnOfficersDecision) {
    store().write([](Store& s) {
        s.replace_framework_changes({change("added", "De haven is een motor.", 1), change("added", "Meer budget.", 2)});
    });
    const auto changes = store().framework_changes();
    const int64_t haven = changes[0].id, budget = changes[1].id;
    EXPECT_TRUE(store().save_machine_change_link("I001.1", haven, 0.8));
    EXPECT_TRUE(store().save_machine_change_link("I001.1", budget, 0.3));
    store().decide_change_link(ChangeLink{"I001.1", budget, 0, "removed", "anna", ""});
    store().decide_change_link(ChangeLink{"I001.2", budget, 0, "confirmed", "anna", ""});

    // A new run of the machine: it clears its own proposals and proposes again.
    store().write([&](Store& s) {
        s.clear_proposed_change_links();
        EXPECT_TRUE(s.save_machine_change_link("I001.1", haven, 0.7));
        EXPECT_FALSE(s.save_machine_change_link("I001.1", budget, 0.9));  // removed by anna: stays removed
        EXPECT_FALSE(s.save_machine_change_link("I001.2", budget, 0.2));  // confirmed by anna: stays confirmed
    });
    auto links = store().change_links("I001.1");
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[0].change_id, haven);
    EXPECT_EQ(links[0].state, "proposed");
    EXPECT_DOUBLE_EQ(links[0].score, 0.7);
    EXPECT_EQ(links[1].state, "removed");
    EXPECT_EQ(links[1].decided_by, "anna");
    EXPECT_FALSE(links[1].decided_at.empty());
    auto confirmed = store().change_links("I001.2");
    ASSERT_EQ(confirmed.size(), 1u);
    EXPECT_EQ(confirmed[0].state, "confirmed");
    EXPECT_EQ(store().change_links().size(), 3u);

    // A change no longer found goes with its links.
    store().write([](Store& s) { s.replace_framework_changes({change("added", "De haven is een motor.", 1)}); });
    EXPECT_EQ(store().change_links().size(), 1u);
}

}  // namespace
}  // namespace inspraak::core
