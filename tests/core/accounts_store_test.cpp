// The store's accounts and assignments (schema 5) on both backends: users and assignments round
// trip, the filter on assignments, an assignment goes with its point, and a version-4 store
// keeps its data when it is brought up to 5.
#include <gtest/gtest.h>
#include <pqxx/nontransaction>

#include "store/postgres/connection.hpp"
#include "store/schema_version.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "test_support/old_schema.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

// Two submissions from one file with two points each.
void fill(Store& store) {
    store.write([&](Store& s) {
        int64_t file = s.add_file("submissions/a.txt", "sha-a", "x", "ingest-text", "ok", "");
        for (int index = 0; index < 2; ++index) {
            std::string id = s.add_submission(file, index, Stakeholder{}, IngestedSubmission{});
            s.add_point(Point{id + ".1", id, 1, "Eerste punt.", "", ""});
            s.add_point(Point{id + ".2", id, 2, "Tweede punt.", "", ""});
        }
    });
}

std::vector<std::string> assigned(Store& store, std::optional<std::string> officer) {
    PointQuery query;
    query.assigned_to = std::move(officer);
    return store.find_point_ids(query);
}

class AccountsStore : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        fill(*store_);
    }
    Store& store() { return *store_; }

    std::unique_ptr<TestStore> where_;  // before store_: the round outlives the connection to it
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, AccountsStore, all_store_backends, store_backend_name);

TEST_P(AccountsStore, UsersRoundTripInNameOrder) {
    EXPECT_TRUE(store().users().empty());
    EXPECT_FALSE(store().user("piet").has_value());
    store().save_user(StoredUser{"piet", "redacteur", "$argon2id$piet", "", ""});
    store().save_user(StoredUser{"Anna", "beheerder", "$argon2id$anna", "", ""});
    store().save_user(StoredUser{"jan", "lezer", "$argon2id$jan", "", ""});
    auto users = store().users();
    ASSERT_EQ(users.size(), 3u);
    EXPECT_EQ(users[0].name, "Anna");  // bytewise, as SQLite orders
    EXPECT_EQ(users[1].name, "jan");
    EXPECT_EQ(users[2].name, "piet");
    auto piet = store().user("piet");
    ASSERT_TRUE(piet.has_value());
    EXPECT_EQ(piet->role, "redacteur");
    EXPECT_EQ(piet->password_hash, "$argon2id$piet");
    EXPECT_FALSE(piet->created_at.empty());
    EXPECT_EQ(piet->created_at, piet->updated_at);

    // Saving again replaces role and hash; the account keeps when it was made.
    store().save_user(StoredUser{"piet", "beheerder", "$argon2id$nieuw", "1999-01-01T00:00:00Z", ""});
    piet = store().user("piet");
    EXPECT_EQ(piet->role, "beheerder");
    EXPECT_EQ(piet->password_hash, "$argon2id$nieuw");
    EXPECT_EQ(piet->created_at, users[2].created_at);

    EXPECT_TRUE(store().remove_user("piet"));
    EXPECT_FALSE(store().remove_user("piet"));
    EXPECT_FALSE(store().user("piet").has_value());
    EXPECT_EQ(store().users().size(), 2u);
}

TEST_P(AccountsStore, TheStoreRefusesARoleItDoesNotKnow) {
    EXPECT_THROW(store().save_user(StoredUser{"piet", "koning", "h", "", ""}), StoreError);
    EXPECT_TRUE(store().users().empty());
}

