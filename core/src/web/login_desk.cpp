#include "web/login_desk.hpp"

#include <fmt/core.h>
#include <openssl/crypto.h>

#include "app/accounts.hpp"

namespace inspraak::core {

namespace {
constexpr const char* login_cookie = "inspraak_login";
}

std::string cookie_value(const httplib::Request& request, const std::string& name) {
    const std::string header = request.get_header_value("Cookie");
    size_t start = 0;
    while (start < header.size()) {
        size_t end = header.find(';', start);
        if (end == std::string::npos) end = header.size();
        std::string pair = header.substr(start, end - start);
        const size_t first = pair.find_first_not_of(' ');
        if (first != std::string::npos) pair.erase(0, first);
        if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=')
            return pair.substr(name.size() + 1);
        start = end + 1;
    }
    return {};
}

bool same_secret(const std::string& a, const std::string& b) {
    return a.size() == b.size() && !a.empty() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

void LoginDesk::show(PageRequest& visitor, const std::string& error, const std::string& name, int status) {
    auto book = AccountBook::open(settings_.address, {});
    if (!book) return visitor.fail(book.error());
    auto accounts = book->count();
    if (!accounts) return visitor.fail(accounts.error());
    kainjow::mustache::data data;
    data.set("accounts", *accounts > 0);
    if (*accounts > 0) {
        const std::string token = random_token();
        visitor.response().set_header("Set-Cookie", std::string(login_cookie) + "=" + token +
                                                        "; Path=/login; HttpOnly; SameSite=Strict");
        data.set("login_csrf", token);
    }
    if (!error.empty()) data.set("error", error);
    data.set("name", name);
    visitor.page("login.mustache", data, PageFrame{std::string(visitor.label("login_title")), {}, {}}, status);
}

void LoginDesk::submit(PageRequest& visitor) {
    const httplib::Request& request = visitor.http();
    const std::string name = visitor.field("name");
    if (!same_secret(visitor.field("csrf"), cookie_value(request, login_cookie)))
        return show(visitor, std::string(visitor.label("error_csrf")), name, 403);
    const auto now = LoginThrottle::Clock::now();
    if (const auto wait = throttle_.wait_for(request.remote_addr, name, now); wait.count() > 0) {
        visitor.response().set_header("Retry-After", std::to_string(wait.count()));
        return show(visitor, fmt::format("{} {} s.", visitor.label("login_wait"), wait.count()), name, 429);
    }
    auto book = AccountBook::open(settings_.address, name);
    if (!book) return visitor.fail(book.error());
    auto account = book->verify(name, visitor.field("password"));
    if (!account) {
        if (account.error().kind != ErrorKind::invalid) return visitor.fail(account.error());
        throttle_.failed(request.remote_addr, name, now);
        return show(visitor, visitor.text(account.error().message), name, 401);
    }
    throttle_.succeeded(name);
    const WebSession session = sessions_.open(account->name, account->name, account->role);
    httplib::Response& response = visitor.response();
    response.set_header("Set-Cookie", std::string(session_cookie) + "=" + session.id + "; Path=/; HttpOnly; SameSite=Lax");
    response.set_header("Set-Cookie", std::string(login_cookie) + "=; Path=/login; HttpOnly; SameSite=Strict; Max-Age=0");
    response.status = 303;
    response.set_header("Location", "/");
}

}  // namespace inspraak::core
