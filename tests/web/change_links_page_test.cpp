// The point page's changes of the revised framework (inspraak revise): the linked changes ranked,
// with a form per link to confirm or remove it, for a redacteur and up, with the session's CSRF
// token; an audit entry for each decision; an unknown change or action is refused.
#include <gtest/gtest.h>

#include "store/store.hpp"
#include "test_support/workspace_fixture.hpp"

namespace inspraak {
namespace {

class ChangeLinksPage : public WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        auto listed = open_round().list_points(core::PointFilter{});
        ASSERT_TRUE(listed);
        ASSERT_FALSE(listed->points.empty());
        point_ = listed->points[0].point.id;
        auto store = core::Store::open(where_->location());
        store.write([&](core::Store& s) {
            core::FrameworkChange added;
            added.ordinal = 1;
            added.kind = "added";
            added.scope = "sentence";
            added.chapter = "5";
            added.section = "5.2";
            added.new_text = "Voortaan stemmen we de bestemmingen af met de bedrijven.";
            added.key = "a";
            core::FrameworkChange rewritten = added;
            rewritten.ordinal = 2;
            rewritten.kind = "rewritten";
            rewritten.old_text = "Het budget is 25.000 euro.";
            rewritten.new_text = "Het budget is 35.000 euro.";
            rewritten.key = "b";
            s.replace_framework_changes({added, rewritten});
            const auto changes = s.framework_changes();
            first_ = changes[0].id;
            second_ = changes[1].id;
            s.save_machine_change_link(point_, first_, 0.4);
            s.save_machine_change_link(point_, second_, 0.8);
        });
    }

    httplib::Result decide(const std::string& cookie, const std::string& csrf, int64_t change, const std::string& action) {
        return post("/points/" + point_ + "/change-link", cookie,
                    {{"csrf", csrf}, {"change", std::to_string(change)}, {"action", action}});
    }

    std::string point_;
    int64_t first_ = 0;
    int64_t second_ = 0;
};
INSTANTIATE_TEST_SUITE_P(Backend, ChangeLinksPage, all_store_backends, store_backend_name);

TEST_P(ChangeLinksPage, ShowsTheRankedChangesAndConfirmsAndRemovesLinks) {
    const std::string cookie = sign_in();
    auto page = get("/points/" + point_, cookie);
    ASSERT_EQ(page->status, 200);
    const auto better = page->body.find("#" + std::to_string(second_) + " herschreven");
    const auto worse = page->body.find("#" + std::to_string(first_) + " toegevoegd");
    ASSERT_NE(better, std::string::npos) << page->body;
    ASSERT_NE(worse, std::string::npos);
    EXPECT_LT(better, worse) << "the higher score first";
    EXPECT_NE(page->body.find("was: Het budget is 25.000 euro."), std::string::npos);
    EXPECT_NE(page->body.find("voorgesteld (0.80)"), std::string::npos);
    const std::string csrf = hidden(page->body, "csrf");

    auto confirmed = decide(cookie, csrf, first_, "confirm");
    ASSERT_EQ(confirmed->status, 303) << confirmed->body;
    EXPECT_EQ(confirmed->get_header_value("Location"), "/points/" + point_ + "#changes-h");
    auto after = get("/points/" + point_, cookie)->body;
    EXPECT_LT(after.find("#" + std::to_string(first_) + " toegevoegd"), after.find("#" + std::to_string(second_) + " herschreven"))
        << "a confirmed link comes first";
    EXPECT_NE(after.find("bevestigd"), std::string::npos);
    EXPECT_NE(after.find("Koppeling aan wijziging"), std::string::npos) << "the history names the field";
    EXPECT_EQ(decide(cookie, csrf, second_, "remove")->status, 303);

    auto round = open_round();
    auto links = round.change_links(point_);
    ASSERT_TRUE(links);
    ASSERT_EQ(links->size(), 2u);
    EXPECT_EQ((*links)[0].state, "confirmed");
    EXPECT_EQ((*links)[1].state, "removed");
    int entries = 0;
    const auto view = round.point(point_);
    ASSERT_TRUE(view);
    for (const auto& entry : view->history) entries += entry.field == "change_link";
    EXPECT_EQ(entries, 2);
}

TEST_P(ChangeLinksPage, AnUnknownChangeABadActionOrNoTokenChangesNothing) {
    const std::string cookie = sign_in();
    const std::string csrf = hidden(get("/points/" + point_, cookie)->body, "csrf");
    EXPECT_EQ(decide(cookie, csrf, 999999, "confirm")->status, 404);
    EXPECT_EQ(decide(cookie, csrf, first_, "delete")->status, 400);
    EXPECT_EQ(decide(cookie, "", first_, "confirm")->status, 403);
    auto links = open_round().change_links(point_);
    ASSERT_TRUE(links);
    for (const auto& link : *links) EXPECT_EQ(link.state, "proposed");
}

}  // namespace
}  // namespace inspraak
