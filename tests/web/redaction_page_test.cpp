// The point page's public version: each redaction of personal data marked, and a form per
// redaction to undo it (keep the text public) and redo it, for a redacteur and up, with the
// session's CSRF token; doing it twice changes nothing, a text the redactor does not find there
// is refused, and a lezer changes nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "app/accounts.hpp"
#include "test_support/workspace_fixture.hpp"

namespace inspraak {
namespace {

constexpr const char* iban = "NL91ABNA0417164300";

class RedactionPage : public WorkspaceFixture {
protected:
    void prepare_round(const fs::path& round) override {
        std::ofstream(round / "submissions/brief-stoep.txt")
            << "Geachte heer, mevrouw,\n\nVoor de tegemoetkoming in de kosten van de stoep kunt u het geld overmaken op "
               "NL91ABNA0417164300, en de stoep voor Dorpsstraat 12 mag best breder.\n\nMet vriendelijke groet,\n\nP. Smit\n";
    }

    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        auto book = core::AccountBook::open(core::RoundAddress{round_, out_, where_->text()}, "beheer");
        ASSERT_TRUE(book);
        ASSERT_TRUE(book->add_user("lees", core::Role::lezer, "lees-wachtwoord-1"));
        core::PointFilter filter;
        filter.text = iban;
        auto listed = open_round().list_points(filter);
        ASSERT_TRUE(listed);
        ASSERT_EQ(listed->points.size(), 1u);
        point_ = listed->points[0].point.id;
    }

    httplib::Result redaction(const std::string& cookie, const std::string& csrf, const std::string& action,
                              const std::string& text = iban) {
        return post("/points/" + point_ + "/redaction", cookie, {{"csrf", csrf}, {"kind", "iban"}, {"text", text}, {"action", action}});
    }
    bool kept() {
        auto version = open_round().public_text(point_);
        EXPECT_TRUE(version);
        return version->text.find(iban) != std::string::npos;
    }

    std::string point_;
};
INSTANTIATE_TEST_SUITE_P(Backend, RedactionPage, all_store_backends, store_backend_name);

TEST_P(RedactionPage, ThePublicVersionMarksTheRedactionsAndUndoAndRedoWork) {
    const std::string cookie = sign_in();
    auto page = get("/points/" + point_, cookie);
    ASSERT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("<mark class=\"redacted\" title=\"NL91ABNA0417164300\">[IBAN]</mark>"), std::string::npos);
    EXPECT_NE(page->body.find("<mark class=\"redacted\" title=\"Dorpsstraat 12\">[adres]</mark>"), std::string::npos);
    EXPECT_NE(page->body.find("name=\"action\" value=\"keep\""), std::string::npos);
    const std::string csrf = hidden(page->body, "csrf");

    auto undone = redaction(cookie, csrf, "keep");
    ASSERT_EQ(undone->status, 303) << undone->body;
    EXPECT_EQ(undone->get_header_value("Location"), "/points/" + point_ + "#public-h");
    EXPECT_TRUE(kept());
    auto after = get("/points/" + point_, cookie);
    EXPECT_NE(after->body.find("<mark class=\"kept\" title=\"[IBAN]\">NL91ABNA0417164300</mark>"), std::string::npos);
    EXPECT_NE(after->body.find("name=\"action\" value=\"redact\""), std::string::npos);
    EXPECT_NE(after->body.find("Persoonsgegeven"), std::string::npos);  // the history names the field
    // The same again (a colleague was quicker): nothing changes, and the page says so.
    EXPECT_EQ(redaction(cookie, csrf, "keep")->status, 303);
    EXPECT_NE(get("/points/" + point_, cookie)->body.find("Niets gewijzigd."), std::string::npos);

    EXPECT_EQ(redaction(cookie, csrf, "redact")->status, 303);
    EXPECT_FALSE(kept());
    int entries = 0;
    auto round = open_round();
    const auto view = round.point(point_);
    ASSERT_TRUE(view);
    for (const auto& entry : view->history) entries += entry.field == "redaction";
    EXPECT_EQ(entries, 2);
}

TEST_P(RedactionPage, OnlyWhatTheRedactorFoundWithTheTokenAndTheRoleChangesAnything) {
    const std::string cookie = sign_in();
    const std::string csrf = hidden(get("/points/" + point_, cookie)->body, "csrf");
    auto unknown = redaction(cookie, csrf, "keep", "NL91ABNA041716430");
    EXPECT_EQ(unknown->status, 400);
    EXPECT_NE(unknown->body.find("niet als iban"), std::string::npos);
    EXPECT_EQ(redaction(cookie, csrf, "delete")->status, 400);
    EXPECT_EQ(redaction(cookie, "", "keep")->status, 403);
    EXPECT_FALSE(kept());

    // A lezer sees the public version but no form, and cannot post one.
    auto form = client().Get("/login");
    const std::string set = form->get_header_value("Set-Cookie");
    auto signed_in = client().Post("/login", httplib::Headers{{"Cookie", set.substr(0, set.find(';'))}},
                                   httplib::Params{{"csrf", hidden(form->body, "csrf")}, {"name", "lees"}, {"password", "lees-wachtwoord-1"}});
    ASSERT_EQ(signed_in->status, 303);
    std::string reader;
    for (const auto& [key, value] : signed_in->headers)
        if (key == "Set-Cookie" && value.rfind("inspraak_session=", 0) == 0) reader = value.substr(0, value.find(';'));
    auto page = get("/points/" + point_, reader);
    EXPECT_NE(page->body.find("[IBAN]"), std::string::npos);
    EXPECT_EQ(page->body.find("name=\"action\" value=\"keep\""), std::string::npos);
    EXPECT_EQ(redaction(reader, hidden(page->body, "csrf"), "keep")->status, 403);
    EXPECT_FALSE(kept());
}

}  // namespace
}  // namespace inspraak
