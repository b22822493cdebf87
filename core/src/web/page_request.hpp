// One request to a page of the workspace, as a page handler sees it: the HTTP request and
// response, the officer's session, the language, and the ways a page answers (a rendered page, a
// redirect, an error page with the status an AppError's kind calls for).
#pragma once

#include <httplib.h>
#include <kainjow/mustache.hpp>

#include <string>
#include <string_view>

#include "app/app_error.hpp"
#include "web/sessions.hpp"

namespace inspraak::core {

class RoundSession;
struct WorkspaceSettings;

struct PageFrame {
    std::string title;
    std::string nav;     // which menu item is current: "overview", "points", "chapters", "mine", "publish"
    std::string notice;  // a line at the top ("3 punten goedgekeurd")
};

class PageRequest {
public:
    PageRequest(const httplib::Request& http, httplib::Response& response, WebSession session, bool english,
                const WorkspaceSettings& settings, std::string round_name, SessionRegistry& sessions);

    const httplib::Request& http() const { return http_; }
    httplib::Response& response() { return response_; }
    const WebSession& session() const { return session_; }
    bool english() const { return english_; }
    const WorkspaceSettings& settings() const { return settings_; }

    bool may_edit() const { return core::may_edit(session_.role); }
    bool may_administer() const { return core::may_administer(session_.role); }

    std::string_view label(std::string_view key) const;
    std::string text(const Message& message) const { return render(message, english_); }
    // A query or form field ("" when absent), and all values of a repeated one.
    std::string field(const std::string& name) const;
    std::vector<std::string> fields(const std::string& name) const;

    // Renders a template of web/assets with `data` (plus the labels as t, the CSRF token, whether
    // the officer may edit) and, for page(), puts it inside the layout.
    std::string fragment(std::string_view template_name, kainjow::mustache::data data) const;
    void page(std::string_view template_name, kainjow::mustache::data data, const PageFrame& frame, int status = 200);
    // 303 See Other to a path of the workspace, with an optional notice shown on the next page
    // (kept in the session, not in the address, so that no link can make the workspace say it).
    void redirect(const std::string& path, const std::string& notice = {});
    // A file to save, never to show: attachment, application/octet-stream (an original is a
    // stranger's file and may be HTML or worse). The name keeps letters, digits, . - _ only.
    void download(const std::string& name, const std::string& bytes);
    // An error page with the status for the error's kind (404, 400, 409, 500).
    void fail(const AppError& error);
    void fail(int status, const std::string& heading, const std::string& message);

    // Where to return after a form: the `back` field when it is a path of the workspace.
    std::string back_or(const std::string& fallback) const;

private:
    const httplib::Request& http_;
    httplib::Response& response_;
    WebSession session_;
    bool english_;
    const WorkspaceSettings& settings_;
    std::string round_name_;
    SessionRegistry& sessions_;
};

// Renders a template of web/assets with the given data as it is (no labels added): the layout,
// and fragments such as an SVG chart. Throws when the template is missing or broken (a bug).
std::string render_asset_template(std::string_view template_name, const kainjow::mustache::data& data);

// The labels of the workspace as a mustache object: {{t.key}}.
kainjow::mustache::data label_data(bool english);

// A path of the workspace that is safe to redirect to: starts with one "/", no scheme, no host.
bool is_local_path(std::string_view path);

}  // namespace inspraak::core
