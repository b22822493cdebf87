// A workspace server on a demo round for HTTP tests: the round made by the real binary
// (`inspraak run`), the server in this process on a free loopback port, and a client that speaks
// to it as a browser would (cookies by hand, no redirects followed).
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <thread>

#include "host/plugin_host.hpp"
#include "test_support/run_command.hpp"
#include "test_support/test_stores.hpp"
#include "web/workspace_server.hpp"

namespace inspraak {

namespace fs = std::filesystem;

class WorkspaceFixture : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        round_ = where_->dir().path() / "round";
        out_ = where_->dir().path() / "out";
        fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round_, fs::copy_options::recursive);
        prepare_round(round_);
        fs::create_directories(where_->dir().path() / "scratch");
        auto run = run_command(INSPRAAK_BINARY, {"-q", "run", round_.string(), "--out", out_.string(), "--store", where_->text()},
                               where_->dir().path() / "scratch");
        ASSERT_EQ(run.exit_code, 0) << run.err;

        core::WorkspaceSettings settings;
        settings.address = core::RoundAddress{round_, out_, where_->text()};
        settings.port = 0;
        settings.plugins = &plugins();
        server_ = std::make_unique<core::WorkspaceServer>(settings);
        auto port = server_->bind();
        ASSERT_TRUE(port) << core::render(port.error().message, true);
        port_ = *port;
        serving_ = std::thread([this] { server_->run(); });
        // Ready when it answers.
        for (int i = 0; i < 200; ++i) {
            if (client().Get("/assets/workspace.css")) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    void TearDown() override {
        if (server_) server_->stop();
        if (serving_.joinable()) serving_.join();
    }

    // The plugins, loaded once for the test process and never unloaded: LeakSanitizer's check at
    // exit stumbles over the thread-local storage of a library that was unloaded (dlclose) before.
    static const core::PluginHost& plugins() {
        static const auto* host = new core::PluginHost(std::vector<fs::path>{INSPRAAK_PLUGIN_DIR});
        return *host;
    }

    // Extra files for the round before it runs.
    virtual void prepare_round(const fs::path&) {}

    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port_);
        c.set_follow_location(false);
        return c;
    }

    // Opens a session through a fresh start link; returns its Cookie header value.
    std::string sign_in() {
        const std::string link = server_->start_link();
        const std::string path = link.substr(link.find('/', std::string("http://").size()));
        auto answer = client().Get(path.c_str());
        EXPECT_TRUE(answer);
        EXPECT_EQ(answer->status, 303);
        const std::string cookie = answer->get_header_value("Set-Cookie");
        return cookie.substr(0, cookie.find(';'));
    }

    httplib::Result get(const std::string& path, const std::string& cookie) const {
        return client().Get(path.c_str(), httplib::Headers{{"Cookie", cookie}});
    }
    httplib::Result post(const std::string& path, const std::string& cookie, const httplib::Params& form) const {
        return client().Post(path.c_str(), httplib::Headers{{"Cookie", cookie}}, form);
    }

    // The value of the first hidden field `name` in a page, HTML entities undone.
    static std::string hidden(const std::string& page, const std::string& name) {
        std::smatch m;
        if (!std::regex_search(page, m, std::regex("name=\"" + name + "\" value=\"([^\"]*)\""))) return {};
        std::string value = m[1];
        for (const auto& [entity, text] : {std::pair{"&quot;", "\""}, std::pair{"&apos;", "'"}, std::pair{"&lt;", "<"},
                                           std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}})
            for (size_t at; (at = value.find(entity)) != std::string::npos;) value.replace(at, std::string(entity).size(), text);
        return value;
    }

    core::RoundSession open_round(const std::string& who = "test") const {
        auto session = core::RoundSession::open(core::RoundAddress{round_, out_, where_->text()}, who);
        EXPECT_TRUE(session);
        return std::move(session.value());
    }

    std::unique_ptr<TestStore> where_;
    fs::path round_;
    fs::path out_;
    std::unique_ptr<core::WorkspaceServer> server_;
    std::thread serving_;
    int port_ = 0;
};

}  // namespace inspraak
