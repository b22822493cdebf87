// The workspace over HTTP, as a browser meets it: every route refuses a visitor without a session,
// every change needs the session's CSRF token, every answer carries the security headers, a stale
// save is a conflict that shows both versions, and what senders and officers wrote is escaped.
// The store-touching tests run on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <fstream>

#include "app/accounts.hpp"
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
    // By sender: part of the organisation's name, any case.
    core::PointFilter by_sender;
    by_sender.sender = "economic board";
    by_sender.limit = 0;
    const auto from_board = round.list_points(by_sender);
    ASSERT_GT(from_board->total, 0);
    auto board = get("/points?sender=economic%20board", cookie);
    EXPECT_NE(board->body.find(std::to_string(from_board->total) + " punten"), std::string::npos);
    for (const auto& p : from_board->points) EXPECT_EQ(p.submission.stakeholder.organisation.find("Economic Board"), 0u);
    EXPECT_LT(from_board->total, everything->total);
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

TEST_P(Workspace, AStageStartedFromTheWorkspaceRunsBesideThePagesAndKeepsDecisions) {
    const std::string cookie = sign_in();
    auto round = open_round("anna");
    ASSERT_TRUE(round.decide(point, core::DecisionRequest{{}, {}, std::string("geen"), std::string("Besloten door Anna."), {}, {}}));
    auto page = get("/jobs", cookie);
    ASSERT_EQ(page->status, 200);
    auto started = post("/jobs", cookie, {{"csrf", hidden(page->body, "csrf")}, {"job", "classify"}});
    ASSERT_EQ(started->status, 303);
    // The pages answer while it works; the jobs page says when it is done.
    std::string status;
    for (int i = 0; i < 600; ++i) {
        EXPECT_EQ(get("/points", cookie)->status, 200);
        status = get("/jobs", cookie)->body;
        if (status.find("data-job-running") == std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_NE(status.find("opnieuw ingedeeld"), std::string::npos) << status;
    EXPECT_EQ(status.find("class=\"error\""), std::string::npos) << status;
    const auto view = open_round().point(point);
    EXPECT_EQ(view->detail.reaction->text, "Besloten door Anna.");
    EXPECT_EQ(view->detail.classification->classification.route, "geen");
    EXPECT_EQ(post("/jobs", cookie, {{"csrf", hidden(page->body, "csrf")}, {"job", "nonsense"}})->status, 400);
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

namespace inspraak {
namespace {

// The same round with accounts: officers sign in with a name and a password.
class WorkspaceAccounts : public WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        auto book = core::AccountBook::open(core::RoundAddress{round_, out_, where_->text()}, "beheer");
        ASSERT_TRUE(book);
        ASSERT_TRUE(book->add_user("anna", core::Role::redacteur, "anna-wachtwoord-1"));
        ASSERT_TRUE(book->add_user("lees", core::Role::lezer, "lees-wachtwoord-1"));
    }

    // Signs in through the form; returns the session cookie, or "" with the answer's status in `status`.
    std::string log_in(const std::string& name, const std::string& password, int* status = nullptr) {
        auto form = client().Get("/login");
        EXPECT_EQ(form->status, 200);
        const std::string set = form->get_header_value("Set-Cookie");
        const std::string login_cookie = set.substr(0, set.find(';'));
        auto answer = client().Post("/login", httplib::Headers{{"Cookie", login_cookie}},
                                    httplib::Params{{"csrf", hidden(form->body, "csrf")}, {"name", name}, {"password", password}});
        if (status != nullptr) *status = answer->status;
        if (answer->status != 303) return {};
        for (const auto& [key, value] : answer->headers)
            if (key == "Set-Cookie" && value.rfind("inspraak_session=", 0) == 0) return value.substr(0, value.find(';'));
        return {};
    }
};
INSTANTIATE_TEST_SUITE_P(Backend, WorkspaceAccounts, all_store_backends, store_backend_name);

TEST_P(WorkspaceAccounts, AnOfficerSignsInAndTheirChangesAreRecordedForThem) {
    int status = 0;
    const std::string anna = log_in("anna", "anna-wachtwoord-1", &status);
    ASSERT_EQ(status, 303);
    ASSERT_FALSE(anna.empty());
    auto page = get("/points/" + point, anna);
    EXPECT_NE(page->body.find("anna <span class=\"role\">(redacteur)</span>"), std::string::npos);
    auto saved = post("/points/" + point, anna,
                      {{"csrf", hidden(page->body, "csrf")}, {"against", hidden(page->body, "against")}, {"reaction", "Van Anna."}});
    ASSERT_EQ(saved->status, 303);
    const auto view = open_round().point(point);
    ASSERT_FALSE(view->history.empty());
    EXPECT_EQ(view->history.back().who, "anna");
}

TEST_P(WorkspaceAccounts, AWrongPasswordAndAnUnknownNameGetTheSameAnswer) {
    int wrong = 0;
    int unknown = 0;
    EXPECT_TRUE(log_in("anna", "niet-het-wachtwoord", &wrong).empty());
    EXPECT_TRUE(log_in("nobody", "niet-het-wachtwoord", &unknown).empty());
    EXPECT_EQ(wrong, 401);
    EXPECT_EQ(unknown, 401);
    // Without the form's own cookie the login is refused before any password is checked.
    auto form = client().Get("/login");
    auto forged = client().Post("/login", httplib::Params{{"csrf", hidden(form->body, "csrf")}, {"name", "anna"},
                                                          {"password", "anna-wachtwoord-1"}});
    EXPECT_EQ(forged->status, 403);
    EXPECT_FALSE(forged->has_header("Location"));
}

TEST_P(WorkspaceAccounts, GuessingIsSlowedDown) {
    int status = 0;
    for (int i = 0; i < 6; ++i) log_in("anna", "geraden-" + std::to_string(i), &status);
    EXPECT_EQ(status, 401);
    log_in("anna", "anna-wachtwoord-1", &status);  // even the right password must wait now
    EXPECT_EQ(status, 429);
}

TEST_P(WorkspaceAccounts, AReaderReadsButChangesNothing) {
    const std::string reader = log_in("lees", "lees-wachtwoord-1");
    ASSERT_FALSE(reader.empty());
    auto page = get("/points/" + point, reader);
    ASSERT_EQ(page->status, 200);
    EXPECT_EQ(page->body.find("id=\"decision\""), std::string::npos);  // no form to decide with
    const std::string csrf = hidden(page->body, "csrf");
    EXPECT_EQ(post("/points/" + point, reader, {{"csrf", csrf}, {"against", "{}"}, {"reaction", "x"}})->status, 403);
    EXPECT_EQ(post("/points/bulk", reader, {{"csrf", csrf}, {"action", "approve"}, {"id", point}})->status, 403);
    EXPECT_EQ(post("/publish", reader, {{"csrf", csrf}, {"format", "json"}})->status, 403);
    // An editor decides, but publishing is the beheerder's.
    const std::string editor = log_in("anna", "anna-wachtwoord-1");
    const std::string editor_csrf = hidden(get("/publish", editor)->body, "csrf");
    EXPECT_EQ(post("/publish", editor, {{"csrf", editor_csrf}, {"format", "json"}})->status, 403);
    EXPECT_EQ(post("/jobs", editor, {{"csrf", editor_csrf}, {"job", "draft"}})->status, 403);
}

TEST_P(WorkspaceAccounts, PointsAssignedToAnOfficerAreTheirs) {
    const std::string anna = log_in("anna", "anna-wachtwoord-1");
    const std::string csrf = hidden(get("/points", anna)->body, "csrf");
    EXPECT_EQ(post("/points/bulk", anna, {{"csrf", csrf}, {"action", "assign"}, {"officer", "niemand-bekends"}, {"id", "I002.1"}})->status,
              400);
    auto assigned = post("/points/bulk", anna, {{"csrf", csrf}, {"action", "assign"}, {"officer", "anna"}, {"id", "I002.1"}});
    EXPECT_EQ(assigned->status, 303);
    auto mine = get("/mine", anna);
    ASSERT_EQ(mine->status, 200);
    EXPECT_NE(mine->body.find("value=\"I002.1\""), std::string::npos);
    EXPECT_NE(mine->body.find("1 punten"), std::string::npos);
    EXPECT_NE(get("/points/I002.1", anna)->body.find("toegewezen aan anna"), std::string::npos);
    EXPECT_EQ(get("/mine", log_in("lees", "lees-wachtwoord-1"))->body.find("value=\"I002.1\""), std::string::npos);
}

TEST_P(WorkspaceAccounts, AnotherAddressThanLoopbackNeedsAccounts) {
    core::WorkspaceSettings settings;
    settings.address = core::RoundAddress{round_, out_, where_->text()};
    settings.listen = "0.0.0.0";
    settings.port = 0;
    core::WorkspaceServer open_to_all(settings);
    auto bound = open_to_all.bind();
    ASSERT_TRUE(bound);
    EXPECT_EQ(open_to_all.start_link().substr(open_to_all.start_link().size() - 6), "/login");

    auto book = core::AccountBook::open(settings.address, "beheer");
    ASSERT_TRUE(book->set_role("anna", core::Role::beheerder));  // the last beheerder goes last
    ASSERT_TRUE(book->remove_user("lees"));
    ASSERT_TRUE(book->remove_user("anna"));
    core::WorkspaceServer without_accounts(settings);
    auto refused = without_accounts.bind();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message.key, "serve.accounts_required");
}

}  // namespace
}  // namespace inspraak
