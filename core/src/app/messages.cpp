#include <fmt/args.h>
#include <fmt/core.h>
#include <fmt/format.h>

#include <map>
#include <string_view>

#include "app/app_error.hpp"
#include "app/message.hpp"

namespace inspraak::core {
namespace {

struct Texts {
    std::string_view dutch;
    std::string_view english;
};

// The catalogue: every message of the host, by key, in both languages. Keys are
// "<area>.<what>"; arguments fill the {} in order.
const std::map<std::string_view, Texts>& catalogue() {
    static const std::map<std::string_view, Texts> texts = {
        {"point.not_found", {"{}: punt niet gevonden", "{}: point not found"}},
        {"decision.conflict",
         {"{}: {} is intussen gewijzigd (was '{}', is nu '{}'); niets opgeslagen",
          "{}: {} changed in the meantime (was '{}', is now '{}'); nothing saved"}},
    };
    return texts;
}

}  // namespace

const char* to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::not_found: return "not_found";
        case ErrorKind::invalid: return "invalid";
        case ErrorKind::conflict: return "conflict";
        case ErrorKind::internal: return "internal";
    }
    return "internal";
}

std::string render(const Message& message, bool english) {
    auto it = catalogue().find(message.key);
    if (it == catalogue().end()) {
        std::string text = message.key;
        for (const auto& arg : message.args) text += " " + arg;
        return text;
    }
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const auto& arg : message.args) args.push_back(arg);
    try {
        return fmt::vformat(english ? it->second.english : it->second.dutch, args);
    } catch (const fmt::format_error&) {  // too few arguments for the text: say what there is
        std::string text(english ? it->second.english : it->second.dutch);
        for (const auto& arg : message.args) text += " " + arg;
        return text;
    }
}

}  // namespace inspraak::core
