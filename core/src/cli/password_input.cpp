#include "cli/password_input.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace inspraak::core {
namespace {

// One line without its line ending; nullopt at the end of the input.
std::optional<std::string> read_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Asks on stderr (stdout may be piped) and reads one line with the terminal's echo off.
std::optional<std::string> ask_without_echo(const std::string& prompt) {
    std::cerr << prompt << std::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto line = read_line();
    if (terminal) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << '\n';
    return line;
}

}  // namespace

PasswordInput read_password(const UiLanguage& t) {
    if (isatty(STDIN_FILENO) == 0) {
        auto line = read_line();
        if (!line) return {std::nullopt, Message{"cli.user.no_password"}};
        return {std::move(line), {}};
    }
    auto first = ask_without_echo(t("Wachtwoord: ", "Password: "));
    if (!first) return {std::nullopt, Message{"cli.user.no_password"}};
    auto second = ask_without_echo(t("Nogmaals: ", "Again: "));
    if (!second || *second != *first) return {std::nullopt, Message{"cli.user.passwords_differ"}};
    return {std::move(first), {}};
}

}  // namespace inspraak::core
