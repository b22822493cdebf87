// Reading a password for `inspraak user add/password`: never from the command line (where other
// users see it in the process list and it stays in the shell's history), always from standard
// input. On a terminal: asked twice without echo; otherwise one line (a pipe, a file).
#pragma once

#include <optional>
#include <string>

#include "app/message.hpp"
#include "cli/ui_language.hpp"

namespace inspraak::core {

struct PasswordInput {
    std::optional<std::string> password;  // nullopt: `error` says why
    Message error;
};

PasswordInput read_password(const UiLanguage& t);

}  // namespace inspraak::core
