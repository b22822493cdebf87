#include "isolation/parse_worker.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>

#include "host/plugin_host.hpp"
#include "isolation/fd_io.hpp"
#include "isolation/sandbox.hpp"

namespace inspraak::core {
namespace {

using Clock = std::chrono::steady_clock;

// A sandboxed child reads files until it has read this many, or its memory has grown past half
// the limit: what a parser leaks does not add up to a failure blamed on an innocent file.
constexpr int files_per_child = 500;

ParseAnswer parse_here(const PluginHost& host, const ParseRequest& request) {
    ParseAnswer answer;
    auto ingester = host.ingester_for(request.extension);
    if (!ingester || host.ingester_name_for(request.extension) != request.plugin) {
        answer.detail = "no plugin '" + request.plugin + "' for ." + request.extension;
        return answer;
    }
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
    return answer;
}

// The child: enters the sandbox, then reads requests and answers them until its input closes.
// It ends without running anything of the parent's (no destructors, no atexit handlers, no leak
// check of a copy of the parent's heap).
[[noreturn]] void child_loop(const PluginHost& host, const ParseLimits& limits, int requests, int answers) {
    // Nothing but answers leave the child: its standard input and output are the worker's socket
    // to the host, and what a parser (or a library it uses) prints on standard error would break
    // the host's one line per problem. INSPRAAK_PARSE_STDERR=1 keeps it, for debugging.
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    const char* keep_stderr = getenv("INSPRAAK_PARSE_STDERR");
    if (!keep_stderr || std::string_view(keep_stderr) != "1") dup2(null, STDERR_FILENO);
    if (std::string failed = enter_sandbox(limits); !failed.empty()) {
        write_all(answers, frame(encode(ParseAnswer{ParseOutcome::worker_failed, "sandbox: " + failed, {}})));
        _exit(1);
    }
    for (;;) {
        auto header = read_exactly(requests, frame_header_size);
        if (!header) _exit(0);
        std::optional<std::string> payload;
        try {
            payload = read_exactly(requests, frame_length(*header, uint64_t{4} << 30));
        } catch (const WireError&) {
        }
        if (!payload) _exit(2);
        ParseRequest request;
        try {
            request = decode_request(*payload);
        } catch (const WireError&) {
            _exit(2);
        }
        if (!write_all(answers, frame(encode(parse_here(host, request))))) _exit(1);
    }
}

// From /proc/PID: resident memory in bytes and processor time in seconds (user and system), 0
// when it cannot be read.
size_t resident_bytes(pid_t pid) {
    std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
    size_t pages = 0, resident = 0;
    if (!(statm >> pages >> resident)) return 0;
    return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Rounded up, so that a file never gets less than its allowance.
long processor_seconds(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    // Fields after the command (which may hold spaces) in parentheses; utime and stime are the
    // 14th and 15th, the 12th and 13th after it.
    const size_t close = line.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int i = 0; i < 11 && rest >> field; ++i) {
    }
    rest >> utime >> stime;
    const auto ticks = static_cast<unsigned long long>(sysconf(_SC_CLK_TCK));
    return static_cast<long>((utime + stime + ticks - 1) / ticks);
}

ParseAnswer ended(ParseOutcome outcome, std::string detail = {}) { return ParseAnswer{outcome, std::move(detail), {}}; }

// One sandboxed child of the worker, and the pipes to it.
class SandboxedChild {
public:
    SandboxedChild(const PluginHost& host, const ParseLimits& limits) : limits_(limits) {
        int down[2], up[2];
        if (pipe2(down, O_CLOEXEC) != 0 || pipe2(up, O_CLOEXEC) != 0) return;
        UniqueFd down_read(down[0]), down_write(down[1]), up_read(up[0]), up_write(up[1]);
        pid_ = fork();
        if (pid_ == 0) child_loop(host, limits, down_read.get(), up_write.get());
        if (pid_ < 0) return;
        requests_ = std::move(down_write);
        answers_ = std::move(up_read);
    }
    ~SandboxedChild() {
        if (pid_ <= 0) return;
        if (!ended_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    SandboxedChild(const SandboxedChild&) = delete;
    SandboxedChild& operator=(const SandboxedChild&) = delete;

    bool started() const { return pid_ > 0; }
    const ParseLimits& limits() const { return limits_; }
    int files_read() const { return files_read_; }
    // Fit for another file: alive, not worn out, its memory not grown past half the limit.
    bool fit() const {
        return !ended_ && files_read_ < files_per_child && resident_bytes(pid_) < limits_.memory_bytes / 2;
    }

    // Parses one request. An answer that is not a plugin's own (a crash, a limit, a garbled
    // answer) leaves the child ended.
    ParseAnswer parse(const ParseRequest& request) {
        const auto deadline = Clock::now() + request.limits.wall;
        // Processor time counts per file: the soft limit is moved to what the child used so far
        // plus the allowance (the hard limit is left open; the sandbox keeps the child from
        // raising either).
        const long used = processor_seconds(pid_);
        rlimit cpu{};
        prlimit(pid_, RLIMIT_CPU, nullptr, &cpu);
        cpu.rlim_cur = std::min(static_cast<rlim_t>(used + request.limits.cpu.count()), cpu.rlim_max);
        prlimit(pid_, RLIMIT_CPU, &cpu, nullptr);
        if (!write_all(requests_.get(), frame(encode(request)))) return finish(Killed::no, used);

        std::string bytes;
        Killed killed = Killed::no;
        char buffer[1 << 16];
        auto next_look = Clock::now();
        for (;;) {
            if (bytes.size() >= frame_header_size) {
                uint64_t size = 0;
                try {
                    size = frame_length(std::string_view(bytes).substr(0, frame_header_size), limits_.memory_bytes);
                } catch (const WireError&) {
                    killed = Killed::memory;  // an answer larger than the memory the child may have
                    break;
                }
                if (bytes.size() == frame_header_size + size) {
                    ++files_read_;
                    try {
                        return decode_answer(std::string_view(bytes).substr(frame_header_size));
                    } catch (const WireError& e) {
                        ended_ = true;
                        kill(pid_, SIGKILL);
                        waitpid(pid_, nullptr, 0);
                        return ended(ParseOutcome::worker_failed, std::string("garbled answer: ") + e.what());
                    }
                }
            }
            const auto now = Clock::now();
            if (now >= deadline) {
                killed = Killed::timeout;
                break;
            }
            // Resident memory is looked at every 50 ms: the address-space limit stops most floods
            // at once, this stops the rest (and all of them in a build with AddressSanitizer).
            if (now >= next_look) {
                next_look = now + std::chrono::milliseconds(50);
                if (resident_bytes(pid_) > limits_.memory_bytes) {
                    killed = Killed::memory;
                    break;
                }
            }
            pollfd p{answers_.get(), POLLIN, 0};
            int ready = poll(&p, 1, 50);
            if (ready < 0 && errno != EINTR) break;
            if (ready <= 0) continue;
            const size_t wanted = bytes.size() < frame_header_size ? frame_header_size - bytes.size() : sizeof buffer;
            ssize_t n = read(answers_.get(), buffer, std::min(wanted, sizeof buffer));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;  // the child closed its end: it died
            bytes.append(buffer, static_cast<size_t>(n));
        }
        return finish(killed, used);
    }

private:
    enum class Killed { no, timeout, memory };

    // The child is gone or going: how it ended, as an answer.
    ParseAnswer finish(Killed killed, long cpu_before) {
        ended_ = true;
        if (killed != Killed::no) kill(pid_, SIGKILL);
        int status = 0;
        rusage usage{};
        while (wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
        }
        const long cpu_used = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec - cpu_before;
        const auto cpu_seconds = std::to_string(limits_.cpu.count());
        const auto memory_mib = std::to_string(limits_.memory_bytes >> 20);
        if (killed == Killed::timeout) return ended(ParseOutcome::timeout, std::to_string(limits_.wall.count()));
        if (killed == Killed::memory) return ended(ParseOutcome::memory_limit, memory_mib);
        if (WIFSIGNALED(status)) {
            int signal = WTERMSIG(status);
            // SIGXCPU at the soft limit; SIGKILL only when something else (the kernel) ended it.
            if (signal == SIGXCPU || (signal == SIGKILL && cpu_used >= limits_.cpu.count()))
                return ended(ParseOutcome::cpu_limit, cpu_seconds);
            const char* name = sigabbrev_np(signal);
            return ended(ParseOutcome::crashed, name ? std::string("SIG") + name : std::to_string(signal));
        }
        if (WIFEXITED(status) && WEXITSTATUS(status) == out_of_memory_exit)
            return ended(ParseOutcome::memory_limit, memory_mib);
        return ended(ParseOutcome::worker_failed,
                     "the parsing process ended with status " + std::to_string(WEXITSTATUS(status)));
    }

    pid_t pid_ = -1;
    ParseLimits limits_;
    UniqueFd requests_, answers_;
    int files_read_ = 0;
    bool ended_ = false;
};

bool same_limits(const ParseLimits& a, const ParseLimits& b) {
    return a.cpu == b.cpu && a.wall == b.wall && a.memory_bytes == b.memory_bytes;
}

bool the_childs_own_answer(ParseOutcome outcome) {
    return outcome == ParseOutcome::read || outcome == ParseOutcome::plugin_error || outcome == ParseOutcome::plugin_threw;
}

}  // namespace

// The worker's children: one at a time, kept for the next file while it is fit.
struct ParseWorker::Children {
    std::unique_ptr<SandboxedChild> current;
};

ParseWorker::ParseWorker(const PluginHost& host) : host_(host), children_(std::make_unique<Children>()) {}

ParseWorker::~ParseWorker() = default;

ParseAnswer ParseWorker::parse(const ParseRequest& request) {
    auto& current = children_->current;
    if (current && (!current->fit() || !same_limits(current->limits(), request.limits))) current.reset();
    const bool reused = current != nullptr;
    if (!current) current = std::make_unique<SandboxedChild>(host_, request.limits);
    if (!current->started()) {
        current.reset();
        return ended(ParseOutcome::worker_failed, std::string("fork: ") + strerror(errno));
    }
    ParseAnswer answer = current->parse(request);
    if (the_childs_own_answer(answer.outcome)) return answer;
    current.reset();
    // A child that read other files before may have failed because of them (a leak, a corrupted
    // heap): the file is tried once more in a fresh child, and only that verdict counts.
    if (reused) return parse(request);
    return answer;
}

int serve_parse_requests(const PluginHost& host, int in, int out) {
    constexpr uint64_t max_request = uint64_t{4} << 30;
    ParseWorker worker(host);
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
        if (!write_all(out, frame(encode(worker.parse(request))))) return 1;
    }
}

}  // namespace inspraak::core
