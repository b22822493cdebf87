// SQLite's walks through the round in order (points_after, grouped_points_after) read each page
// by index, whatever statistics the planner has: none, some tables' only (PRAGMA optimize, run
// when a connection closes, analyses the tables that connection used), or all. With the points'
// statistics and not the submissions' it once chose to scan and sort every point for every page,
// so a walk through a million points took hours instead of seconds. And a stage leaves statistics
// of every table behind, so that the workspace's list is not planned as such a sort either.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/point_filter_sql.hpp"
#include "store/sqlite.hpp"
#include "store/sqlite_walks.hpp"
#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

// The plan's lines, as EXPLAIN QUERY PLAN gives them.
std::vector<std::string> plan_of(const Database& db, const std::string& sql) {
    std::vector<std::string> lines;
    auto plan = db.prepare("EXPLAIN QUERY PLAN " + sql);
    while (plan.step()) lines.push_back(plan.text(3));
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string all;
    for (const auto& line : lines) all += line + "\n";
    return all;
}

// A round with enough rows for statistics to say something: 60 submissions of 3 points, the
// second of each in a group.
void fill(Store& store) {
    store.write([](Store& s) {
        int64_t file = s.add_file("submissions/a.txt", "sha", "x", "ingest-text", "ok", "");
        std::vector<PointGroup> groups;
        for (int n = 0; n < 60; ++n) {
            IngestedSubmission submission;
            const std::string id = s.add_submission(file, n, Stakeholder{"An " + std::to_string(n), "", "inwoner", "", ""}, submission);
            for (int i = 1; i <= 3; ++i)
                s.add_point(Point{id + "." + std::to_string(i), id, i, "Punt " + std::to_string(n * 3 + i), "", ""});
            groups.push_back(PointGroup{id + ".2", "I001.2", 0.9});
        }
        s.save_point_groups(groups);
    });
}

TEST(SqliteWalkPlan, EveryPageIsReadInIndexOrderWhateverTheStatistics) {
    TestStore where(StoreBackendKind::sqlite);
    {
        Store store = Store::create(where.location());
        fill(store);
    }
    const auto file = where.dir().path() / "round.db";
    const std::vector<std::pair<std::string, std::string>> statistics = {
        {"none", "DELETE FROM sqlite_stat1"},
        {"the points' and files' only (what ingest leaves)", "DELETE FROM sqlite_stat1; ANALYZE points; ANALYZE files"},
        {"the groups' and points' only", "DELETE FROM sqlite_stat1; ANALYZE point_groups; ANALYZE points"},
        {"the submissions' only (what a run leaves)", "DELETE FROM sqlite_stat1; ANALYZE submissions"},
        {"every table's", "ANALYZE"},
    };
    const std::vector<std::pair<std::string, std::string>> walks = {
        {"all points", sqlite_round_walk_sql(RoundWalk::all_points)},
        {"published rows", sqlite_round_walk_sql(RoundWalk::published_rows)},
        {"grouped points", sqlite_grouped_walk_sql()},
    };
    for (const auto& [which, sql] : statistics) {
        Database db(file, false);
        db.exec("ANALYZE");  // makes sqlite_stat1, which the statements below change
        db.exec(sql);
        db.exec("ANALYZE sqlite_schema");  // the planner reads the statistics anew
        for (const auto& [walk, walk_sql] : walks) {
            const auto plan = plan_of(db, walk_sql);
            const std::string shown = joined(plan);
            EXPECT_EQ(shown.find("TEMP B-TREE"), std::string::npos) << walk << ", statistics " << which << ":\n" << shown;
            EXPECT_NE(shown.find("SEARCH s USING INDEX"), std::string::npos) << walk << ", statistics " << which << ":\n" << shown;
            EXPECT_NE(shown.find("SEARCH p USING INDEX"), std::string::npos) << walk << ", statistics " << which << ":\n" << shown;
        }
    }
}

TEST(SqliteWalkPlan, AStageLeavesStatisticsOfEveryTableSoThatAListPageIsNotASortOfTheRound) {
    TestStore where(StoreBackendKind::sqlite);
    const auto file = where.dir().path() / "round.db";
    {
        Store store = Store::create(where.location());
        fill(store);
    }
    {
        // What closing ingest's connection left: the points' and files' statistics only.
        Database db(file, false);
        db.exec("ANALYZE; DELETE FROM sqlite_stat1; ANALYZE points; ANALYZE files");
    }
    {
        Store store = Store::open(where.location());
        store.refresh_statistics();  // as every stage that changes much of the round does when it ends
    }
    Database db(file, false);
    std::vector<std::string> analysed;
    auto tables = db.prepare("SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl");
    while (tables.step()) analysed.push_back(tables.text(0));
    for (const char* table : {"point_groups", "points", "submissions"})
        EXPECT_NE(std::find(analysed.begin(), analysed.end(), table), analysed.end()) << table;
    // The workspace's list, first page, in round order.
    const PointFilterSql list = point_filter_sql(PointQuery{}, PointFilterUse::list, sqlite_dialect);
    const std::string shown = joined(plan_of(db, "SELECT p.id" + list.from_where + list.order_by + " LIMIT 50"));
    EXPECT_EQ(shown.find("TEMP B-TREE"), std::string::npos) << shown;
}

}  // namespace
}  // namespace inspraak::core
