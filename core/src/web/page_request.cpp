#include "web/page_request.hpp"

#include <cctype>
#include <stdexcept>

#include "web/labels.hpp"
#include "web/web_assets.hpp"
#include "web/workspace_settings.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

std::string render_asset_template(std::string_view template_name, const mustache::data& data) {
    const auto text = web_asset(template_name);
    if (!text) throw std::logic_error("workspace template missing: " + std::string(template_name));
    mustache::mustache tmpl{std::string(*text)};
    if (!tmpl.is_valid())
        throw std::logic_error("workspace template " + std::string(template_name) + ": " + tmpl.error_message());
    return tmpl.render(data);
}

mustache::data label_data(bool english) {
    mustache::data t;
    for (const WebLabel& label : web_labels())
        t.set(std::string(label.key), std::string(english ? label.english : label.dutch));
    return t;
}

bool is_local_path(std::string_view path) {
    return !path.empty() && path[0] == '/' && (path.size() == 1 || (path[1] != '/' && path[1] != '\\')) &&
           path.find("://") == std::string_view::npos && path.find_first_of("\r\n") == std::string_view::npos;
}

PageRequest::PageRequest(const httplib::Request& http, httplib::Response& response, WebSession session, bool english,
                         const WorkspaceSettings& settings, std::string round_name, SessionRegistry& sessions)
    : http_(http),
      response_(response),
      session_(std::move(session)),
      english_(english),
      settings_(settings),
      round_name_(std::move(round_name)),
      sessions_(sessions) {}

std::string_view PageRequest::label(std::string_view key) const { return web_label(key, english_); }

std::string PageRequest::field(const std::string& name) const {
    return http_.has_param(name) ? http_.get_param_value(name) : std::string{};
}

std::vector<std::string> PageRequest::fields(const std::string& name) const {
    std::vector<std::string> values;
    const auto range = http_.params.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) values.push_back(it->second);
    return values;
}

std::string PageRequest::fragment(std::string_view template_name, mustache::data data) const {
    data.set("t", label_data(english_));
    data.set("csrf", session_.csrf);
    data.set("may_edit", may_edit());
    data.set("may_publish", may_administer());
    return render_asset_template(template_name, data);
}

void PageRequest::page(std::string_view template_name, mustache::data data, const PageFrame& frame, int status) {
    mustache::data layout;
    layout.set("body", fragment(template_name, std::move(data)));
    layout.set("t", label_data(english_));
    layout.set("lang", english_ ? "en" : "nl");
    layout.set("other_lang", english_ ? "nl" : "en");
    layout.set("back", http_.path);
    layout.set("title", frame.title);
    layout.set("round_name", round_name_);
    const bool signed_in = !session_.id.empty();
    layout.set("signed_in", signed_in);
    layout.set("officer", session_.display);
    layout.set("role", std::string(label(session_.role == Role::beheerder   ? "role_beheerder"
                                         : session_.role == Role::redacteur ? "role_redacteur"
                                                                               : "role_lezer")));
    layout.set("csrf", session_.csrf);
    mustache::data nav;
    if (!frame.nav.empty()) nav.set(frame.nav, true);
    layout.set("nav", nav);
    std::string notice = frame.notice;
    if (signed_in && notice.empty()) notice = sessions_.take_notice(session_.id);
    if (!notice.empty()) layout.set("notice", notice);
    response_.status = status;
    response_.set_content(render_asset_template("layout.mustache", layout), "text/html; charset=utf-8");
}

void PageRequest::redirect(const std::string& path, const std::string& notice) {
    if (!notice.empty() && !session_.id.empty()) sessions_.set_notice(session_.id, notice);
    response_.status = 303;
    response_.set_header("Location", is_local_path(path) ? path : "/");
}

void PageRequest::download(const std::string& name, const std::string& bytes) {
    std::string safe_name;
    for (char c : name)
        safe_name += (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == '_') ? c : '_';
    response_.set_header("Content-Disposition", "attachment; filename=\"" + safe_name + "\"");
    response_.set_content(bytes, "application/octet-stream");
}

void PageRequest::fail(const AppError& error) {
    switch (error.kind) {
        case ErrorKind::not_found: return fail(404, std::string(label("error_not_found")), text(error.message));
        case ErrorKind::invalid: return fail(400, std::string(label("error_invalid")), text(error.message));
        case ErrorKind::conflict: return fail(409, std::string(label("conflict_title")), text(error.message));
        case ErrorKind::internal: return fail(500, std::string(label("error_internal")), text(error.message));
    }
}

void PageRequest::fail(int status, const std::string& heading, const std::string& message) {
    mustache::data data;
    data.set("heading", heading);
    data.set("message", message);
    page("error.mustache", data, PageFrame{heading, {}, {}}, status);
}

std::string PageRequest::back_or(const std::string& fallback) const {
    const std::string back = field("back");
    return is_local_path(back) ? back : fallback;
}

}  // namespace inspraak::core
