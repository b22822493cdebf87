#include "store/postgres/address.hpp"

#include "store/postgres/error.hpp"
#include "store/postgres/round_name.hpp"

#include <fmt/core.h>
#include <libpq-fe.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace inspraak::core::postgres {
namespace {

constexpr std::array<std::string_view, 2> schemes = {"postgresql://", "postgres://"};
constexpr std::string_view default_connect_timeout = "connect_timeout=10";

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// %XX as in URIs; a stray '%' stays as it is (a round name with one is refused anyway).
std::string percent_decoded(std::string_view text) {
    std::string decoded;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
            decoded += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
            i += 2;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// The password of postgresql://user:password@host..., percent-decoded as libpq reads it.
std::string password_of(std::string_view base, size_t scheme_length) {
    std::string_view authority = base.substr(scheme_length);
    authority = authority.substr(0, authority.find('/'));
    size_t at = authority.rfind('@');
    if (at == std::string_view::npos) return {};
    std::string_view user_info = authority.substr(0, at);
    size_t colon = user_info.find(':');
    return colon == std::string_view::npos ? std::string() : percent_decoded(user_info.substr(colon + 1));
}

using Options = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

// "user@host:port/database" from what libpq read, with libpq's defaults where the string is silent.
std::string server_name(const PQconninfoOption* options) {
    std::map<std::string, std::string, std::less<>> given;
    for (const auto* option = options; option->keyword; ++option)
        if (option->val && *option->val) given[option->keyword] = option->val;
    auto value = [&](std::string_view key, std::string fallback) {
        auto found = given.find(key);
        return found == given.end() ? fallback : found->second;
    };
    std::string user = value("user", "");
    std::string host = value("host", value("hostaddr", "localhost"));
    return fmt::format("{}{}:{}/{}", user.empty() ? "" : user + "@", host, value("port", "5432"),
                       value("dbname", user));
}

}  // namespace

PostgresAddress parse_postgres_address(std::string_view text) {
    PostgresAddress address;
    size_t scheme_length = 0;
    for (auto scheme : schemes)
        if (text.starts_with(scheme)) scheme_length = scheme.size();
    if (scheme_length == 0)
        throw PostgresError(ErrorKind::invalid, Message{"pg.address_form"});

    size_t question = text.find('?');
    std::string_view base = text.substr(0, question);
    address.password = password_of(base, scheme_length);

    std::optional<std::string> round;
    std::vector<std::string_view> kept;
    bool has_timeout = false;
    if (question != std::string_view::npos) {
        for (auto parameter : split(text.substr(question + 1), '&')) {
            if (parameter.empty()) continue;
            std::string_view key = parameter.substr(0, parameter.find('='));
            if (key == "round") {
                if (round) throw PostgresError(ErrorKind::invalid, Message{"pg.round_twice"});
                size_t equals = parameter.find('=');
                round = equals == std::string_view::npos ? std::string() : percent_decoded(parameter.substr(equals + 1));
                continue;
            }
            has_timeout = has_timeout || key == "connect_timeout";
            kept.push_back(parameter);
        }
    }
    if (!has_timeout) kept.push_back(default_connect_timeout);
    address.conninfo = std::string(base);
    for (size_t i = 0; i < kept.size(); ++i) {
        address.conninfo += i == 0 ? '?' : '&';
        address.conninfo += kept[i];
    }

    char* error = nullptr;
    Options options(PQconninfoParse(address.conninfo.c_str(), &error), &PQconninfoFree);
    if (!options) {
        std::string reason = error ? error : "out of memory";
        PQfreemem(error);
        throw PostgresError(ErrorKind::invalid, Message{"pg.address_unreadable", {one_line(reason, address)}});
    }
    address.server = server_name(options.get());

    if (round) {
        if (auto problem = round_name_problem(*round))
            throw PostgresError(ErrorKind::invalid, Message{"pg.round_name_refused", {describe(address, "")}, {*problem}});
        address.round = std::move(*round);
    }
    return address;
}

std::string describe(const PostgresAddress& address, std::string_view round) {
    return round.empty() ? fmt::format("PostgreSQL {}", address.server)
                         : fmt::format("PostgreSQL {}?round={}", address.server, round);
}

std::string one_line(std::string_view message, const PostgresAddress& address) {
    std::string line(message.substr(0, message.find('\n')));
    for (std::string_view prefix : {"ERROR:  ", "FATAL:  "})
        if (line.starts_with(prefix)) line.erase(0, prefix.size());
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.pop_back();
    if (!address.password.empty())
        for (size_t at = line.find(address.password); at != std::string::npos; at = line.find(address.password, at + 3))
            line.replace(at, address.password.size(), "***");
    return line;
}

}  // namespace inspraak::core::postgres