TEST_P(AccountsStore, AssignmentsRoundTripAndFilter) {
    EXPECT_EQ(store().point("I001.1")->assigned_to, "");
    store().assign_points({"I001.1", "I002.2"}, "piet", "anna");
    EXPECT_EQ(store().point("I001.1")->assigned_to, "piet");
    EXPECT_EQ(store().point("I002.2")->assigned_to, "piet");
    EXPECT_EQ(store().point("I001.2")->assigned_to, "");
    EXPECT_EQ(assigned(store(), "piet"), (std::vector<std::string>{"I001.1", "I002.2"}));
    EXPECT_EQ(assigned(store(), ""), (std::vector<std::string>{"I001.2", "I002.1"}));
    EXPECT_EQ(assigned(store(), std::nullopt).size(), 4u);
    PointQuery count;
    count.assigned_to = "piet";
    EXPECT_EQ(store().count_points(count), 2);
    // A page of the filtered points, and the details find_points reads.
    count.limit = 1;
    count.offset = 1;
    auto page = store().find_points(count);
    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(page[0].point.id, "I002.2");
    EXPECT_EQ(page[0].assigned_to, "piet");

    // Another officer takes one over; unassigning a point without one is no error.
    store().assign_points({"I002.2"}, "jan", "anna");
    EXPECT_EQ(assigned(store(), "jan"), (std::vector<std::string>{"I002.2"}));
    store().unassign_points({"I001.1", "I001.2"});
    EXPECT_TRUE(assigned(store(), "piet").empty());
    EXPECT_EQ(assigned(store(), "").size(), 3u);
    // The table's own columns: who assigned it.
    auto rows = store().table_rows("assignments");
    ASSERT_EQ(rows.rows.size(), 1u);
    EXPECT_EQ(rows.columns, (std::vector<std::string>{"point_id", "officer", "assigned_by", "assigned_at"}));
    EXPECT_EQ(std::get<std::string>(rows.rows[0][2]), "anna");
}

TEST_P(AccountsStore, AnAssignmentGoesWithItsPoint) {
    store().assign_points({"I001.1", "I002.1"}, "piet", "anna");
    store().remove_file(store().files().front().id);
    EXPECT_TRUE(store().table_rows("assignments").rows.empty());
}

TEST_P(AccountsStore, AnAssignmentNeedsAnExistingPoint) {
    EXPECT_THROW(store().assign_points({"I404.1"}, "piet", "anna"), StoreError);
}

TEST_P(AccountsStore, AVersion4StoreKeepsItsDataWhenItGetsAccountsAndAssignments) {
    store().audit("anna", "point", "I001.1", "route", "geen", "kader");
    store_.reset();
    // Back to what inspraak wrote at schema 4: migration 4 is never edited, so the version-4
    // schema is today's without what migration 5 added.
    if (GetParam() == StoreBackendKind::sqlite) {
        run_sqlite_script(where_->dir().path() / "round.db",
                          std::string(undo_migration_9_sqlite) + undo_migration_8_sqlite +
                              "DROP TABLE kept_public; DROP TABLE assignments; DROP TABLE users; "
                              "DROP INDEX point_chapters_by_section; PRAGMA user_version = 4;");
    } else {
        postgres::PostgresConnection connection(where_->text());
        pqxx::nontransaction session(connection.raw());
        session.exec(std::string(undo_migration_9_postgres) + undo_migration_8_postgres +
                     "DROP TABLE kept_public; DROP TABLE assignments; DROP TABLE users; DROP INDEX point_chapters_by_section; "
                     "DELETE FROM schema_migrations WHERE version >= 5");
    }
    {
        auto old = Store::open(where_->location());
        EXPECT_EQ(old.schema_version(), store_schema_version);
        EXPECT_GE(store_schema_version, 5);
        EXPECT_EQ(old.points().size(), 4u);
        EXPECT_EQ(old.audit_count(), 1);
        EXPECT_TRUE(old.users().empty());
        old.assign_points({"I001.1"}, "piet", "anna");
        old.save_user(StoredUser{"piet", "lezer", "h", "", ""});
    }
    auto again = Store::open(where_->location());
    EXPECT_EQ(again.point("I001.1")->assigned_to, "piet");
    EXPECT_EQ(again.users().size(), 1u);
}

}  // namespace
}  // namespace inspraak::core
