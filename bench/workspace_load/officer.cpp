#include "officer.hpp"

#include <chrono>
#include <regex>
#include <utility>

namespace inspraak::load {
namespace {

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Answer answer_of(const httplib::Result& result, std::chrono::steady_clock::time_point start) {
    Answer answer;
    answer.ms = since(start);
    if (result) {
        answer.status = result->status;
        answer.body = result->body;
    }
    return answer;
}

// "name=value" of a Set-Cookie header that sets `name`, or "".
std::string cookie_from(const httplib::Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers)
        if (key == "Set-Cookie" && value.rfind(name + "=", 0) == 0) return value.substr(0, value.find(';'));
    return {};
}

}  // namespace

Officer::Officer(const std::string& host, int port) : client_(host, port) {
    client_.set_follow_location(false);
    client_.set_keep_alive(true);  // as a browser does
    client_.set_read_timeout(60);
    client_.set_write_timeout(60);
    client_.set_connection_timeout(5);
}

bool Officer::sign_in(const std::string& name, const std::string& password, std::string& why) {
    auto form = client_.Get("/login");
    if (!form || form->status != 200) {
        why = form ? "GET /login: " + std::to_string(form->status) : "GET /login: " + httplib::to_string(form.error());
        return false;
    }
    const std::string login_cookie = form->get_header_value("Set-Cookie").substr(0, form->get_header_value("Set-Cookie").find(';'));
    auto answer = client_.Post("/login", httplib::Headers{{"Cookie", login_cookie}},
                               httplib::Params{{"csrf", hidden_field(form->body, "csrf")}, {"name", name}, {"password", password}});
    if (!answer || answer->status != 303) {
        why = answer ? "POST /login: " + std::to_string(answer->status) : "POST /login: " + httplib::to_string(answer.error());
        return false;
    }
    cookie_ = cookie_from(*answer, "inspraak_session");
    name_ = name;
    if (cookie_.empty()) why = "POST /login: no session cookie";
    return !cookie_.empty();
}

Answer Officer::get(const std::string& path) {
    auto start = std::chrono::steady_clock::now();
    return answer_of(client_.Get(path.c_str(), httplib::Headers{{"Cookie", cookie_}}), start);
}

Answer Officer::post(const std::string& path, const httplib::Params& form) {
    auto start = std::chrono::steady_clock::now();
    return answer_of(client_.Post(path.c_str(), httplib::Headers{{"Cookie", cookie_}}, form), start);
}

std::string hidden_field(const std::string& page, const std::string& name) {
    std::smatch m;
    if (!std::regex_search(page, m, std::regex("name=\"" + name + "\" value=\"([^\"]*)\""))) return {};
    std::string value = m[1];
    for (const auto& [entity, text] : {std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&apos;", "'"},
                                       std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}})
        for (size_t at = 0; (at = value.find(entity, at)) != std::string::npos; ++at)
            value.replace(at, std::string(entity).size(), text);
    return value;
}

}  // namespace inspraak::load
