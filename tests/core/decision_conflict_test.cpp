// An officer's change carries the state it was made against; recorded against a point that
// changed meanwhile it is a conflict of kind `conflict`, naming both values, and writes nothing.
#include <gtest/gtest.h>

#include "app/app_error.hpp"
#include "review/framework_lookup.hpp"
#include "review/point_decisions.hpp"
#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

class DecisionConflict : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        framework_.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1}};
        workstreams_ = {Workstream{"kader", "Kader", "", {}, {}}, Workstream{"eco", "Economie", "", {}, {}}};
        store().write([&](Store& s) {
            s.replace_framework(framework_);
            int64_t file = s.add_file("submissions/a.txt", "sha", "x", "ingest-text", "ok", "");
            std::string id = s.add_submission(file, 0, Stakeholder{}, IngestedSubmission{});
            s.add_point(Point{id + ".1", id, 1, "Punt.", "", ""});
            Classification c;
            c.chapters = {{"h1", 0.5, ""}};
            c.route = "kader";
            c.method = "test";
            s.save_classification(id + ".1", c, "");
            s.save_reaction(id + ".1", Reaction{"Concept.", "draft", std::string(machine_author)});
        });
    }

    // Records the change inside one write, as the CLI does.
    void record(const PointChange& change) {
        store().write([&](Store& s) {
            DecisionRecorder recorder(s, lookup_, "ria");
            auto result = recorder.apply_to_group("I001.1", change);
            ASSERT_TRUE(result) << render(result.error().message, false);
        });
    }
    PointState now() { return DecisionRecorder(store(), lookup_, "ria").state("I001.1"); }

    Store& store() { return *store_; }

    std::unique_ptr<TestStore> where_;  // before store_: the round outlives the connection to it
    std::unique_ptr<Store> store_;
    Framework framework_;
    std::vector<Workstream> workstreams_;
    FrameworkLookup lookup_{framework_, workstreams_};
};

TEST_P(DecisionConflict, AChangeAgainstTheCurrentStateIsRecorded) {
    PointChange change;
    change.route = "eco";
    change.against = now();
    record(change);
    EXPECT_EQ(now().route, "eco");
    EXPECT_EQ(now().decided_by, "ria");
}

TEST_P(DecisionConflict, AChangeAgainstAStaleRouteIsAConflictAndWritesNothing) {
    PointChange change;
    change.route = "eco";
    change.reaction = "Mijn reactie.";
    change.against = now();
    // Meanwhile the machine reclassifies the point.
    Classification c;
    c.chapters = {{"h1", 0.9, ""}};
    c.route = "geen";
    c.method = "test";
    ASSERT_TRUE(store().save_machine_classification("I001.1", c));
    const int64_t audit_before = store().audit_count();
    try {
        record(change);
        FAIL() << "expected a conflict";
    } catch (const AppException& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::conflict);
        EXPECT_EQ(e.error().message.key, "decision.conflict");
        EXPECT_EQ(e.error().message.args, (std::vector<std::string>{"I001.1", "kader", "geen"}));
        EXPECT_EQ(render(e.error().message, false),
                  "I001.1: intussen gewijzigd (was 'kader', is nu 'geen': route); niets opgeslagen");
    }
    EXPECT_EQ(now().route, "geen");
    EXPECT_EQ(now().reaction, "Concept.");
    EXPECT_EQ(now().decided_by, "");
    EXPECT_EQ(store().audit_count(), audit_before);
}

TEST_P(DecisionConflict, ApprovingAReactionThatChangedMeanwhileIsAConflict) {
    PointChange approve;
    approve.status = "approved";
    approve.against = now();
    ASSERT_TRUE(store().save_machine_draft("I001.1", "Een nieuwer concept."));
    EXPECT_THROW(record(approve), AppException);
    EXPECT_EQ(now().status, "draft");
    // Against what is there now, it goes through.
    approve.against = now();
    record(approve);
    EXPECT_EQ(now().status, "approved");
}

TEST_P(DecisionConflict, AMachineChangeToAFieldTheOfficerDidNotTouchIsNoConflict) {
    PointChange change;
    change.reaction = "Eigen tekst.";
    change.against = now();
    PointChange other;  // another officer decides the route meanwhile
    other.route = "eco";
    record(other);
    record(change);
    EXPECT_EQ(now().reaction, "Eigen tekst.");
    EXPECT_EQ(now().route, "eco");
}

INSTANTIATE_TEST_SUITE_P(Backend, DecisionConflict, all_store_backends, store_backend_name);

}  // namespace
}  // namespace inspraak::core
