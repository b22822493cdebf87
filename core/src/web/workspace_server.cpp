#include "web/workspace_server.hpp"

#include <httplib.h>
#include <openssl/crypto.h>

#include <cstdlib>
#include <functional>
#include <regex>

#include "app/round_session_pool.hpp"
#include "web/pages.hpp"
#include "web/page_request.hpp"
#include "web/login_desk.hpp"
#include "web/sessions.hpp"
#include "web/stage_jobs.hpp"
#include "web/web_assets.hpp"

namespace inspraak::core {

namespace {

constexpr const char* language_cookie = "inspraak_lang";

// What a route asks of the officer's role.
enum class Need { read, edit, administer };

// Headers on every answer: no inline script or style, no framing, no guessing of content types,
// no address of the workspace leaking to another site.
void add_security_headers(httplib::Response& response) {
    response.set_header("Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    if (!response.has_header("Cache-Control")) response.set_header("Cache-Control", "no-store");
}

}  // namespace

bool is_loopback(const std::string& listen) {
    return listen == "localhost" || listen == "::1" || listen.rfind("127.", 0) == 0;
}

struct WorkspaceServer::Impl {
    WorkspaceSettings settings;
    httplib::Server http;
    SessionRegistry sessions;
    LoginDesk login{settings, sessions};
    StageJobs jobs{settings};
    std::string round_name;
    std::string local_officer;  // who a start link's session decides as: the audit log's name for it
    int port = 0;
    // A store kept open for each thread that serves requests, and round.json read once.
    RoundSessionPool rounds{settings.address, static_cast<size_t>(std::max(2, settings.threads))};

    explicit Impl(WorkspaceSettings s) : settings(std::move(s)) {}

    bool english(const httplib::Request& request) const {
        const std::string chosen = cookie_value(request, language_cookie);
        if (chosen == "en") return true;
        if (chosen == "nl") return false;
        return settings.english;
    }

    PageRequest anonymous(const httplib::Request& request, httplib::Response& response) {
        return PageRequest(request, response, WebSession{}, english(request), settings, round_name, sessions);
    }

    // Runs a page for a signed-in officer whose role allows it: a visitor without a session is
    // sent to the login page (GET) or refused (POST: 401); a change needs the session's CSRF token
    // and must not come from another origin.
    void serve(const httplib::Request& request, httplib::Response& response, Need need,
               const std::function<void(PageRequest&, RoundSession&)>& page) {
        auto session = sessions.find(cookie_value(request, session_cookie));
        if (!session) {
            if (request.method == "GET") {
                response.status = 303;
                response.set_header("Location", "/login");
                return;
            }
            PageRequest visitor = anonymous(request, response);
            return visitor.fail(401, std::string(visitor.label("error_forbidden")),
                                std::string(visitor.label("error_signed_out")));
        }
        PageRequest page_request(request, response, *session, english(request), settings, round_name, sessions);
        if (request.method == "POST") {
            const std::string origin = request.get_header_value("Origin");
            const bool foreign_origin =
                !origin.empty() && origin != "null" && origin != "http://" + request.get_header_value("Host");
            if (foreign_origin || !same_secret(page_request.field("csrf"), session->csrf))
                return page_request.fail(403, std::string(page_request.label("error_forbidden")),
                                         std::string(page_request.label("error_csrf")));
        }
        if ((need == Need::edit && !page_request.may_edit()) ||
            (need == Need::administer && !page_request.may_administer()))
            return page_request.fail(403, std::string(page_request.label("error_forbidden")),
                                     std::string(page_request.label("error_forbidden_role")));
        auto round = rounds.open(session->officer);
        if (!round) return page_request.fail(round.error());
        page(page_request, *round);
    }

    void route(const char* method, const std::string& pattern, Need need,
               std::function<void(PageRequest&, RoundSession&, const std::string&)> page) {
        auto handler = [this, need, page = std::move(page)](const httplib::Request& request, httplib::Response& response) {
            const std::string argument = request.matches.size() > 1 ? std::string(request.matches[1]) : std::string{};
            serve(request, response, need,
                  [&](PageRequest& page_request, RoundSession& round) { page(page_request, round, argument); });
        };
        if (std::string(method) == "GET")
            http.Get(pattern, handler);
        else
            http.Post(pattern, handler);
    }

