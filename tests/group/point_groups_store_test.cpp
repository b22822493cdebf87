// The point_groups table (schema version 2): reading and writing groups, and an older store
// (version 1, before groups existed) that opens and is brought up to date with its data kept.
#include <gtest/gtest.h>

#include "store/point_groups.hpp"
#include "store/schema.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

// A store with one file, two submissions and three points.
void fill(Store& store) {
    Transaction transaction(store.db());
    int64_t file = store.add_file("submissions/a.txt", "sha-a", "bytes", "ingest-text", "ok", "");
    IngestedSubmission submission;
    submission.body = "tekst";
    std::string first = store.add_submission(file, 0, Stakeholder{"", "", "inwoner", "", ""}, submission);
    std::string second = store.add_submission(file, 1, Stakeholder{"", "", "inwoner", "", ""}, submission);
    store.add_point(Point{first + ".1", first, 1, "Punt een.", "", ""});
    store.add_point(Point{second + ".1", second, 1, "Punt een.", "", ""});
    store.add_point(Point{second + ".2", second, 2, "Punt een, nog eens.", "", ""});
    transaction.commit();
}

int user_version(Database& db) {
    auto statement = db.prepare("PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.integer(0));
}

TEST(PointGroups, SaveLoadReplaceAndRemove) {
    TempDir dir;
    auto store = Store::create(dir.path() / "round.db");
    fill(store);
    Database& db = store.db();
    EXPECT_TRUE(load_point_groups(db).empty());

    save_point_groups(db, {{"I001.1", "I001.1", 1.0}, {"I002.2", "I001.1", 0.85}, {"I002.1", "I001.1", 1.0}});
    auto groups = load_point_groups(db);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups["I002.2"].group_id, "I001.1");
    EXPECT_DOUBLE_EQ(groups["I002.2"].similarity, 0.85);
    // Members in submission order, the lead left out.
    auto members = group_members_by_lead(db);
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members["I001.1"], (std::vector<std::string>{"I002.1", "I002.2"}));

    save_point_groups(db, {{"I002.2", "I002.2", 1.0}});  // replaced, not added
    EXPECT_EQ(load_point_groups(db).size(), 3u);
    EXPECT_EQ(load_point_groups(db)["I002.2"].group_id, "I002.2");

    remove_point_groups(db, {"I002.2", "I009.9"});  // an unknown point is no error
    EXPECT_EQ(load_point_groups(db).size(), 2u);
}

TEST(PointGroups, AGroupNamingAnUnknownPointIsRefused) {
    TempDir dir;
    auto store = Store::create(dir.path() / "round.db");
    fill(store);
    EXPECT_THROW(save_point_groups(store.db(), {{"I001.1", "I404.1", 1.0}}), StoreError);
}

TEST(PointGroups, RowsGoWithTheirPoints) {
    TempDir dir;
    auto store = Store::create(dir.path() / "round.db");
    fill(store);
    save_point_groups(store.db(), {{"I001.1", "I001.1", 1.0}, {"I002.1", "I001.1", 1.0}});
    store.remove_file(store.files().front().id);
    EXPECT_TRUE(load_point_groups(store.db()).empty());
}

TEST(PointGroups, AVersionOneStoreOpensAndIsMigratedWithItsDataKept) {
    TempDir dir;
    const auto file = dir.path() / "round.db";
    {
        auto store = Store::create(file);
        fill(store);
    }
    {
        // Turn it into what inspraak wrote before groups existed: migration 1 is never edited, so
        // the version-1 schema is today's without what later migrations added.
        Database db(file, false);
        db.exec("DROP TABLE point_groups; DROP TABLE embedded_files;"
                "ALTER TABLE submissions DROP COLUMN embedded_file_id;"
                "ALTER TABLE points DROP COLUMN embedded_file_id; PRAGMA user_version = 1;");
        ASSERT_EQ(user_version(db), 1);
    }
    auto store = Store::open(file);
    EXPECT_EQ(user_version(store.db()), store_schema_version);
    EXPECT_GE(store_schema_version, 2);
    EXPECT_EQ(store.points().size(), 3u);
    EXPECT_TRUE(load_point_groups(store.db()).empty());
    save_point_groups(store.db(), {{"I001.1", "I001.1", 1.0}});
    EXPECT_EQ(load_point_groups(store.db()).size(), 1u);
}

TEST(PointGroups, MigratingTwiceChangesNothing) {
    TempDir dir;
    const auto file = dir.path() / "round.db";
    {
        auto store = Store::create(file);
        fill(store);
        save_point_groups(store.db(), {{"I001.1", "I001.1", 1.0}});
    }
    auto store = Store::open(file);
    migrate(store.db());
    EXPECT_EQ(user_version(store.db()), store_schema_version);
    EXPECT_EQ(load_point_groups(store.db()).size(), 1u);
}

}  // namespace
}  // namespace inspraak::core
