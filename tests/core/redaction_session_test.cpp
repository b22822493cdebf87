// Undoing and redoing a redaction through the application layer (RoundSession) on both
// backends: the public version shows the change, the report model publishes exactly the kept
// text and nothing else, each change has its audit entry, doing it twice changes nothing, and a
// text the redactor does not find there is refused without a write.
#include <gtest/gtest.h>

#include <fstream>

#include "app/round_session.hpp"
#include "store/store.hpp"
#include "test_support/session_round.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* letter =
    "Mijn IBAN is NL91ABNA0417164300 en ik woon op Dorpsstraat 12, 5211 AB; de fietsstraat is een goed idee.";

class RedactionSession : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        round_ = where_->dir().path() / "ronde";
        write_minimal_round(round_);
        Store store = Store::create(where_->location());
        store.write([&](Store& s) {
            int64_t file = s.add_file("submissions/a.txt", "sha-a", "x", "ingest-text", "ok", "");
            std::string id = s.add_submission(file, 0, Stakeholder{"Petra de Vries", "", "inwoners", "", ""}, IngestedSubmission{});
            s.add_point(Point{id + ".1", id, 1, letter, "", ""});
        });
    }

    RoundSession session() { return open_round_session(round_, where_->text(), "ria"); }
    std::string published() {
        auto model = session().report_model(ReportModelOptions{});
        EXPECT_TRUE(model) << render(model.error().message, false);
        return model->points.at(0).text;
    }
    std::vector<std::string> redaction_audit() {
        Store store = Store::open(where_->location());
        return audit_lines(store, "redaction");
    }

    std::unique_ptr<TestStore> where_;
    fs::path round_;
};

INSTANTIATE_TEST_SUITE_P(Backend, RedactionSession, all_store_backends, store_backend_name);

TEST_P(RedactionSession, ThePublicVersionMarksEveryRedaction) {
    auto version = session().public_text("I001.1");
    ASSERT_TRUE(version) << render(version.error().message, false);
    EXPECT_EQ(version->text, "Mijn IBAN is [IBAN] en ik woon op [adres], [postcode]; de fietsstraat is een goed idee.");
    ASSERT_EQ(version->redactions.size(), 3u);
    EXPECT_EQ(version->redactions[0].kind, "iban");
    EXPECT_EQ(version->redactions[1].text, "Dorpsstraat 12");
    EXPECT_EQ(std::string(letter).substr(version->redactions[2].begin, version->redactions[2].end - version->redactions[2].begin),
              "5211 AB");
    EXPECT_FALSE(version->redactions[1].kept);
    EXPECT_EQ(published(), version->text);
    EXPECT_EQ(session().public_text("I404.1").error().kind, ErrorKind::not_found);
}

TEST_P(RedactionSession, UndoPublishesExactlyThatTextAndRedoTakesItBack) {
    auto kept = session().keep_public("I001.1", "address", "Dorpsstraat 12");
    ASSERT_TRUE(kept) << render(kept.error().message, false);
    EXPECT_TRUE(*kept);
    EXPECT_EQ(published(), "Mijn IBAN is [IBAN] en ik woon op Dorpsstraat 12, [postcode]; de fietsstraat is een goed idee.");
    auto version = session().public_text("I001.1");
    EXPECT_TRUE(version->redactions[1].kept);
    EXPECT_FALSE(version->redactions[0].kept);
    // A colleague doing the same meanwhile: nothing changes, no second audit entry.
    EXPECT_FALSE(*session().keep_public("I001.1", "address", "Dorpsstraat 12"));
    EXPECT_EQ(redaction_audit(), (std::vector<std::string>{"ria|I001.1|[adres]|Dorpsstraat 12"}));
    // The store keeps the text as written.
    EXPECT_EQ(Store::open(where_->location()).point("I001.1")->point.text, letter);

    EXPECT_TRUE(*session().redact_again("I001.1", "address", "Dorpsstraat 12"));
    EXPECT_FALSE(*session().redact_again("I001.1", "address", "Dorpsstraat 12"));
    EXPECT_EQ(published(), "Mijn IBAN is [IBAN] en ik woon op [adres], [postcode]; de fietsstraat is een goed idee.");
    EXPECT_EQ(redaction_audit(), (std::vector<std::string>{"ria|I001.1|[adres]|Dorpsstraat 12", "ria|I001.1|Dorpsstraat 12|[adres]"}));
}

TEST_P(RedactionSession, OnlyWhatTheRedactorFindsCanBeKeptPublic) {
    EXPECT_EQ(session().keep_public("I001.1", "iban", "Dorpsstraat 12").error().kind, ErrorKind::invalid);  // wrong kind
    EXPECT_EQ(session().keep_public("I001.1", "address", "Dorpsstraat 1").error().kind, ErrorKind::invalid);
    auto unknown = session().keep_public("I001.1", "geheim", "Dorpsstraat 12");
    EXPECT_EQ(unknown.error().kind, ErrorKind::invalid);
    EXPECT_EQ(unknown.error().message.key, "redaction.unknown_kind");
    EXPECT_EQ(session().keep_public("I404.1", "address", "Dorpsstraat 12").error().kind, ErrorKind::not_found);
    EXPECT_TRUE(Store::open(where_->location()).kept_public().empty());
    EXPECT_TRUE(redaction_audit().empty());
}

}  // namespace
}  // namespace inspraak::core
