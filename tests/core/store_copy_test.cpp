// Copying a round between stores (store/store_copy.hpp): from a SQLite file to each backend and
// back to a SQLite file, every table's rows the same, ids kept, and new rows after them.
#include <gtest/gtest.h>

#include <algorithm>

#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "store/store_copy.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

Framework small_framework() {
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h1.1", "1.1", "Achtergrond", SectionKind::section, "h1", 2}};
    f.passages = {{"h1", 1, 0, "Aanleiding", true}, {"h1.1", 2, 3, "Tekst over de achtergrond.", false}};
    return f;
}

const std::string original_bytes("orig\0inal\xff", 10);  // binary: a NUL and a byte no text has
const std::string member_bytes("mail\0bytes", 10);

// A round with a row in every table: files inside files, a removed file (so ids have a gap and
// the submission sequence is ahead of the highest submission), decisions, groups, audit, problems.
void fill(Store& store) {
    store.write([&](Store& s) {
        s.replace_framework(small_framework());
        s.set_meta("round_name", "kopie");
        int64_t gone = s.add_file("submissions/weg.txt", "weg", "x", "ingest-text", "ok", "");
        s.add_submission(gone, 0, Stakeholder{}, IngestedSubmission{});
        s.remove_file(gone);
        int64_t zip = s.add_file("submissions/post.zip", "zip", original_bytes, "ingest-archive", "ok", "");
        s.add_file("submissions/kapot.pdf", "kapot", "%PDF", "ingest-pdf", "failed", "beschadigd");
        int64_t mail = s.add_embedded_file(
            {0, zip, 0, 1, "reactie.eml", "", "member", "post.zip", "m1", "ingest-email", "ok", "", "Zie bijlage."},
            member_bytes);
        int64_t letter = s.add_embedded_file({0, zip, mail, 2, "Brief.docx", "application/x", "attachment", "Onze reactie",
                                              "l1", "ingest-office", "ok", "", "Wij missen de haven."},
                                             "docx");
        IngestedSubmission submission;
        submission.body = "Wij missen de haven.";
        submission.notes = {"bijlage: Brief.docx"};
        Stakeholder sender{"Jan", "Board", "economic board", "jan@example.nl", ""};
        std::string first = s.add_submission(zip, 0, sender, submission, mail);
        std::string second = s.add_submission(zip, 1, Stakeholder{"Piet", "", "inwoner", "", ""}, submission);
        s.add_point(Point{first + ".1", first, 1, "Wij missen de haven.", "Haven", "H1"}, letter);
        s.add_point(Point{second + ".1", second, 1, "Wij missen de haven ook.", "", ""});
        Classification c;
        c.chapters = {{"h1", 0.8125, "h1.1"}, {"h1", 0.1, ""}};
        c.route = "kader";
        c.confidence = 1.0 / 3.0;  // a double that text must carry exactly
        c.why = {"termen: haven"};
        c.method = "test";
        s.save_classification(first + ".1", c, "ambtenaar");
        EXPECT_TRUE(s.save_machine_classification(second + ".1", c));
        s.save_reaction(first + ".1", Reaction{"Dank.", "approved", "ambtenaar"});
        EXPECT_TRUE(s.save_machine_draft(second + ".1", "Concept."));
        s.save_point_groups({{first + ".1", first + ".1", 1}, {second + ".1", first + ".1", 0.875}});
        s.audit("ambtenaar", "point", first + ".1", "route", "geen", "kader");
        s.save_user(StoredUser{"ambtenaar", "redacteur", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA", "", ""});
        s.assign_points({second + ".1"}, "ambtenaar", "beheerder");
        s.keep_public(KeptPublicText{second + ".1", "address", "Dorpsstraat 12", "ambtenaar", ""});
        FrameworkChange change;
        change.ordinal = 1;
        change.kind = "rewritten";
        change.scope = "sentence";
        change.chapter = "1";
        change.old_text = "Oud.";
        change.new_text = "Nieuw.";
        change.key = "k1";
        s.replace_framework_changes({change});
        s.decide_change_link(ChangeLink{second + ".1", s.framework_changes().front().id, 0, "confirmed", "ambtenaar", ""});
        s.add_problem("ingest", "submissions/kapot.pdf", "beschadigd");
    });
}

void expect_same_tables(Store& a, Store& b) {
    for (auto table : copied_tables) {
        TableRows left = sorted_table_rows(a, table);
        TableRows right = sorted_table_rows(b, table);
        EXPECT_EQ(left.columns, right.columns) << table;
        EXPECT_EQ(left.rows, right.rows) << table;
        EXPECT_FALSE(left.rows.empty()) << table << ": the fixture should fill every table";
    }
}

// Copies from a SQLite round to the parameter's backend, and from there to a new SQLite file.
class StoreCopy : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        there_ = std::make_unique<TestStore>(GetParam());
    }

    TempDir dir_;
    std::unique_ptr<TestStore> there_;
};

