#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "pipeline/origin.hpp"
#include "store/schema_version.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

Framework small_framework() {
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h1.1", "1.1", "Achtergrond", SectionKind::section, "h1", 2},
                  {"b1", "B1", "Partners", SectionKind::appendix, "", 1}};
    f.passages = {{"h1", 1, 0, "Aanleiding", true}, {"h1.1", 2, 3, "Tekst over de achtergrond.", false},
                  {"b1", 3, 0, "Partners in de regio.", false}};
    return f;
}

// The store's behaviour, the same on every backend: each test on a fresh SQLite file and on a
// fresh PostgreSQL round.
class AnyStore : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
    }
    Store create() { return Store::create(where_->location()); }

    std::unique_ptr<TestStore> where_;
};

INSTANTIATE_TEST_SUITE_P(Backend, AnyStore, all_store_backends, store_backend_name);

TEST_P(AnyStore, CreatesTheStoreAtTheCurrentVersionAndOpensItAgain) {
    {
        auto store = create();
        store.set_meta("x", "y");
    }
    auto store = Store::open(where_->location());
    EXPECT_EQ(store.schema_version(), store_schema_version);
    EXPECT_EQ(store.meta("x"), "y");
    // create on a store that exists opens it as it is.
    EXPECT_EQ(Store::create(where_->location()).meta("x"), "y");
}

TEST_P(AnyStore, OpeningAMissingStoreIsAnErrorNamingIt) {
    try {
        Store::open(where_->location());
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find(where_->location().describe()), std::string::npos) << e.what();
    }
}

TEST(SqliteStore, CreatesTheSchemaAndKeepsItsVersion) {
    TempDir dir;
    auto file = dir.path() / "sub/round.db";
    { Store::create(file); }
    auto store = Store::open(file);
    EXPECT_EQ(store.schema_version(), store_schema_version);
    // Write-ahead logging: a write goes to the -wal file beside the store first.
    store.set_meta("x", "y");
    EXPECT_TRUE(std::filesystem::exists(file.string() + "-wal"));
}

TEST(SqliteStore, OpeningAMissingStoreIsAnErrorNamingTheFile) {
    TempDir dir;
    try {
        Store::open(dir.path() / "round.db");
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("round.db"), std::string::npos);
        EXPECT_EQ(e.error().kind, ErrorKind::not_found);
        EXPECT_EQ(render(e.error().message, true),
                  (dir.path() / "round.db").string() + ": no store found (run 'inspraak init' or 'inspraak run' first)");
    }
}

TEST(SqliteStore, ADamagedFileIsRefused) {
    TempDir dir;
    std::ofstream(dir.path() / "round.db") << std::string(8192, 'z');
    try {
        Store::open(dir.path() / "round.db");
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::internal);
        EXPECT_EQ(e.error().message.key, "store.damaged");
        EXPECT_NE(render(e.error().message, true).find("damaged or unknown store"), std::string::npos);
    }
}

TEST(SqliteStore, AStoreFromANewerInspraakIsRefused) {
    TempDir dir;
    { Store::create(dir.path() / "round.db"); }
    run_sqlite_script(dir.path() / "round.db", "PRAGMA user_version = 99");
    try {
        Store::open(dir.path() / "round.db");
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("99"), std::string::npos);
        EXPECT_EQ(e.error().kind, ErrorKind::internal);
        EXPECT_NE(render(e.error().message, true).find("schema version 99"), std::string::npos);
    }
}

TEST_P(AnyStore, FrameworkRoundTrips) {
    auto store = create();
    store.replace_framework(small_framework());
    Framework back = store.framework();
    EXPECT_EQ(back.title, "Kader");
    ASSERT_EQ(back.sections.size(), 3u);
    EXPECT_EQ(back.sections[1].parent, "h1");
    EXPECT_EQ(back.sections[2].kind, SectionKind::appendix);
    ASSERT_EQ(back.passages.size(), 3u);
    EXPECT_TRUE(back.passages[0].is_heading);
    EXPECT_EQ(back.passages[1].page, 3);
}

