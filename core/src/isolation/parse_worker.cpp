#include "isolation/parse_worker.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string_view>
#include <fstream>

#include "host/plugin_host.hpp"
#include "isolation/fd_io.hpp"
#include "isolation/sandbox.hpp"

namespace inspraak::core {
namespace {

using Clock = std::chrono::steady_clock;

// What the child does: parse inside the sandbox, send the answer, end without running anything
// of the parent's (no destructors, no atexit, no leak check of a copy of the parent's heap).
[[noreturn]] void child(const PluginHost& host, const ParseRequest& request, int answer_fd) {
    // Nothing but the answer leaves the child: its standard input and output are the worker's
    // socket to the host, and what a parser (or a library it uses) prints on standard error
    // would break the host's one line per problem. INSPRAAK_PARSE_STDERR=1 keeps it, for debugging.
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    const char* keep_stderr = getenv("INSPRAAK_PARSE_STDERR");
    if (!keep_stderr || std::string_view(keep_stderr) != "1") dup2(null, STDERR_FILENO);
    ParseAnswer answer;
    if (std::string failed = enter_sandbox(request.limits); !failed.empty()) {
        answer.detail = "sandbox: " + failed;
    } else if (auto ingester = host.ingester_for(request.extension);
               !ingester || host.ingester_name_for(request.extension) != request.plugin) {
        answer.detail = "no plugin '" + request.plugin + "' for ." + request.extension;
    } else {
        try {
            Result<IngestResult> result = ingester->read(request.file);
            if (result) {
                answer.outcome = ParseOutcome::read;
                answer.result = std::move(result).value();
            } else {
                answer.outcome = ParseOutcome::plugin_error;
                answer.detail = result.error().message;
            }
        } catch (...) {
            answer.outcome = ParseOutcome::plugin_threw;
        }
    }
    _exit(write_all(answer_fd, encode(answer)) ? 0 : 1);
}

// Resident memory of a process in bytes, 0 when it cannot be read.
size_t resident_bytes(pid_t pid) {
    std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
    size_t pages = 0, resident = 0;
    if (!(statm >> pages >> resident)) return 0;
    return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

ParseAnswer failed(std::string detail) { return ParseAnswer{ParseOutcome::worker_failed, std::move(detail), {}}; }

ParseAnswer ended(ParseOutcome outcome, std::string detail = {}) { return ParseAnswer{outcome, std::move(detail), {}}; }

}  // namespace

ParseAnswer parse_in_child(const PluginHost& host, const ParseRequest& request) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return failed(std::string("pipe: ") + strerror(errno));
    UniqueFd read_end(fds[0]), write_end(fds[1]);
    pid_t pid = fork();
    if (pid < 0) return failed(std::string("fork: ") + strerror(errno));
    if (pid == 0) {
        read_end.release();
        child(host, request, write_end.get());
    }
    write_end.reset();

    // Read the answer while watching the child's clock and memory.
    const auto deadline = Clock::now() + request.limits.wall;
    std::string answer_bytes;
    enum class Killed { no, timeout, memory } killed = Killed::no;
    char buffer[1 << 16];
    auto next_look = Clock::now();
    for (;;) {
        const auto now = Clock::now();
        if (now >= deadline) {
            killed = Killed::timeout;
            break;
        }
        // Resident memory is looked at every 50 ms: the address-space limit stops most floods at
        // once, this stops the rest (and all of them in a build with AddressSanitizer).
        if (now >= next_look) {
            next_look = now + std::chrono::milliseconds(50);
            if (resident_bytes(pid) > request.limits.memory_bytes) {
                killed = Killed::memory;
                break;
            }
        }
        if (answer_bytes.size() > request.limits.memory_bytes) {
            killed = Killed::memory;
            break;
        }
        pollfd p{read_end.get(), POLLIN, 0};
        int ready = poll(&p, 1, 50);
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        ssize_t n = read(read_end.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // the child closed its end: it has answered or died
        answer_bytes.append(buffer, static_cast<size_t>(n));
    }
    if (killed != Killed::no) kill(pid, SIGKILL);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    const auto cpu_used = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec;

    const auto cpu_seconds = std::to_string(request.limits.cpu.count());
    const auto memory_mib = std::to_string(request.limits.memory_bytes >> 20);
    if (killed == Killed::timeout) return ended(ParseOutcome::timeout, std::to_string(request.limits.wall.count()));
    if (killed == Killed::memory) return ended(ParseOutcome::memory_limit, memory_mib);
    if (WIFSIGNALED(status)) {
        int signal = WTERMSIG(status);
        // SIGXCPU at the soft limit, SIGKILL at the hard one a second later.
        if (signal == SIGXCPU || (signal == SIGKILL && cpu_used >= request.limits.cpu.count()))
            return ended(ParseOutcome::cpu_limit, cpu_seconds);
        const char* name = sigabbrev_np(signal);
        return ended(ParseOutcome::crashed, name ? std::string("SIG") + name : std::to_string(signal));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == out_of_memory_exit)
        return ended(ParseOutcome::memory_limit, memory_mib);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return failed("the parsing process ended with status " + std::to_string(WEXITSTATUS(status)));
    try {
        return decode_answer(answer_bytes);
    } catch (const WireError& e) {
        return failed(std::string("garbled answer: ") + e.what());
    }
}

int serve_parse_requests(const PluginHost& host, int in, int out) {
    constexpr uint64_t max_request = uint64_t{4} << 30;
    for (;;) {
        auto header = read_exactly(in, frame_header_size);
        if (!header) return 0;  // the host closed: done
        ParseRequest request;
        try {
            auto payload = read_exactly(in, frame_length(*header, max_request));
            if (!payload) return 2;
            request = decode_request(*payload);
        } catch (const WireError&) {
            return 2;
        }
        if (!write_all(out, frame(encode(parse_in_child(host, request))))) return 1;
    }
}

}  // namespace inspraak::core