INSTANTIATE_TEST_SUITE_P(Backend, StoreCopy, all_store_backends, store_backend_name);

TEST_P(StoreCopy, ThereAndBackKeepsEveryRowAndId) {
    Store source = Store::create(dir_.path() / "source.db");
    fill(source);
    Store there = Store::create(there_->location());
    CopiedRows copied = copy_round(source, "source", there, "there");
    ASSERT_EQ(copied.size(), copied_tables.size());
    EXPECT_EQ(copied[4], (std::pair<std::string, int64_t>{"files", 2}));
    expect_same_tables(source, there);

    Store back = Store::create(dir_.path() / "back.db");
    copy_round(there, "there", back, "back");
    expect_same_tables(source, back);

    // Through the store's own readers too: the audit entry with its time, the original bytes.
    auto audit = source.audit_log();
    auto audit_there = there.audit_log();
    ASSERT_EQ(audit_there.size(), audit.size());
    EXPECT_EQ(audit_there[0].at, audit[0].at);
    EXPECT_EQ(audit_there[0].new_value, "kader");
    auto zip = there.file_by_sha256("zip");
    ASSERT_TRUE(zip.has_value());
    EXPECT_EQ(there.file_bytes(zip->id), original_bytes);
    EXPECT_EQ(back.file_bytes(zip->id), original_bytes);
    EXPECT_EQ(back.embedded_file_bytes(there.embedded_files().at(0).id), member_bytes);
    // The accounts and the assignments (schema 5) go along.
    auto user = back.user("ambtenaar");
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->role, "redacteur");
    EXPECT_EQ(user->created_at, source.user("ambtenaar")->created_at);
    EXPECT_EQ(there.point("I003.1")->assigned_to, "ambtenaar");
    EXPECT_EQ(back.point("I003.1")->assigned_to, "ambtenaar");
    // And what officers kept public (schema 7).
    ASSERT_EQ(back.kept_public().size(), 1u);
    EXPECT_EQ(back.kept_public()[0].text, "Dorpsstraat 12");
}

TEST_P(StoreCopy, NewRowsInTheCopyGetIdsAfterTheCopiedOnes) {
    Store source = Store::create(dir_.path() / "source.db");
    fill(source);
    Store there = Store::create(there_->location());
    copy_round(source, "source", there, "there");

    // I001 was removed with its file; its number is not handed out again.
    int64_t file = there.add_file("submissions/nieuw.txt", "nieuw", "n", "ingest-text", "ok", "");
    int64_t highest = 0;
    for (const auto& f : source.files()) highest = std::max(highest, f.id);
    EXPECT_GT(file, highest);
    EXPECT_EQ(there.add_submission(file, 0, Stakeholder{}, IngestedSubmission{}), "I004");
    there.audit("ambtenaar", "point", "I002.1", "route", "kader", "geen");
    EXPECT_EQ(there.audit_count(), source.audit_count() + 1);
    there.add_problem("ingest", "nieuw.txt", "leeg");
    EXPECT_EQ(there.problems().size(), source.problems().size() + 1);
    int64_t member = there.add_embedded_file(
        {0, file, 0, 1, "x.txt", "", "member", "", "x1", "ingest-text", "ok", "", ""}, "x");
    for (const auto& row : source.embedded_files()) EXPECT_GT(member, row.id);
}

TEST_P(StoreCopy, ATargetWithFilesOrPointsIsRefusedAndKeptAsItWas) {
    Store source = Store::create(dir_.path() / "source.db");
    fill(source);
    Store there = Store::create(there_->location());
    there.set_meta("round_name", "eigen");
    there.add_file("submissions/eigen.txt", "eigen", "e", "ingest-text", "ok", "");
    try {
        copy_round(source, "source", there, "there");
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::invalid);
        EXPECT_NE(std::string(e.what()).find("there"), std::string::npos) << e.what();
    }
    EXPECT_EQ(there.files().size(), 1u);
    EXPECT_EQ(there.meta("round_name"), "eigen");
    EXPECT_TRUE(there.submissions().empty());
}

TEST_P(StoreCopy, AnEmptyRoundWithAFrameworkIsReplacedByTheCopy) {
    Store source = Store::create(dir_.path() / "source.db");
    fill(source);
    Store there = Store::create(there_->location());
    Framework other = small_framework();
    other.title = "Ander kader";
    there.replace_framework(other);
    copy_round(source, "source", there, "there");
    expect_same_tables(source, there);
    EXPECT_EQ(there.framework().title, "Kader");
}

TEST_P(StoreCopy, AStoreWithATableTheCopyDoesNotKnowIsRefused) {
    // A table the schema gained without its place in copied_tables would be left behind unseen.
    const auto file = dir_.path() / "source.db";
    {
        Store source = Store::create(file);
        fill(source);
    }
    run_sqlite_script(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
    Store source = Store::open(file);
    Store there = Store::create(there_->location());
    try {
        copy_round(source, "source", there, "there");
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("notes"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(there.files().empty());
}

}  // namespace
}  // namespace inspraak::core