TEST_P(AnyStore, KeepsOriginalsSubmissionsPointsAndDecisions) {
    auto store = create();
    store.replace_framework(small_framework());
    std::string bytes("orig\0inal", 9);  // binary-safe
    int64_t file = store.add_file("submissions/a.eml", "abc", bytes, "ingest-email", "ok", "");
    EXPECT_EQ(store.file_bytes(file), bytes);
    ASSERT_TRUE(store.file_by_sha256("abc").has_value());
    EXPECT_EQ(store.file_by_sha256("abc")->path, "submissions/a.eml");

    IngestedSubmission submission;
    submission.body = "tekst";
    submission.notes = {"bijlage: x.pdf"};
    Stakeholder sender{"Jan", "Board", "economic board", "jan@example.nl", ""};
    std::string first = store.add_submission(file, 0, sender, submission);
    std::string second = store.add_submission(file, 1, sender, submission);
    EXPECT_EQ(first, "I001");
    EXPECT_EQ(second, "I002");
    auto subs = store.submissions();
    ASSERT_EQ(subs.size(), 2u);
    EXPECT_EQ(subs[0].stakeholder.email, "jan@example.nl");
    EXPECT_EQ(subs[0].notes, std::vector<std::string>{"bijlage: x.pdf"});

    store.add_point(Point{"I001.1", "I001", 1, "Punt een", "", "H1"});
    EXPECT_THROW(store.add_point(Point{"I001.1", "I001", 1, "dubbel", "", ""}), StoreError);

    Classification c;
    c.chapters = {{"h1", 0.8, "h1.1"}, {"b1", 0.4, ""}};
    c.route = "kader";
    c.confidence = 0.7;
    c.why = {"termen: achtergrond"};
    c.method = "test";
    store.save_classification("I001.1", c, "");
    auto stored = store.classifications().at("I001.1");
    EXPECT_EQ(stored.classification.chapters.size(), 2u);
    EXPECT_EQ(stored.classification.chapters[0].best_section_id, "h1.1");
    EXPECT_EQ(stored.classification.why, c.why);
    EXPECT_TRUE(stored.decided_by.empty());

    // A classification must point at a chapter that exists.
    Classification bad = c;
    bad.chapters = {{"h9", 1.0, ""}};
    EXPECT_THROW(store.save_classification("I001.1", bad, ""), StoreError);

    store.save_reaction("I001.1", Reaction{"Dank.", "draft", "inspraak"});
    EXPECT_EQ(store.reactions().at("I001.1").text, "Dank.");

    // Removing a file removes what came from it.
    store.remove_file(file);
    EXPECT_TRUE(store.points().empty());
    EXPECT_TRUE(store.submissions().empty());
}

