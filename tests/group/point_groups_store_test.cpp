// The point_groups table (schema version 2): reading and writing groups, and an older store
// (version 1, before groups existed) that opens and is brought up to date with its data kept.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/schema_version.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "test_support/old_schema.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

// A store with one file, two submissions and three points.
void fill(Store& store) {
    store.write([](Store& s) {
        int64_t file = s.add_file("submissions/a.txt", "sha-a", "bytes", "ingest-text", "ok", "");
        IngestedSubmission submission;
        submission.body = "tekst";
        std::string first = s.add_submission(file, 0, Stakeholder{"", "", "inwoner", "", ""}, submission);
        std::string second = s.add_submission(file, 1, Stakeholder{"", "", "inwoner", "", ""}, submission);
        s.add_point(Point{first + ".1", first, 1, "Punt een.", "", ""});
        s.add_point(Point{second + ".1", second, 1, "Punt een.", "", ""});
        s.add_point(Point{second + ".2", second, 2, "Punt een, nog eens.", "", ""});
    });
}

// The reading and writing of groups, on both backends (PostgreSQL writes rows in chunks of one
// statement each: more rows than a chunk holds are written and removed too).
class PointGroupsOnBackend : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        fill(*store_);
    }
    std::unique_ptr<TestStore> where_;
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, PointGroupsOnBackend, all_store_backends, store_backend_name);

TEST_P(PointGroupsOnBackend, SaveLoadReplaceAndRemove) {
    Store& store = *store_;
    EXPECT_TRUE(store.point_groups().empty());

    store.save_point_groups({{"I001.1", "I001.1", 1.0}, {"I002.2", "I001.1", 0.85}, {"I002.1", "I001.1", 1.0}});
    auto groups = store.point_groups();
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups["I002.2"].group_id, "I001.1");
    EXPECT_DOUBLE_EQ(groups["I002.2"].similarity, 0.85);
    // Members in submission order, the lead left out.
    auto members = store.group_members_by_lead();
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members["I001.1"], (std::vector<std::string>{"I002.1", "I002.2"}));

    store.save_point_groups({{"I002.2", "I002.2", 1.0}});  // replaced, not added
    EXPECT_EQ(store.point_groups().size(), 3u);
    EXPECT_EQ(store.point_groups()["I002.2"].group_id, "I002.2");

    store.remove_point_groups({"I002.2", "I009.9"});  // an unknown point is no error
    EXPECT_EQ(store.point_groups().size(), 2u);
}

TEST_P(PointGroupsOnBackend, AGroupNamingAnUnknownPointIsRefused) {
    EXPECT_THROW(store_->save_point_groups({{"I001.1", "I404.1", 1.0}}), StoreError);
}

TEST_P(PointGroupsOnBackend, ThousandsOfRowsAreWrittenAndRemovedWithTheirValues) {
    Store& store = *store_;
    constexpr int count = 12'000;  // more than two of PostgreSQL's chunks
    std::vector<PointGroup> rows;
    store.write([&](Store& s) {
        int64_t file = s.add_file("submissions/b.txt", "sha-b", "bytes", "ingest-text", "ok", "");
        IngestedSubmission submission;
        submission.body = "tekst";
        std::string id = s.add_submission(file, 0, Stakeholder{"", "", "inwoner", "", ""}, submission);
        for (int i = 1; i <= count; ++i) {
            s.add_point(Point{id + "." + std::to_string(i), id, i, "Punt.", "", ""});
            rows.push_back({id + "." + std::to_string(i), "I001.1", 1.0 / i});
        }
    });
    store.save_point_groups(rows);
    auto groups = store.point_groups();
    ASSERT_EQ(groups.size(), static_cast<size_t>(count));
    for (const auto& row : rows) {
        ASSERT_EQ(groups.at(row.point_id).group_id, "I001.1");
        ASSERT_EQ(groups.at(row.point_id).similarity, row.similarity);  // exactly: no digits lost on the way
    }
    std::vector<std::string> ids;
    for (const auto& row : rows) ids.push_back(row.point_id);
    ids.pop_back();
    store.remove_point_groups(ids);
    ASSERT_EQ(store.point_groups().size(), 1u);
    EXPECT_EQ(store.point_groups().begin()->first, rows.back().point_id);
}

TEST(PointGroups, RowsGoWithTheirPoints) {
    TempDir dir;
    auto store = Store::create(dir.path() / "round.db");
    fill(store);
    store.save_point_groups({{"I001.1", "I001.1", 1.0}, {"I002.1", "I001.1", 1.0}});
    store.remove_file(store.files().front().id);
    EXPECT_TRUE(store.point_groups().empty());
}

TEST(PointGroups, AVersionOneStoreOpensAndIsMigratedWithItsDataKept) {
    TempDir dir;
    const auto file = dir.path() / "round.db";
    {
        auto store = Store::create(file);
        fill(store);
    }
    // Turn it into what inspraak wrote before groups existed: migration 1 is never edited, so
    // the version-1 schema is today's without what later migrations added.
    run_sqlite_script(file, std::string(undo_migration_9_sqlite) + undo_migration_8_sqlite +
                                "DROP TABLE kept_public; DROP TABLE assignments; DROP TABLE users;"
                            "DROP TABLE point_groups; DROP TABLE embedded_files; DROP TABLE sequences;"
                            "DROP INDEX audit_by_entity; DROP INDEX point_chapters_by_section;"
                            "ALTER TABLE submissions DROP COLUMN embedded_file_id;"
                            "ALTER TABLE points DROP COLUMN embedded_file_id; PRAGMA user_version = 1;");
    auto store = Store::open(file);
    EXPECT_EQ(store.schema_version(), store_schema_version);
    EXPECT_GE(store_schema_version, 2);
    EXPECT_EQ(store.points().size(), 3u);
    EXPECT_TRUE(store.point_groups().empty());
    store.save_point_groups({{"I001.1", "I001.1", 1.0}});
    EXPECT_EQ(store.point_groups().size(), 1u);
    // The submissions' sequence (migration 4) continues after the ones the old store held.
    int64_t file_id = store.files().front().id;
    EXPECT_EQ(store.write([&](Store& s) { return s.add_submission(file_id, 2, Stakeholder{}, IngestedSubmission{}); }),
              "I003");
}

TEST(PointGroups, OpeningTwiceMigratesOnce) {
    TempDir dir;
    const auto file = dir.path() / "round.db";
    {
        auto store = Store::create(file);
        fill(store);
        store.save_point_groups({{"I001.1", "I001.1", 1.0}});
    }
    { auto store = Store::open(file); }
    auto store = Store::open(file);
    EXPECT_EQ(store.schema_version(), store_schema_version);
    EXPECT_EQ(store.point_groups().size(), 1u);
}

}  // namespace
}  // namespace inspraak::core