    void add_routes() {
        http.Get(R"(/assets/([a-z]+\.(css|js)))", [](const httplib::Request& request, httplib::Response& response) {
            const std::string name = request.matches[1];
            const auto asset = web_asset(name);
            if (!asset) {
                response.status = 404;
                return;
            }
            response.set_header("Cache-Control", "no-cache");
            response.set_content(std::string(*asset), name.ends_with(".css") ? "text/css; charset=utf-8"
                                                                            : "text/javascript; charset=utf-8");
        });
        http.Get("/start", [this](const httplib::Request& request, httplib::Response& response) {
            if (!sessions.redeem_start_token(request.get_param_value("token"))) {
                response.status = 303;
                response.set_header("Location", "/login");
                return;
            }
            const WebSession session = sessions.open({}, local_officer, Role::beheerder);
            response.set_header("Set-Cookie", std::string(session_cookie) + "=" + session.id +
                                                  "; Path=/; HttpOnly; SameSite=Lax");
            response.status = 303;
            response.set_header("Location", "/");
        });
        http.Get("/login", [this](const httplib::Request& request, httplib::Response& response) {
            PageRequest visitor = anonymous(request, response);
            login.show(visitor);
        });
        http.Post("/login", [this](const httplib::Request& request, httplib::Response& response) {
            PageRequest visitor = anonymous(request, response);
            login.submit(visitor);
        });
        http.Post("/logout", [this](const httplib::Request& request, httplib::Response& response) {
            serve(request, response, Need::read, [&](PageRequest& page, RoundSession&) {
                sessions.close(page.session().id);
                response.set_header("Set-Cookie",
                                    std::string(session_cookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
                response.status = 303;
                response.set_header("Location", "/login");
            });
        });
        http.Get("/language", [](const httplib::Request& request, httplib::Response& response) {
            const std::string to = request.get_param_value("to") == "en" ? "en" : "nl";
            const std::string back = request.get_param_value("back");
            response.set_header("Set-Cookie", std::string(language_cookie) + "=" + to +
                                                  "; Path=/; SameSite=Lax; Max-Age=31536000");
            response.status = 303;
            response.set_header("Location", is_local_path(back) ? back : "/");
        });

        route("GET", "/", Need::read, [](PageRequest& p, RoundSession& r, const std::string&) { show_overview(p, r); });
        route("GET", "/points", Need::read, [](PageRequest& p, RoundSession& r, const std::string&) { show_points(p, r); });
        route("POST", "/points/bulk", Need::edit,
              [](PageRequest& p, RoundSession& r, const std::string&) { apply_bulk_action(p, r); });
        route("GET", R"(/points/([A-Za-z0-9._-]+)/original)", Need::read, download_original);
        route("GET", R"(/points/([A-Za-z0-9._-]+))", Need::read, show_point);
        route("POST", R"(/points/([A-Za-z0-9._-]+))", Need::edit, save_point);
        route("POST", R"(/points/([A-Za-z0-9._-]+)/redaction)", Need::edit, save_redaction);
        route("POST", R"(/points/([A-Za-z0-9._-]+)/change-link)", Need::edit, save_change_link);
        route("GET", "/mine", Need::read, [](PageRequest& p, RoundSession& r, const std::string&) { show_my_points(p, r); });
        route("GET", "/chapters", Need::read,
              [](PageRequest& p, RoundSession& r, const std::string&) { show_chapters(p, r); });
        route("GET", R"(/chapters/([A-Za-z0-9._-]+))", Need::read, show_chapter);
        route("GET", "/publish", Need::read, [](PageRequest& p, RoundSession& r, const std::string&) { show_publish(p, r); });
        route("POST", "/publish", Need::administer,
              [](PageRequest& p, RoundSession& r, const std::string&) { publish(p, r); });
        route("GET", R"(/download/([A-Za-z0-9._-]+))", Need::read, download_report);
        route("GET", "/jobs", Need::read, [this](PageRequest& p, RoundSession&, const std::string&) { show_jobs(p, jobs); });
        route("POST", "/jobs", Need::administer,
              [this](PageRequest& p, RoundSession& r, const std::string&) { start_job(p, jobs, r.who()); });
    }
};

WorkspaceServer::WorkspaceServer(WorkspaceSettings settings) : impl_(std::make_unique<Impl>(std::move(settings))) {
    Impl& impl = *impl_;
    const size_t threads = static_cast<size_t>(std::max(2, impl.settings.threads));
    impl.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    impl.http.set_payload_max_length(4 * 1024 * 1024);  // forms only: a reaction, a few hundred point ids
    impl.http.set_read_timeout(30);
    impl.http.set_write_timeout(30);
    impl.http.set_post_routing_handler([](const httplib::Request&, httplib::Response& response) {
        add_security_headers(response);
    });
    // A path no route knows: the error page (in the officer's language), not an empty answer.
    impl.http.set_error_handler([&impl](const httplib::Request& request, httplib::Response& response) {
        if (response.status != 404 || !response.body.empty()) return;
        PageRequest page = impl.anonymous(request, response);
        page.fail(404, std::string(page.label("error_not_found")), std::string(page.label("error_no_such_page")));
    });
    impl.http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        response.status = 500;
        response.set_content("500", "text/plain; charset=utf-8");
    });
    impl.add_routes();
}

WorkspaceServer::~WorkspaceServer() = default;

AppResult<int> WorkspaceServer::bind() {
    Impl& impl = *impl_;
    {
        auto round = impl.rounds.open({});
        if (!round) return round.error();
        impl.round_name = round->round().name;
        impl.local_officer = round->who();
    }
    if (!is_loopback(impl.settings.listen)) {
        auto book = AccountBook::open(impl.settings.address, {});
        if (!book) return book.error();
        auto accounts = book->count();
        if (!accounts) return accounts.error();
        if (*accounts == 0) return invalid_error("serve.accounts_required", {impl.settings.listen});
    }
    if (impl.settings.port == 0) {
        impl.port = impl.http.bind_to_any_port(impl.settings.listen);
        if (impl.port <= 0)
            return invalid_error("serve.cannot_listen", {impl.settings.listen, "0"});
    } else {
        if (!impl.http.bind_to_port(impl.settings.listen, impl.settings.port))
            return AppError{ErrorKind::invalid,
                            Message{"serve.cannot_listen", {impl.settings.listen, std::to_string(impl.settings.port)}}};
        impl.port = impl.settings.port;
    }
    return impl.port;
}

std::string WorkspaceServer::start_link() {
    const std::string host = impl_->settings.listen.find(':') != std::string::npos ? "[" + impl_->settings.listen + "]"
                                                                                   : impl_->settings.listen;
    const std::string base = "http://" + host + ":" + std::to_string(impl_->port);
    // Elsewhere than on loopback, officers sign in with their accounts: no link opens a session.
    if (!is_loopback(impl_->settings.listen)) return base + "/login";
    return base + "/start?token=" + impl_->sessions.issue_start_token();
}

void WorkspaceServer::run() { impl_->http.listen_after_bind(); }

void WorkspaceServer::stop() { impl_->http.stop(); }

}  // namespace inspraak::core