TEST_P(AnyStore, KeepsFilesInsideFilesAndWherePointsCameFrom) {
    auto store = create();
    int64_t zip = store.add_file("submissions/post.zip", "z", "zipbytes", "ingest-archive", "ok", "");
    // post.zip holds a mail, the mail a letter; a second copy of the letter failed elsewhere.
    std::string mail_bytes("mail\0bytes", 10);
    int64_t mail = store.add_embedded_file({0, zip, 0, 1, "reactie.eml", "", "member", "post.zip", "m1", "ingest-email",
                                            "ok", "", "Zie bijlage."},
                                           mail_bytes);
    int64_t letter = store.add_embedded_file({0, zip, mail, 2, "Brief.docx", "application/x", "attachment", "Onze reactie",
                                              "l1", "ingest-office", "ok", "", "Wij missen de haven."},
                                             "docx");
    store.add_embedded_file({0, zip, 0, 3, "kapot.pdf", "", "member", "post.zip", "k1", "ingest-pdf", "failed",
                             "beschadigd", ""},
                            "%PDF");
    EXPECT_EQ(store.embedded_file_bytes(mail), mail_bytes);
    const auto rows = store.embedded_files();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].parent_id, mail);
    EXPECT_EQ(rows[0].parent_id, 0);
    EXPECT_EQ(rows[2].status, "failed");
    ASSERT_TRUE(store.embedded_file_by_sha256("l1").has_value());
    EXPECT_FALSE(store.embedded_file_by_sha256("k1").has_value());  // only what was read counts as read

    std::string id = store.add_submission(zip, 0, Stakeholder{}, IngestedSubmission{}, mail);
    store.add_point(Point{id + ".1", id, 1, "Zie bijlage.", "", ""});
    store.add_point(Point{id + ".2", id, 2, "Wij missen de haven.", "", ""}, letter);
    const auto origins = store.point_origins();
    ASSERT_EQ(origins.size(), 1u);
    EXPECT_EQ(origins.at(id + ".2"), letter);
    EXPECT_EQ(store.point(id + ".2")->embedded_file_id, letter);
    EXPECT_EQ(store.point(id + ".1")->embedded_file_id, 0);

    std::map<int64_t, EmbeddedFileRow> by_id;
    for (const auto& row : rows) by_id[row.id] = row;
    EXPECT_EQ(describe_origin(letter, by_id, "nl"),
              "bijlage 'Brief.docx' bij e-mail 'Onze reactie', 'reactie.eml' uit 'post.zip'");
    EXPECT_EQ(describe_origin(letter, by_id, "en"),
              "attachment 'Brief.docx' to e-mail 'Onze reactie', 'reactie.eml' from 'post.zip'");
    EXPECT_EQ(describe_origin(999, by_id, "nl"), "");

    // Removing the round's file removes what lay inside it.
    store.remove_file(zip);
    EXPECT_TRUE(store.embedded_files().empty());
    EXPECT_TRUE(store.point_origins().empty());
}

TEST_P(AnyStore, ATransactionNotCommittedLeavesNoTrace) {
    auto store = create();
    EXPECT_THROW(store.write([](Store& s) {
        s.add_file("x.txt", "sha", "bytes", "ingest-text", "ok", "");
        throw std::runtime_error("interrupted");  // as if the run was interrupted here
    }),
                 std::runtime_error);
    EXPECT_TRUE(store.files().empty());
    EXPECT_FALSE(store.in_write());
}

TEST_P(AnyStore, ProblemsAreRecordedOnce) {
    auto store = create();
    store.add_problem("ingest", "a.eml", "kapot");
    store.add_problem("ingest", "a.eml", "kapot");
    store.add_problem("ingest", "b.eml", "kapot");
    EXPECT_EQ(store.problems().size(), 2u);
}

TEST_P(AnyStore, AuditEntriesAccumulate) {
    auto store = create();
    store.audit("ambtenaar", "point", "I001.1", "route", "geen", "kader");
    store.audit("inspraak", "point", "I001.1", "reaction", "", "Dank.");
    EXPECT_EQ(store.audit_count(), 2);
}

}  // namespace
}  // namespace inspraak::core

namespace inspraak::core {
namespace {

TEST_P(AnyStore, KnowsWhenAPersonDecidedAboutAFilesPoints) {
    auto store = create();
    int64_t file = store.add_file("submissions/a.txt", "sha", "x", "ingest-text", "ok", "");
    std::string id = store.add_submission(file, 0, Stakeholder{}, IngestedSubmission{});
    store.add_point(Point{id + ".1", id, 1, "Punt", "", ""});
    store.save_reaction(id + ".1", Reaction{"Concept.", "draft", "inspraak"});
    EXPECT_FALSE(store.file_has_decisions(file));  // only the machine's draft
    store.save_reaction(id + ".1", Reaction{"Concept.", "approved", "inspraak"});
    EXPECT_TRUE(store.file_has_decisions(file));
    store.save_reaction(id + ".1", Reaction{"Eigen tekst.", "draft", "ambtenaar"});
    EXPECT_TRUE(store.file_has_decisions(file));
}

}  // namespace
}  // namespace inspraak::core
