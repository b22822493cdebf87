// inspraak_workspace_load: officers working in `inspraak serve` at once, then a check that every
// write the server acknowledged is in the store with its audit entry. See bench/README.md.
//
//   inspraak_workspace_load --port P --store LOCATION --users NAME --password PW [--sessions 20]
//       [--seconds 120] [--server-pid PID] [--kill-after S] [--acks FILE] [--seed N]
//   inspraak_workspace_load --check-only --store LOCATION --acks FILE
//
// The accounts are NAME01, NAME02, ... (redacteur), all with the password PW. --kill-after sends
// SIGKILL to --server-pid that many seconds in, while the officers write; the answers that stop
// coming then are no errors. Exit 0 when there was no error answer and every acknowledged write
// is in the store; 1 otherwise; 2 for a bad command line.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <random>
#include <thread>

#include "ack_check.hpp"
#include "store/store.hpp"
#include "workload.hpp"

namespace {

using namespace inspraak::load;

struct Options {
    int port = 0;
    std::string host = "127.0.0.1";
    std::string store;
    std::string users = "load";
    std::string password;
    int sessions = 20;
    double seconds = 120;
    int server_pid = 0;
    double kill_after = 0;
    std::string acks = "acks.tsv";
    unsigned seed = 1;
    bool check_only = false;
};

std::vector<std::string> all_points(const std::string& store) {
    inspraak::core::Store opened = inspraak::core::Store::open(inspraak::core::StoreLocation::parse(store));
    inspraak::core::PointQuery query;
    query.limit = 0;
    return opened.find_point_ids(query);
}

int check(const Options& options) {
    auto acks = read_acks(options.acks);
    auto result = check_acks(options.store, acks);
    fmt::print("check: {} acknowledged writes, {} without their audit entry, {} points whose stored value is not "
               "their newest audit entry\n",
               result.checked, result.missing, result.inconsistent);
    for (const auto& sample : result.samples) fmt::print("  {}\n", sample);
    return result.missing == 0 && result.inconsistent == 0 ? 0 : 1;
}

void print_figures(const Figures& figures, double seconds, const std::vector<long>& rss, size_t acks) {
    const size_t requests = figures.reads.count() + figures.writes.count();
    fmt::print("requests: {} in {:.1f} s = {:.1f} requests/s ({} reads, {} writes)\n", requests, seconds,
               static_cast<double>(requests) / seconds, figures.reads.count(), figures.writes.count());
    for (const auto& [name, latencies] : {std::pair{"reads", &figures.reads}, std::pair{"writes", &figures.writes}})
        fmt::print("{:<6} latency ms: p50 {:.1f}  p95 {:.1f}  p99 {:.1f}  max {:.1f}\n", name, latencies->percentile(50),
                   latencies->percentile(95), latencies->percentile(99), latencies->percentile(100));
    for (int kind = 0; kind < static_cast<int>(Kind::count); ++kind) {
        const Latencies& latencies = figures.by_kind[kind];
        if (latencies.count() == 0) continue;
        fmt::print("  {:<18} {:>5} requests, ms: p50 {:.1f}  p99 {:.1f}  max {:.1f}\n", kind_name(static_cast<Kind>(kind)),
                   latencies.count(), latencies.percentile(50), latencies.percentile(99), latencies.percentile(100));
    }
    fmt::print("acknowledged writes: {}; conflicts (409): {}; errors: {}\n", acks, figures.conflicts.load(),
               figures.errors.load());
    for (const auto& sample : figures.error_samples) fmt::print("  error: {}\n", sample);
    if (figures.refused_after_kill > 0) fmt::print("no answer after the kill: {} requests\n", figures.refused_after_kill.load());
    if (!rss.empty()) {
        const auto [low, high] = std::minmax_element(rss.begin(), rss.end());
        fmt::print("server RSS kB: start {}, end {}, min {}, max {} ({} samples)\n", rss.front(), rss.back(), *low, *high,
                   rss.size());
    }
}

int run(const Options& options) {
    const auto points = all_points(options.store);
    if (points.empty()) {
        std::cerr << "inspraak_workspace_load: the round has no points\n";
        return 1;
    }
    std::vector<std::unique_ptr<Officer>> officers;
    for (int i = 1; i <= options.sessions; ++i) {
        auto officer = std::make_unique<Officer>(options.host, options.port);
        std::string why;
        const std::string name = fmt::format("{}{:02}", options.users, i);
        if (!officer->sign_in(name, options.password, why)) {
            std::cerr << "inspraak_workspace_load: " << name << " cannot sign in: " << why << '\n';
            return 1;
        }
        officers.push_back(std::move(officer));
    }

    std::atomic<bool> stop{false};
    std::atomic<bool> killed{false};
    AckLog acks(options.acks);
    Figures figures;
    Workload work;
    work.points = points;
    std::mt19937 rng(options.seed);
    for (int i = 0; i < 40; ++i) work.hot.push_back(points[rng() % points.size()]);
    work.tag = fmt::format("{}{}", options.seed, std::chrono::system_clock::now().time_since_epoch().count() % 100000000);
    work.stop = &stop;
    work.server_killed = &killed;
    work.acks = &acks;
    work.figures = &figures;

    std::unique_ptr<MemorySampler> memory;
    if (options.server_pid > 0) memory = std::make_unique<MemorySampler>(options.server_pid, 1000);
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (size_t i = 0; i < officers.size(); ++i)
        threads.emplace_back([&, i] { run_officer(*officers[i], work, options.seed * 1000 + static_cast<unsigned>(i)); });
    if (options.kill_after > 0 && options.kill_after < options.seconds) {
        std::this_thread::sleep_for(std::chrono::duration<double>(options.kill_after));
        killed = true;
        ::kill(options.server_pid, SIGKILL);
        fmt::print("server {} killed with SIGKILL after {:.1f} s, with {} writes acknowledged\n", options.server_pid,
                   options.kill_after, acks.added());
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        stop = true;
    } else {
        std::this_thread::sleep_for(std::chrono::duration<double>(options.seconds));
        stop = true;
    }
    for (auto& thread : threads) thread.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<long> rss = memory ? memory->samples() : std::vector<long>{};
    memory.reset();
    if (options.server_pid > 0 && !killed) rss.push_back(resident_kb(options.server_pid));
    print_figures(figures, seconds, rss, acks.added());
    const int checked = check(options);
    return figures.errors == 0 && checked == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"officers working in inspraak serve at once; every acknowledged write checked against the store"};
    Options options;
    app.add_option("--port", options.port, "the server's port on --host");
    app.add_option("--host", options.host, "the server's address (default 127.0.0.1)");
    app.add_option("--store", options.store, "the round's store, as --store takes it")->required();
    app.add_option("--users", options.users, "the accounts' name prefix: NAME01, NAME02, ...");
    app.add_option("--password", options.password, "the accounts' password");
    app.add_option("--sessions", options.sessions, "officers at once")->check(CLI::Range(1, 200));
    app.add_option("--seconds", options.seconds, "how long they work");
    app.add_option("--server-pid", options.server_pid, "the server's process: its memory is sampled");
    app.add_option("--kill-after", options.kill_after, "SIGKILL the server after this many seconds");
    app.add_option("--acks", options.acks, "the file of acknowledged writes (appended to)");
    app.add_option("--seed", options.seed, "the random seed");
    app.add_flag("--check-only", options.check_only, "only check the acknowledged writes in --acks against --store");
    CLI11_PARSE(app, argc, argv);
    try {
        return options.check_only ? check(options) : run(options);
    } catch (const std::exception& error) {
        std::cerr << "inspraak_workspace_load: " << error.what() << '\n';
        return 1;
    }
}
