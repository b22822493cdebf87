#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <string>

#include "classify_bm25/fts5_tokenizer.hpp"
#include "classify_bm25/passage_index.hpp"

namespace inspraak::classify_bm25 {
namespace {

TEST(Fts5Tokenizer, RegistersAndStemsDocumentsAndQueriesAlike) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    register_fts5_tokenizer(db.get());
    ASSERT_EQ(sqlite3_exec(db.get(),
                           "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'inspraak nl');"
                           "INSERT INTO t(rowid, body) VALUES (1, 'Wij steunen Handelsmissies naar Vietnam.');"
                           "INSERT INTO t(rowid, body) VALUES (2, 'Studenten creëren kansen.');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db.get());
    auto first_match = [&](const char* query) {
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db.get(), "SELECT rowid FROM t WHERE t MATCH ?1", -1, &statement, nullptr), SQLITE_OK);
        sqlite3_bind_text(statement, 1, query, -1, SQLITE_TRANSIENT);
        long long rowid = 0;
        if (sqlite3_step(statement) == SQLITE_ROW) rowid = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return rowid;
    };
    EXPECT_EQ(first_match("\"handelsmissie\""), 1);
    EXPECT_EQ(first_match("\"HANDELSMISSIES\""), 1);
    EXPECT_EQ(first_match("\"creeren\""), 2);
    EXPECT_EQ(first_match("\"studenten\""), 2);
    EXPECT_EQ(first_match("\"logistiek\""), 0);
}

TEST(Fts5Tokenizer, UnknownLanguageArgumentFailsTableCreation) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    register_fts5_tokenizer(db.get());
    EXPECT_NE(sqlite3_exec(db.get(), "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'inspraak xx')", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
}

TEST(PassageIndex, RanksHeadingsAboveBodyTextAndQuotesWords) {
    PassageIndex index(Language::dutch);
    index.add({{10, "Handelsmissies", true},
               {11, "Ondernemers gaan mee op handelsmissies naar het buitenland en leggen daar contacten.", false},
               {12, "Iets heel anders over onderwijs.", false}});
    auto hits = index.search({"handelsmissie"});
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].passage, 10u);
    EXPECT_EQ(hits[1].passage, 11u);
    EXPECT_GT(hits[0].score, hits[1].score);
    EXPECT_GT(hits[1].score, 0.0);

    EXPECT_TRUE(index.search({}).empty());
    EXPECT_TRUE(index.search({"onbekendwoord"}).empty());
    // A word with a quote in it must not break the query syntax.
    EXPECT_NO_THROW((void)index.search({"on\"derwijs", "OR", "NEAR"}));
    EXPECT_EQ(PassageIndex::match_expression({"a\"b", "c"}), "\"a\"\"b\" OR \"c\"");
}

}  // namespace
}  // namespace inspraak::classify_bm25
