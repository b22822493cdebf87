#include "store/postgres/client_tools.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "store/store_error.hpp"

extern char** environ;

namespace inspraak::core::postgres {
namespace {

std::string quoted_value(const std::string& value) {
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

// The first line of what the program wrote to stderr, without its "pg_dump: error: " prefix.
std::string first_error_line(const std::string& output, const std::string& program, const PostgresAddress& address) {
    std::string line = one_line(output, address);
    for (const std::string& prefix : {program + ": error: ", program + ": "})
        if (line.starts_with(prefix)) line.erase(0, prefix.size());
    return line;
}

}  // namespace

std::string client_conninfo(const PostgresAddress& address) {
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(address.conninfo.c_str(), nullptr),
                                                                        &PQconninfoFree);
    std::string conninfo;
    if (!options) return conninfo;  // parse_postgres_address read it before: cannot happen
    for (const auto* option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val || std::strcmp(option->keyword, "password") == 0) continue;
        if (!conninfo.empty()) conninfo += ' ';
        conninfo += std::string(option->keyword) + "=" + quoted_value(option->val);
    }
    return conninfo;
}

void run_client_tool(const std::string& program, const std::vector<std::string>& args, const PostgresAddress& address,
                     const std::filesystem::path& file) {
    std::vector<std::string> environment;
    for (char** entry = environ; *entry; ++entry)
        if (!address.password.empty() && std::strncmp(*entry, "PGPASSWORD=", 11) == 0) continue;
        else environment.emplace_back(*entry);
    if (!address.password.empty()) environment.push_back("PGPASSWORD=" + address.password);
    std::vector<char*> envp;
    for (auto& entry : environment) envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> command{program};
    command.insert(command.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : command) argv.push_back(arg.data());
    argv.push_back(nullptr);

    int errors[2];
    if (pipe2(errors, O_CLOEXEC) != 0)
        throw StoreError(ErrorKind::internal, Message{"backup.tool_failed", {file.string(), program, std::strerror(errno)}});
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2);
    pid_t child = 0;
    int spawned = posix_spawnp(&child, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(errors[1]);
    std::string output;
    char buffer[4096];
    for (ssize_t got; spawned == 0 && (got = read(errors[0], buffer, sizeof buffer)) != 0;) {
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) break;
        output.append(buffer, static_cast<size_t>(got));
    }
    close(errors[0]);
    if (spawned != 0)
        throw StoreError(ErrorKind::internal, Message{"backup.tool_missing", {file.string(), program, std::strerror(spawned)}});
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return;
    std::string reason = first_error_line(output, program, address);
    if (reason.empty()) reason = WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status)) : "killed";
    throw StoreError(ErrorKind::internal, Message{"backup.tool_failed", {file.string(), program, reason}});
}

}  // namespace inspraak::core::postgres
