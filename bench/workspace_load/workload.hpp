// The officers' work: each session reads the overview, list pages with filters and point pages,
// and writes through the real forms (a point's reaction, route, chapters or status with the CSRF
// token and the version it saw; a bulk reaction and a bulk approve of points from a list page).
// Part of the writes go to a small shared set of points, so that officers collide: a 409 there
// is the right answer and is counted apart, not as an error.
#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "acks.hpp"
#include "latency.hpp"
#include "officer.hpp"

namespace inspraak::load {

// The kinds of request the figures are also given per kind of (which page is slow).
enum class Kind { overview, list, list_search, point, save, bulk, count };
const char* kind_name(Kind kind);

struct Figures {
    Latencies reads;
    Latencies writes;
    Latencies by_kind[static_cast<int>(Kind::count)];
    std::atomic<long> conflicts{0};
    std::atomic<long> errors{0};
    std::atomic<long> refused_after_kill{0};  // no answer once the server was killed: expected

    std::mutex mutex;
    std::vector<std::string> error_samples;  // the first few, "POST /points/I003.2 -> 500"
    void error(const std::string& what);
};

struct Workload {
    std::vector<std::string> points;  // every point of the round
    std::vector<std::string> hot;     // the shared points officers collide on
    std::string tag;                  // in every reaction written: unique over runs on one round
    std::atomic<bool>* stop = nullptr;
    std::atomic<bool>* server_killed = nullptr;  // answers stop coming: not an error
    AckLog* acks = nullptr;
    Figures* figures = nullptr;
};

// Runs one officer until *stop (or until the server is gone after a kill).
void run_officer(Officer& officer, const Workload& work, unsigned seed);

}  // namespace inspraak::load
