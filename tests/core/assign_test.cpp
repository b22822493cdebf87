// Assigning points to an officer (RoundSession::assign) on both backends: a group goes as a
// whole, every changed point is audited, an unknown point or (with accounts) an unknown officer
// writes nothing, and the listing filters on the assignee.
#include <gtest/gtest.h>

#include <fstream>

#include "app/accounts.hpp"
#include "app/round_session.hpp"
#include "store/store.hpp"
#include "test_support/session_round.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

class Assign : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        round_ = where_->dir().path() / "ronde";
        write_minimal_round(round_);
        // I001.1 and I002.1 form a campaign; I001.2 and I002.2 stand alone.
        Store store = Store::create(where_->location());
        store.write([&](Store& s) {
            int64_t file = s.add_file("submissions/a.txt", "sha-a", "x", "ingest-text", "ok", "");
            for (int index = 0; index < 2; ++index) {
                std::string id = s.add_submission(file, index, Stakeholder{}, IngestedSubmission{});
                s.add_point(Point{id + ".1", id, 1, "Wij zijn tegen.", "", ""});
                s.add_point(Point{id + ".2", id, 2, "Eigen punt " + id + ".", "", ""});
            }
            s.save_point_groups({{"I001.1", "I001.1", 1}, {"I002.1", "I001.1", 0.95}});
        });
    }

    RoundSession session() { return open_round_session(round_, where_->text(), "ria"); }
    Store store() { return Store::open(where_->location()); }
    std::string assignee(const std::string& point) { return store().point(point)->assigned_to; }
    std::vector<std::string> listed(const std::string& assigned_to) {
        PointFilter filter;
        filter.assigned_to = assigned_to;
        filter.limit = 0;
        auto page = session().list_points(filter);
        EXPECT_TRUE(page) << render(page.error().message, false);
        std::vector<std::string> ids;
        for (const auto& p : page->points) ids.push_back(p.point.id);
        return ids;
    }
    std::vector<std::string> assignment_audit() {
        Store opened = store();
        return audit_lines(opened, "assigned_to");
    }

    std::unique_ptr<TestStore> where_;
    fs::path round_;
};

INSTANTIATE_TEST_SUITE_P(Backend, Assign, all_store_backends, store_backend_name);

TEST_P(Assign, APointOfAGroupTakesItsWholeGroupAlong) {
    auto outcome = session().assign({"I002.1", "I001.2"}, "piet");
    ASSERT_TRUE(outcome) << render(outcome.error().message, false);
    EXPECT_EQ(outcome->changed, (std::vector<std::string>{"I001.1", "I002.1", "I001.2"}));
    EXPECT_EQ(outcome->unchanged, 0);
    EXPECT_EQ(assignee("I001.1"), "piet");
    EXPECT_EQ(assignee("I002.1"), "piet");
    EXPECT_EQ(assignee("I001.2"), "piet");
    EXPECT_EQ(assignee("I002.2"), "");
    EXPECT_EQ(assignment_audit(),
              (std::vector<std::string>{"ria|I001.1||piet", "ria|I002.1||piet", "ria|I001.2||piet"}));
    // The view of one point shows it.
    auto view = session().point("I002.1");
    ASSERT_TRUE(view);
    EXPECT_EQ(view->detail.assigned_to, "piet");

    // The same again changes nothing; to nobody takes it off, audited.
    auto again = session().assign({"I001.1"}, " piet ");
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->changed.empty());
    EXPECT_EQ(again->unchanged, 2);
    auto off = session().assign({"I001.1"}, "");
    ASSERT_TRUE(off);
    EXPECT_EQ(off->changed, (std::vector<std::string>{"I001.1", "I002.1"}));
    EXPECT_EQ(assignee("I002.1"), "");
    EXPECT_EQ(assignment_audit().back(), "ria|I002.1|piet|");
}

TEST_P(Assign, AnUnknownPointWritesNothing) {
    auto outcome = session().assign({"I001.2", "I404.1"}, "piet");
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind, ErrorKind::not_found);
    EXPECT_EQ(outcome.error().message.key, "decision.unknown_point");
    EXPECT_EQ(outcome.error().message.args, (std::vector<std::string>{"I404.1"}));
    EXPECT_EQ(assignee("I001.2"), "");
    EXPECT_TRUE(assignment_audit().empty());
    EXPECT_EQ(session().assign({}, "piet").error().kind, ErrorKind::invalid);
}

TEST_P(Assign, WithAccountsTheOfficerMustHaveOne) {
    // Without accounts any name will do.
    ASSERT_TRUE(session().assign({"I001.2"}, "wie dan ook"));
    AccountBook book(std::make_unique<Store>(store()), "beheer");
    ASSERT_TRUE(book.add_user("piet", Role::redacteur, "een lang wachtwoord"));
    ASSERT_TRUE(book.add_user("anna", Role::beheerder, "een lang wachtwoord"));
    auto outcome = session().assign({"I002.2"}, "jan");
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind, ErrorKind::invalid);
    EXPECT_EQ(outcome.error().message.key, "assign.unknown_officer");
    EXPECT_EQ(render(outcome.error().message, true), "unknown officer 'jan' (the round has: anna, piet)");
    EXPECT_EQ(assignee("I002.2"), "");
    ASSERT_TRUE(session().assign({"I002.2"}, "piet"));
    EXPECT_EQ(assignee("I002.2"), "piet");
    ASSERT_TRUE(session().assign({"I002.2"}, ""));  // to nobody needs no account
}

TEST_P(Assign, TheListingFiltersOnTheAssignee) {
    ASSERT_TRUE(session().assign({"I001.1"}, "piet"));
    ASSERT_TRUE(session().assign({"I002.2"}, "anna"));
    EXPECT_EQ(listed("piet"), (std::vector<std::string>{"I001.1", "I002.1"}));
    EXPECT_EQ(listed("anna"), (std::vector<std::string>{"I002.2"}));
    EXPECT_EQ(listed("geen"), (std::vector<std::string>{"I001.2"}));
    EXPECT_EQ(listed("None"), (std::vector<std::string>{"I001.2"}));
    EXPECT_TRUE(listed("jan").empty());
    EXPECT_EQ(listed("").size(), 4u);
}

}  // namespace
}  // namespace inspraak::core
