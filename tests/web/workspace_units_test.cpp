// The workspace's parts that need no server: the labels every template uses exist in both
// languages, the login throttle slows guessing down, sessions expire and start tokens are spent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "web/labels.hpp"
#include "web/login_throttle.hpp"
#include "web/page_request.hpp"
#include "web/sessions.hpp"
#include "web/web_assets.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

TEST(WorkspaceLabels, EveryLabelATemplateUsesExistsInDutchAndEnglish) {
    std::set<std::string> known;
    for (const auto& label : core::web_labels()) {
        EXPECT_TRUE(known.insert(std::string(label.key)).second) << "twice: " << label.key;
        EXPECT_FALSE(label.dutch.empty()) << label.key;
        EXPECT_FALSE(label.english.empty()) << label.key;
    }
    const fs::path assets = fs::path(INSPRAAK_SOURCE_DIR) / "core/src/web/assets";
    int templates = 0;
    for (const auto& entry : fs::directory_iterator(assets)) {
        if (entry.path().extension() != ".mustache") continue;
        ++templates;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string body = text.str();
        const std::regex used(R"(\{\{t\.([a-z_]+)\}\})");
        for (auto it = std::sregex_iterator(body.begin(), body.end(), used); it != std::sregex_iterator(); ++it)
            EXPECT_TRUE(known.count((*it)[1])) << entry.path().filename() << " uses unknown label " << (*it)[1];
        // The binary serves the same file.
        EXPECT_EQ(core::web_asset(entry.path().filename().string()).value_or(""), body) << entry.path().filename();
    }
    EXPECT_GE(templates, 8);
}

TEST(WorkspaceLabels, TemplatesHaveNoInlineScriptOrStyle) {
    for (const auto& entry : fs::directory_iterator(fs::path(INSPRAAK_SOURCE_DIR) / "core/src/web/assets")) {
        if (entry.path().extension() != ".mustache") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string body = text.str();
        EXPECT_EQ(body.find("<script>"), std::string::npos) << entry.path().filename();
        EXPECT_EQ(body.find(" style="), std::string::npos) << entry.path().filename();
        EXPECT_EQ(body.find(" onclick="), std::string::npos) << entry.path().filename();
        // Triple braces (no escaping) only for fragments the server rendered itself.
        const std::regex raw(R"(\{\{\{([a-z_]+)\}\}\})");
        for (auto it = std::sregex_iterator(body.begin(), body.end(), raw); it != std::sregex_iterator(); ++it)
            EXPECT_TRUE(std::set<std::string>({"body", "chapters_chart", "groups_chart"}).count((*it)[1]))
                << entry.path().filename() << ": unescaped " << (*it)[1];
    }
}

TEST(LoginThrottle, FiveFailuresAreFreeThenEachWaitDoubles) {
    core::LoginThrottle throttle;
    auto now = core::LoginThrottle::Clock::now();
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(throttle.wait_for("10.0.0.1", "anna", now).count(), 0);
        throttle.failed("10.0.0.1", "anna", now);
    }
    EXPECT_EQ(throttle.wait_for("10.0.0.1", "anna", now).count(), 0);
    throttle.failed("10.0.0.1", "anna", now);
    EXPECT_EQ(throttle.wait_for("10.0.0.1", "anna", now).count(), 2);
    throttle.failed("10.0.0.1", "anna", now);
    EXPECT_EQ(throttle.wait_for("10.0.0.1", "anna", now).count(), 4);
    // The same name from another address waits too, and so does another name from the address.
    EXPECT_EQ(throttle.wait_for("10.0.0.2", "anna", now).count(), 4);
    EXPECT_EQ(throttle.wait_for("10.0.0.1", "bert", now).count(), 4);
    EXPECT_EQ(throttle.wait_for("10.0.0.1", "anna", now + std::chrono::seconds(5)).count(), 0);
    // Never longer than a quarter of an hour.
    for (int i = 0; i < 40; ++i) throttle.failed("10.0.0.3", "carl", now);
    EXPECT_EQ(throttle.wait_for("10.0.0.3", "carl", now).count(), 15 * 60);
    throttle.succeeded("anna");
    EXPECT_EQ(throttle.wait_for("10.0.0.9", "anna", now).count(), 0);
}

TEST(WorkspaceSessions, AStartTokenIsSpentOnceAndSessionsExpire) {
    core::SessionRegistry sessions(std::chrono::seconds(0));
    const std::string token = sessions.issue_start_token();
    EXPECT_EQ(token.size(), 64u);
    EXPECT_NE(token, sessions.issue_start_token());
    EXPECT_TRUE(sessions.redeem_start_token(token));
    EXPECT_FALSE(sessions.redeem_start_token(token));
    EXPECT_FALSE(sessions.redeem_start_token(""));
    const auto session = sessions.open("anna", "Anna", core::Role::redacteur);
    EXPECT_NE(session.id, session.csrf);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_FALSE(sessions.find(session.id));  // idle limit 0: expired at once

    core::SessionRegistry lasting;
    const auto kept = lasting.open("bert", "Bert", core::Role::lezer);
    ASSERT_TRUE(lasting.find(kept.id));
    lasting.set_notice(kept.id, "klaar");
    EXPECT_EQ(lasting.take_notice(kept.id), "klaar");
    EXPECT_EQ(lasting.take_notice(kept.id), "");
    lasting.close(kept.id);
    EXPECT_FALSE(lasting.find(kept.id));
}

TEST(WorkspaceSessions, SessionsNoOneComesBackToDoNotPileUp) {
    core::SessionRegistry sessions(std::chrono::seconds(0));
    for (int i = 0; i < 50; ++i) sessions.open("anna", "Anna", core::Role::redacteur);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    sessions.open("bert", "Bert", core::Role::lezer);
    EXPECT_EQ(sessions.size(), 1u);  // the 50 idle ones went when the next one opened

    core::SessionRegistry lasting;
    for (int i = 0; i < 50; ++i) lasting.open("anna", "Anna", core::Role::redacteur);
    EXPECT_EQ(lasting.size(), 50u);  // within the idle limit they stay
}

TEST(LoginThrottle, NamesAndAddressesTriedOnceAreForgottenAfterADay) {
    core::LoginThrottle throttle;
    const auto now = core::LoginThrottle::Clock::now();
    for (int i = 0; i < 100; ++i) throttle.failed("10.0.1." + std::to_string(i), "naam" + std::to_string(i), now);
    EXPECT_EQ(throttle.remembered(), 200u);
    throttle.failed("10.0.0.1", "anna", now + std::chrono::hours(25));
    EXPECT_EQ(throttle.remembered(), 2u);
}

TEST(WorkspaceRedirects, OnlyPathsOfTheWorkspaceAreFollowed) {
    EXPECT_TRUE(core::is_local_path("/"));
    EXPECT_TRUE(core::is_local_path("/points?chapter=3"));
    EXPECT_FALSE(core::is_local_path(""));
    EXPECT_FALSE(core::is_local_path("//evil.example/"));
    EXPECT_FALSE(core::is_local_path("/\\evil.example"));
    EXPECT_FALSE(core::is_local_path("http://evil.example/"));
    EXPECT_FALSE(core::is_local_path("/x\r\nSet-Cookie: a=b"));
    EXPECT_FALSE(core::is_local_path("points"));
}

}  // namespace
}  // namespace inspraak
