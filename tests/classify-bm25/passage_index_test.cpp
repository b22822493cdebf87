#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "classify_bm25/fts5_tokenizer.hpp"
#include "classify_bm25/passage_index.hpp"
#include "test_framework.hpp"

namespace inspraak::classify_bm25 {
namespace {

// The FTS5 MATCH expression that asks what PassageIndex::search(phrases(words)) asks: every word
// quoted (quotes doubled), joined with OR. The FTS5 table below is the reference the index must equal.
std::string match_expression(const std::vector<std::string>& words) {
    std::string expression;
    for (const std::string& word : words) {
        if (!expression.empty()) expression += " OR ";
        expression += '"';
        for (char c : word) {
            if (c == '"') expression += '"';
            expression += c;
        }
        expression += '"';
    }
    return expression;
}

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
    const Tokenizer tokenizer(Language::dutch);
    PassageIndex index(tokenizer);
    index.add({{10, "Handelsmissies", true},
               {11, "Ondernemers gaan mee op handelsmissies naar het buitenland en leggen daar contacten.", false},
               {12, "Iets heel anders over onderwijs.", false}});
    auto hits = index.search(index.phrases({"handelsmissie"}));
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].passage, 10u);
    EXPECT_EQ(hits[1].passage, 11u);
    EXPECT_GT(hits[0].score, hits[1].score);
    EXPECT_GT(hits[1].score, 0.0);

    EXPECT_TRUE(index.search(index.phrases({})).empty());
    EXPECT_TRUE(index.search(index.phrases({"onbekendwoord"})).empty());
    // A word with a quote in it must not break the query syntax.
    EXPECT_NO_THROW((void)index.search(index.phrases({"on\"derwijs", "OR", "NEAR"})));
    EXPECT_EQ(match_expression({"a\"b", "c"}), "\"a\"\"b\" OR \"c\"");
}

// The index used to be an FTS5 table ranked with bm25(): the in-memory index must rank exactly
// as that table did, so that classifications (and the eval figures guarded in CI) stay the same.
// Both are built from the test framework's passages (and its chapters as whole texts), and asked
// every query made from each passage's and each point-like sentence's words.
class Fts5Reference {
public:
    explicit Fts5Reference(const std::vector<PassageIndex::Entry>& entries) {
        sqlite3* raw = nullptr;
        EXPECT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
        db_.reset(raw);
        register_fts5_tokenizer(raw);
        EXPECT_EQ(sqlite3_exec(raw, "CREATE VIRTUAL TABLE passage USING fts5(heading, body, tokenize = 'inspraak nl')",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(raw, "INSERT INTO passage(rowid, heading, body) VALUES (?1, ?2, ?3)", -1, &insert, nullptr);
        for (const auto& entry : entries) {
            sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(entry.key));
            sqlite3_bind_text(insert, entry.is_heading ? 2 : 3, entry.text.data(), static_cast<int>(entry.text.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(insert, entry.is_heading ? 3 : 2, "", 0, SQLITE_STATIC);
            EXPECT_EQ(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
    }

    std::vector<PassageHit> search(const std::vector<std::string>& words) const {
        std::vector<PassageHit> hits;
        const std::string expression = match_expression(words);
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(db_.get(), "SELECT rowid, -bm25(passage, 2.5, 1.0) FROM passage WHERE passage MATCH ?1", -1,
                           &select, nullptr);
        sqlite3_bind_text(select, 1, expression.data(), static_cast<int>(expression.size()), SQLITE_STATIC);
        while (sqlite3_step(select) == SQLITE_ROW)
            hits.push_back({static_cast<std::size_t>(sqlite3_column_int64(select, 0)), sqlite3_column_double(select, 1)});
        sqlite3_finalize(select);
        std::stable_sort(hits.begin(), hits.end(), [](const PassageHit& a, const PassageHit& b) { return a.score > b.score; });
        return hits;
    }

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close(db); }
    };
    std::unique_ptr<sqlite3, Closer> db_;
};

TEST(PassageIndex, RanksExactlyAsTheFts5TableItReplaces) {
    static_assert(PassageIndex::heading_weight == 2.5, "the reference's bm25() weights");
    const Framework framework = testing::make_test_framework();
    std::vector<PassageIndex::Entry> passages;
    std::string chapter_text;
    for (const auto& passage : framework.passages) {
        passages.push_back({passages.size() * 3 + 7, passage.text, passage.is_heading});  // keys not 0..n
        chapter_text += passage.text + "\n";
    }
    const std::vector<PassageIndex::Entry> chapters{{2, chapter_text, false}, {1, framework.passages[3].text, false}};

    std::vector<std::vector<std::string>> queries;
    for (const auto& passage : framework.passages) {
        std::vector<std::string> words;
        std::string word;
        for (char c : passage.text + " handelsmissies e-mail on\"derwijs OR NEAR") {
            if (c == ' ' || c == ',' || c == '.' || c == ':') {
                if (!word.empty()) words.push_back(word);
                word.clear();
            } else {
                word += c;
            }
        }
        queries.push_back(words);
        queries.push_back({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(words.size() / 3)});
    }
    queries.push_back({"stedenband", "stedenband", "Stedenbanden"});

    int compared = 0;
    for (const auto* entries : {&std::as_const(passages), &chapters}) {
        const Tokenizer tokenizer(Language::dutch);
        PassageIndex index(tokenizer);
        index.add(*entries);
        const Fts5Reference reference(*entries);
        for (const auto& query : queries) {
            const auto ours = index.search(index.phrases(query));
            const auto theirs = reference.search(query);
            ASSERT_EQ(ours.size(), theirs.size()) << match_expression(query);
            for (std::size_t i = 0; i < ours.size(); ++i) {
                EXPECT_EQ(ours[i].passage, theirs[i].passage) << match_expression(query) << " hit " << i;
                EXPECT_EQ(ours[i].score, theirs[i].score) << match_expression(query) << " hit " << i;
                ++compared;
            }
            const auto best = index.search(index.phrases(query), 2);
            EXPECT_EQ(best.size(), std::min<std::size_t>(2, ours.size()));
        }
    }
    EXPECT_GT(compared, 400);
}

}  // namespace
}  // namespace inspraak::classify_bm25
