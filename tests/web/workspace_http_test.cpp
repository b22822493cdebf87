// The workspace over HTTP, as a browser meets it: every route refuses a visitor without a session,
// every change needs the session's CSRF token, every answer carries the security headers, a stale
// save is a conflict that shows both versions, and what senders and officers wrote is escaped.
// The store-touching tests run on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <fstream>

#include "test_support/workspace_fixture.hpp"

namespace inspraak {
namespace {

using Workspace = WorkspaceFixture;
INSTANTIATE_TEST_SUITE_P(Backend, Workspace, all_store_backends, store_backend_name);

// The demo round's first point, which has a draft reaction.
const std::string point = "I001.1";

TEST_P(Workspace, EveryPageSendsAVisitorWithoutSessionToTheLogin) {
    for (const char* path : {"/", "/points", "/points/I001.1", "/points/I001.1/original", "/chapters", "/chapters/h3",
                             "/publish", "/download/reactienota.json"}) {
        auto answer = client().Get(path);
        ASSERT_TRUE(answer) << path;
        EXPECT_EQ(answer->status, 303) << path;
        EXPECT_EQ(answer->get_header_value("Location"), "/login") << path;
    }
    for (const char* path : {"/points/I001.1", "/points/bulk", "/publish", "/logout"}) {
        auto answer = client().Post(path, httplib::Params{{"reaction", "x"}});
        ASSERT_TRUE(answer) << path;
        EXPECT_EQ(answer->status, 401) << path;
    }
    // A made-up session cookie is no session.
    auto forged = get("/", "inspraak_session=" + std::string(64, 'a'));
    EXPECT_EQ(forged->status, 303);
}

TEST_P(Workspace, TheStartLinkOpensOneSessionOnce) {
    const std::string link = server_->start_link();
    const std::string path = link.substr(link.find("/start"));
    auto first = client().Get(path.c_str());
    ASSERT_EQ(first->status, 303);
    EXPECT_EQ(first->get_header_value("Location"), "/");
    const std::string cookie = first->get_header_value("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    auto again = client().Get(path.c_str());
    EXPECT_EQ(again->status, 303);
    EXPECT_EQ(again->get_header_value("Location"), "/login");
    EXPECT_FALSE(again->has_header("Set-Cookie"));
    EXPECT_EQ(client().Get("/start?token=00")->get_header_value("Location"), "/login");

    auto overview = get("/", cookie.substr(0, cookie.find(';')));
    EXPECT_EQ(overview->status, 200);
    EXPECT_NE(overview->body.find("<svg"), std::string::npos);
}

TEST_P(Workspace, EveryAnswerCarriesTheSecurityHeaders) {
    const std::string cookie = sign_in();
    for (const char* path : {"/", "/points", "/points/I001.1", "/chapters", "/publish", "/login", "/assets/workspace.css",
                             "/assets/workspace.js", "/points/NOPE1.1"}) {
        auto answer = get(path, cookie);
        ASSERT_TRUE(answer) << path;
        const std::string csp = answer->get_header_value("Content-Security-Policy");
        EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
        EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
        EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
        EXPECT_EQ(answer->get_header_value("X-Content-Type-Options"), "nosniff") << path;
        EXPECT_EQ(answer->get_header_value("X-Frame-Options"), "DENY") << path;
    }
    // No page has a script of its own: only the file the binary serves.
    auto page = get("/points/I001.1", cookie);
    EXPECT_EQ(page->body.find("<script>"), std::string::npos);
    EXPECT_NE(page->body.find("<script src=\"/assets/workspace.js\" defer></script>"), std::string::npos);
}

TEST_P(Workspace, AChangeWithoutTheSessionsCsrfTokenChangesNothing) {
    const std::string cookie = sign_in();
    auto page = get("/points/" + point, cookie);
    const std::string against = hidden(page->body, "against");
    const std::string csrf = hidden(page->body, "csrf");
    ASSERT_FALSE(against.empty());
    ASSERT_EQ(csrf.size(), 64u);
    for (const std::string& token : {std::string{}, std::string(64, '0'), csrf.substr(1)}) {
        auto answer = post("/points/" + point, cookie, {{"csrf", token}, {"against", against}, {"reaction", "ingebroken"}});
        EXPECT_EQ(answer->status, 403);
    }
    // The right token from another site is refused too.
    auto foreign = client().Post(("/points/" + point).c_str(), httplib::Headers{{"Cookie", cookie}, {"Origin", "http://evil.example"}},
                                 httplib::Params{{"csrf", csrf}, {"against", against}, {"reaction", "ingebroken"}});
    EXPECT_EQ(foreign->status, 403);
    auto round = open_round();
    EXPECT_NE(round.point(point)->detail.reaction->text, "ingebroken");
    const auto view = round.point(point);
    for (const auto& entry : view->history) EXPECT_NE(entry.new_value, "ingebroken");
}

TEST_P(Workspace, ASaveRecordsOnlyTheFieldsTheOfficerChanged) {
    const std::string cookie = sign_in();
    auto page = get("/points/" + point, cookie);
    auto saved = post("/points/" + point, cookie,
                      {{"csrf", hidden(page->body, "csrf")}, {"against", hidden(page->body, "against")},
                       {"route", "public-affairs"}, {"reaction", "Wij passen hoofdstuk 1 aan."}, {"status", "draft"}, {"section", ""}});
    ASSERT_EQ(saved->status, 303) << saved->body;
    EXPECT_EQ(saved->get_header_value("Location"), "/points/" + point);
    auto round = open_round();
    auto view = round.point(point);
    EXPECT_EQ(view->detail.classification->classification.route, "public-affairs");
    EXPECT_EQ(view->detail.reaction->text, "Wij passen hoofdstuk 1 aan.");
    std::set<std::string> fields;
    for (const auto& entry : view->history) fields.insert(entry.field);
    EXPECT_TRUE(fields.count("route") && fields.count("reaction"));
    EXPECT_FALSE(fields.count("chapters") || fields.count("status"));
    // The next page shows the notice once.
    auto after = get("/points/" + point, cookie);
    EXPECT_NE(after->body.find("opgeslagen"), std::string::npos);
    EXPECT_EQ(get("/points/" + point, cookie)->body.find("class=\"notice\""), std::string::npos);
}

TEST_P(Workspace, AStaleSaveIsAConflictThatShowsBothVersionsAndOverwritesNothing) {
    const std::string anna = sign_in();
    const std::string bert = sign_in();
    auto anna_page = get("/points/" + point, anna);
    auto bert_page = get("/points/" + point, bert);
    auto first = post("/points/" + point, anna,
                      {{"csrf", hidden(anna_page->body, "csrf")}, {"against", hidden(anna_page->body, "against")},
                       {"reaction", "Versie van Anna."}});
    ASSERT_EQ(first->status, 303);
    auto second = post("/points/" + point, bert,
                       {{"csrf", hidden(bert_page->body, "csrf")}, {"against", hidden(bert_page->body, "against")},
                        {"reaction", "Versie van Bert."}});
    ASSERT_EQ(second->status, 409);
    EXPECT_NE(second->body.find("class=\"conflict\""), std::string::npos);
    EXPECT_NE(second->body.find("Versie van Anna."), std::string::npos);
    EXPECT_NE(second->body.find("Versie van Bert."), std::string::npos);
    EXPECT_EQ(open_round().point(point)->detail.reaction->text, "Versie van Anna.");

    // Bert keeps his own: the conflict form carries the version he has now seen.
    const std::string conflict = second->body.substr(second->body.find("class=\"conflict\""));
    auto keep = post("/points/" + point, bert,
                     {{"csrf", hidden(conflict, "csrf")}, {"against", hidden(conflict, "against")},
                      {"reaction", hidden(conflict, "reaction")}});
    EXPECT_EQ(keep->status, 303);
    EXPECT_EQ(open_round().point(point)->detail.reaction->text, "Versie van Bert.");
}

TEST_P(Workspace, AWrongValueIsShownWithTheOfficersInputKept) {
    const std::string cookie = sign_in();
    auto page = get("/points/" + point, cookie);
    auto answer = post("/points/" + point, cookie,
                       {{"csrf", hidden(page->body, "csrf")}, {"against", hidden(page->body, "against")},
                        {"chapters", "99"}, {"reaction", "Mijn zorgvuldig geschreven reactie."}});
    EXPECT_EQ(answer->status, 400);
    EXPECT_NE(answer->body.find("99"), std::string::npos);
    EXPECT_NE(answer->body.find("Mijn zorgvuldig geschreven reactie."), std::string::npos);
    EXPECT_NE(open_round().point(point)->detail.reaction->text, "Mijn zorgvuldig geschreven reactie.");
}

TEST_P(Workspace, TheListFiltersByChapterAndPagesThroughTheRound) {
    const std::string cookie = sign_in();
    auto round = open_round();
    core::PointFilter filter;
    filter.chapter = "3";
    filter.limit = 0;
    const auto expected = round.list_points(filter);
    ASSERT_GT(expected->total, 0);
    auto page = get("/points?chapter=3", cookie);
    ASSERT_EQ(page->status, 200);
    for (const auto& p : expected->points) EXPECT_NE(page->body.find("value=\"" + p.point.id + "\""), std::string::npos) << p.point.id;
    EXPECT_NE(page->body.find(std::to_string(expected->total) + " punten"), std::string::npos);
    // A point outside the chapter is not listed.
    filter.chapter.clear();
    int outside = 0;
    const auto everything = round.list_points(filter);
    for (const auto& p : everything->points) {
        bool in_chapter = false;
        for (const auto& c : p.classification->classification.chapters) in_chapter |= c.section_id == "h3";
        if (!in_chapter && page->body.find("value=\"" + p.point.id + "\"") != std::string::npos) ++outside;
    }
    EXPECT_EQ(outside, 0);
    // Lowest confidence first.
    auto sorted = get("/points?order=confidence", cookie);
    filter.order = core::PointOrder::confidence_ascending;
    filter.limit = 1;
    filter.max_confidence = 1.0;
    const std::string least = round.list_points(filter)->points.at(0).point.id;
    EXPECT_LT(sorted->body.find("value=\"" + least + "\""), sorted->body.find("value=\"I001.1\""));
    // A bad filter value is one clear error, not a crash.
    EXPECT_EQ(get("/points?min=abc", cookie)->status, 400);
    EXPECT_EQ(get("/points?chapter=77", cookie)->status, 400);
}

TEST_P(Workspace, BulkApprovalIsAllOrNothing) {
    const std::string cookie = sign_in();
    auto page = get("/points?chapter=3", cookie);
    const std::string csrf = hidden(page->body, "csrf");
    core::PointFilter filter;
    filter.chapter = "3";
    filter.limit = 0;
    std::vector<std::string> ids;
    const auto listed = open_round().list_points(filter);
    for (const auto& p : listed->points) ids.push_back(p.point.id);
    httplib::Params bad{{"csrf", csrf}, {"action", "approve"}, {"id", "I999.9"}};
    for (const auto& id : ids) bad.emplace("id", id);
    EXPECT_EQ(post("/points/bulk", cookie, bad)->status, 404);
    filter.status = "approved";
    EXPECT_EQ(open_round().list_points(filter)->total, 0);

    httplib::Params good{{"csrf", csrf}, {"action", "approve"}, {"back", "/points?chapter=3"}};
    for (const auto& id : ids) good.emplace("id", id);
    auto answer = post("/points/bulk", cookie, good);
    EXPECT_EQ(answer->status, 303);
    EXPECT_EQ(answer->get_header_value("Location"), "/points?chapter=3");
    EXPECT_EQ(open_round().list_points(filter)->total, static_cast<int64_t>(ids.size()));
}

TEST_P(Workspace, BulkRouteAndReactionChangeEveryTickedPoint) {
    const std::string cookie = sign_in();
    const std::string csrf = hidden(get("/points", cookie)->body, "csrf");
    auto answer = post("/points/bulk", cookie,
                       {{"csrf", csrf}, {"action", "route"}, {"route", "accountmanagement"}, {"id", "I002.1"}, {"id", "I003.1"}});
    ASSERT_EQ(answer->status, 303);
    answer = post("/points/bulk", cookie,
                  {{"csrf", csrf}, {"action", "copy"}, {"from_point", "I001.1"}, {"id", "I002.1"}, {"id", "I003.1"}});
    ASSERT_EQ(answer->status, 303);
    auto round = open_round();
    const std::string reaction = round.point("I001.1")->detail.reaction->text;
    for (const char* id : {"I002.1", "I003.1"}) {
        auto view = round.point(id);
        EXPECT_EQ(view->detail.classification->classification.route, "accountmanagement") << id;
        EXPECT_EQ(view->detail.reaction->text, reaction) << id;
    }
}

TEST_P(Workspace, TheOriginalFileIsOnlyEverADownload) {
    const std::string cookie = sign_in();
    auto original = get("/points/" + point + "/original", cookie);
    ASSERT_EQ(original->status, 200);
    EXPECT_EQ(original->get_header_value("Content-Type"), "application/octet-stream");
    EXPECT_EQ(original->get_header_value("Content-Disposition").rfind("attachment;", 0), 0u);
    EXPECT_FALSE(original->body.empty());
    // Only report files of the round's output folder can be downloaded: never the store.
    EXPECT_EQ(get("/download/round.db", cookie)->status, 404);
    EXPECT_EQ(get("/download/..", cookie)->status, 404);
}

TEST_P(Workspace, PublishingWritesTheReactienotaForDownload) {
    const std::string cookie = sign_in();
    auto page = get("/publish", cookie);
    ASSERT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("class=\"todo\""), std::string::npos);  // nothing is approved yet
    auto round = open_round();
    ASSERT_TRUE(round.decide(point, core::DecisionRequest{{}, {}, {}, std::string("Gepubliceerde reactie."), {}, {}}));
    fs::remove(out_ / "reactienota.json");
    auto answer = post("/publish", cookie, {{"csrf", hidden(page->body, "csrf")}, {"format", "json"}});
    ASSERT_EQ(answer->status, 303);
    auto file = get("/download/reactienota.json", cookie);
    ASSERT_EQ(file->status, 200);
    EXPECT_NE(file->body.find("Gepubliceerde reactie."), std::string::npos);
    EXPECT_NE(get("/publish", cookie)->body.find("/download/reactienota.json"), std::string::npos);
}

TEST_P(Workspace, PagesSpeakEnglishWhenChosen) {
    const std::string cookie = sign_in();
    auto switched = client().Get("/language?to=en&back=/points", httplib::Headers{{"Cookie", cookie}});
    EXPECT_EQ(switched->status, 303);
    EXPECT_EQ(switched->get_header_value("Location"), "/points");
    EXPECT_NE(switched->get_header_value("Set-Cookie").find("inspraak_lang=en"), std::string::npos);
    auto english = get("/", cookie + "; inspraak_lang=en");
    EXPECT_NE(english->body.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(english->body.find("Overview of the round"), std::string::npos);
    EXPECT_EQ(english->body.find("Overzicht van de ronde"), std::string::npos);
    // Never a redirect to another site.
    EXPECT_EQ(client().Get("/language?to=en&back=//evil.example/")->get_header_value("Location"), "/");
}

// A round with a submission that tries to inject script, and a reaction that does.
class HostileText : public WorkspaceFixture {
protected:
    void prepare_round(const fs::path& round) override {
        std::ofstream(round / "submissions" / "zz-hostile.txt")
            << "Van: Mallory\n\nIk wil <script>alert('punt')</script> en <img src=x onerror=alert(2)> in hoofdstuk 3.\n";
    }
};
INSTANTIATE_TEST_SUITE_P(Backend, HostileText, ::testing::Values(StoreBackendKind::sqlite), store_backend_name);

TEST_P(HostileText, WhatSendersAndOfficersWriteRendersInert) {
    const std::string cookie = sign_in();
    auto round = open_round();
    core::PointFilter filter;
    filter.text = "onerror";
    auto found = round.list_points(filter);
    ASSERT_EQ(found->total, 1);
    const std::string id = found->points.at(0).point.id;
    ASSERT_TRUE(round.decide(id, core::DecisionRequest{{}, {}, {}, std::string("<script>alert('reactie')</script>\"><b onmouseover=x>"), {}, {}}));
    for (const std::string& path : std::vector<std::string>{"/points", "/points/" + id, "/points?q=onerror", "/chapters/h3", "/publish"}) {
        auto page = get(path, cookie);
        ASSERT_EQ(page->status, 200) << path;
        EXPECT_EQ(page->body.find("<script>alert"), std::string::npos) << path;
        EXPECT_EQ(page->body.find("<img src=x"), std::string::npos) << path;
        EXPECT_EQ(page->body.find("<b onmouseover"), std::string::npos) << path;
    }
    EXPECT_NE(get("/points/" + id, cookie)->body.find("&lt;script&gt;alert(&apos;punt&apos;)"), std::string::npos);
}

}  // namespace
}  // namespace inspraak
