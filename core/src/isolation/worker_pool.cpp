#include "isolation/worker_pool.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/dll/runtime_symbol_info.hpp>
#include <cerrno>
#include <cstring>

#include "isolation/fd_io.hpp"

extern char** environ;

namespace inspraak::core {

// One running inspraak-parse-worker and the socket to it.
class WorkerProcess {
public:
    // Starts the worker; on failure `error` says why and the result is null.
    static std::unique_ptr<WorkerProcess> start(const WorkerSetup& setup, std::string& error) {
        if (setup.program.empty()) {
            error = "inspraak-parse-worker is not installed beside inspraak";
            return nullptr;
        }
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
            error = std::string("socketpair: ") + strerror(errno);
            return nullptr;
        }
        UniqueFd ours(pair[0]), theirs(pair[1]);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        // dup2 clears close-on-exec: the worker's standard input and output are its end.
        posix_spawn_file_actions_adddup2(&actions, theirs.get(), STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, theirs.get(), STDOUT_FILENO);
        std::vector<std::string> args{setup.program.string()};
        for (const auto& folder : setup.plugin_folders) args.push_back(folder.string());
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        // Default signal handling and no blocked signals, whatever the host (a server thread) has:
        // the worker must see its children end (SIGCHLD) and the clock's SIGKILL must count.
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t all, none;
        sigfillset(&all);
        sigemptyset(&none);
        posix_spawnattr_setsigdefault(&attributes, &all);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
        pid_t pid = 0;
        int failed = posix_spawn(&pid, args[0].c_str(), &actions, &attributes, argv.data(), environ);
        posix_spawnattr_destroy(&attributes);
        posix_spawn_file_actions_destroy(&actions);
        if (failed != 0) {
            error = args[0] + ": " + strerror(failed);
            return nullptr;
        }
        return std::unique_ptr<WorkerProcess>(new WorkerProcess(pid, std::move(ours)));
    }

    ~WorkerProcess() {
        socket_.reset();  // end of input: the worker leaves its loop and exits
        int status = 0;
        for (int waited = 0; waited < 100; ++waited) {
            pid_t done = waitpid(pid_, &status, WNOHANG);
            if (done == pid_ || (done < 0 && errno != EINTR)) return;
            usleep(10'000);
        }
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
    }

    // The answer, or nullopt when the worker stopped answering (it is then of no further use).
    std::optional<ParseAnswer> parse(const ParseRequest& request) {
        if (!write_all(socket_.get(), frame(encode(request)))) return std::nullopt;
        // The worker keeps the wall-clock limit itself; this margin is for a worker that hangs.
        const auto deadline = std::chrono::steady_clock::now() + request.limits.wall + std::chrono::seconds(30);
        auto payload = read_frame(socket_.get(), request.limits.memory_bytes + (uint64_t{1} << 20), deadline);
        if (!payload) return std::nullopt;
        try {
            return decode_answer(*payload);
        } catch (const WireError&) {
            return std::nullopt;
        }
    }

private:
    WorkerProcess(pid_t pid, UniqueFd socket) : pid_(pid), socket_(std::move(socket)) {}
    pid_t pid_;
    UniqueFd socket_;
};

WorkerPool::WorkerPool(WorkerSetup setup) : setup_(std::move(setup)) {}

WorkerPool::~WorkerPool() = default;

ParseAnswer WorkerPool::parse(const std::string& extension, const std::string& plugin, const SourceFile& file) const {
    std::unique_ptr<WorkerProcess> worker;
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            worker = std::move(idle_.back());
            idle_.pop_back();
        }
    }
    std::string error;
    if (!worker) worker = WorkerProcess::start(setup_, error);
    if (!worker) return ParseAnswer{ParseOutcome::worker_failed, "cannot start the parse worker: " + error, {}};
    std::optional<ParseAnswer> answer = worker->parse(ParseRequest{extension, plugin, file, setup_.limits});
    if (!answer) return ParseAnswer{ParseOutcome::worker_failed, "the parse worker stopped answering", {}};
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(worker));
    return std::move(*answer);
}

std::filesystem::path WorkerPool::find_program() {
    constexpr const char* name = "inspraak-parse-worker";
    std::vector<std::filesystem::path> candidates;
    boost::dll::fs::error_code ec;
    auto program = boost::dll::program_location(ec);
    if (!ec) {
        auto bin = std::filesystem::path(program.string()).parent_path();
        candidates.push_back(bin / name);
        candidates.push_back(bin.parent_path() / "bin" / name);           // tests: build/tests/... beside build/bin
        candidates.push_back(bin.parent_path() / "lib/inspraak" / name);  // installed prefix
    }
    candidates.push_back(std::filesystem::path(INSPRAAK_INSTALL_LIBEXEC_DIR) / name);
    for (const auto& candidate : candidates) {
        std::error_code fec;
        if (std::filesystem::is_regular_file(candidate, fec) && access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return {};
}

}  // namespace inspraak::core
