// Runs the real inspraak binary as a user would and captures its exit code and output.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace inspraak {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string shell_quote(const std::string& s) {
    std::string quoted = "'";
    for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Runs `binary args...` with stdin from `input` (a file), in `cwd` when given.
inline CommandResult run_command_reading(const std::string& binary, const std::vector<std::string>& args,
                                         const std::filesystem::path& scratch, const std::filesystem::path& input,
                                         const std::filesystem::path& cwd = {}) {
    std::string command;
    if (!cwd.empty()) command += "cd " + shell_quote(cwd.string()) + " && ";
    command += shell_quote(binary);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    auto out_file = scratch / "stdout.txt";
    auto err_file = scratch / "stderr.txt";
    command += " <" + shell_quote(input.string()) + " >" + shell_quote(out_file.string()) + " 2>" + shell_quote(err_file.string());
    int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = slurp(out_file);
    result.err = slurp(err_file);
    return result;
}

// Runs `binary args...` with stdin from /dev/null, in `cwd` when given.
inline CommandResult run_command(const std::string& binary, const std::vector<std::string>& args,
                                 const std::filesystem::path& scratch, const std::filesystem::path& cwd = {}) {
    return run_command_reading(binary, args, scratch, "/dev/null", cwd);
}

// Runs `binary args...` with `input` on its stdin, in `cwd` when given.
inline CommandResult run_command_with_input(const std::string& binary, const std::vector<std::string>& args,
                                            const std::filesystem::path& scratch, const std::string& input,
                                            const std::filesystem::path& cwd = {}) {
    const auto in_file = scratch / "stdin.txt";
    std::ofstream(in_file, std::ios::binary) << input;
    return run_command_reading(binary, args, scratch, in_file, cwd);
}

}  // namespace inspraak
