// Personal data kept public (schema 7) on both backends: a choice round trips, recording it twice
// or removing it twice changes nothing the second time, it goes with its point, it needs an
// existing point, and a version-6 store keeps its data when it is brought up to 7.
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

void fill(Store& store) {
    store.write([&](Store& s) {
        int64_t file = s.add_file("submissions/a.txt", "sha-a", "x", "ingest-text", "ok", "");
        std::string id = s.add_submission(file, 0, Stakeholder{}, IngestedSubmission{});
        s.add_point(Point{id + ".1", id, 1, "Mijn IBAN is NL91ABNA0417164300.", "", ""});
        s.add_point(Point{id + ".2", id, 2, "Ik woon op Dorpsstraat 12.", "", ""});
    });
}

class KeptPublicStore : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        fill(*store_);
    }
    Store& store() { return *store_; }

    std::unique_ptr<TestStore> where_;
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, KeptPublicStore, all_store_backends, store_backend_name);

TEST_P(KeptPublicStore, AChoiceRoundTripsAndCountsOnce) {
    EXPECT_TRUE(store().kept_public().empty());
    EXPECT_TRUE(store().keep_public(KeptPublicText{"I001.2", "address", "Dorpsstraat 12", "anna", ""}));
    EXPECT_FALSE(store().keep_public(KeptPublicText{"I001.2", "address", "Dorpsstraat 12", "piet", ""}));
    EXPECT_TRUE(store().keep_public(KeptPublicText{"I001.1", "iban", "NL91ABNA0417164300", "anna", ""}));
    // The same text as another kind is another choice.
    EXPECT_TRUE(store().keep_public(KeptPublicText{"I001.2", "name", "Dorpsstraat 12", "anna", ""}));

    const auto all = store().kept_public();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].point_id, "I001.1");
    EXPECT_EQ(all[1].kind, "address");
    EXPECT_EQ(all[1].decided_by, "anna");  // the first one stands
    EXPECT_FALSE(all[1].decided_at.empty());
    EXPECT_EQ(all[2].kind, "name");
    const auto one = store().kept_public("I001.1");
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].text, "NL91ABNA0417164300");

    EXPECT_TRUE(store().redact_again("I001.2", "address", "Dorpsstraat 12"));
    EXPECT_FALSE(store().redact_again("I001.2", "address", "Dorpsstraat 12"));
    EXPECT_EQ(store().kept_public("I001.2").size(), 1u);
    EXPECT_EQ(store().table_rows("kept_public").columns,
              (std::vector<std::string>{"point_id", "kind", "text", "decided_by", "decided_at"}));
}

TEST_P(KeptPublicStore, AChoiceGoesWithItsPointAndNeedsOne) {
    EXPECT_THROW(store().keep_public(KeptPublicText{"I404.1", "iban", "NL91ABNA0417164300", "anna", ""}), StoreError);
    store().keep_public(KeptPublicText{"I001.1", "iban", "NL91ABNA0417164300", "anna", ""});
    store().remove_file(store().files().front().id);
    EXPECT_TRUE(store().kept_public().empty());
}

TEST_P(KeptPublicStore, AChoiceIsPartOfTheWrite) {
    EXPECT_THROW(store().write([&](Store& s) {
        s.keep_public(KeptPublicText{"I001.1", "iban", "NL91ABNA0417164300", "anna", ""});
        throw std::runtime_error("stop");
    }),
                 std::runtime_error);
    EXPECT_TRUE(store().kept_public().empty());
}

TEST_P(KeptPublicStore, AVersion6StoreKeepsItsDataWhenItGetsKeptPublic) {
    store().audit("anna", "point", "I001.1", "route", "geen", "kader");
    store_.reset();
    // Back to schema 6: migration 6 is never edited, so that schema is today's without kept_public.
    if (GetParam() == StoreBackendKind::sqlite) {
        run_sqlite_script(where_->dir().path() / "round.db",
                          std::string(undo_migration_9_sqlite) + undo_migration_8_sqlite + "DROP TABLE kept_public; PRAGMA user_version = 6;");
    } else {
        postgres::PostgresConnection connection(where_->text());
        pqxx::nontransaction session(connection.raw());
        session.exec(std::string(undo_migration_9_postgres) + undo_migration_8_postgres +
                     "DROP TABLE kept_public; DELETE FROM schema_migrations WHERE version >= 7");
    }
    {
        auto old = Store::open(where_->location());
        EXPECT_EQ(old.schema_version(), store_schema_version);
        EXPECT_GE(store_schema_version, 7);
        EXPECT_EQ(old.points().size(), 2u);
        EXPECT_EQ(old.audit_count(), 1);
        EXPECT_TRUE(old.kept_public().empty());
        old.keep_public(KeptPublicText{"I001.1", "iban", "NL91ABNA0417164300", "anna", ""});
    }
    EXPECT_EQ(Store::open(where_->location()).kept_public().size(), 1u);
}

}  // namespace
}  // namespace inspraak::core
