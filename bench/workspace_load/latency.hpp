// What the load test measures: request latencies per kind (percentiles) and the server's resident
// memory over the run (/proc/PID/status VmRSS, sampled by a thread of its own).
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace inspraak::load {

// Latencies in milliseconds; safe to add to from many threads.
class Latencies {
public:
    void add(double ms);
    size_t count() const;
    // The p-th percentile (0..100) by nearest rank; 0 without samples.
    double percentile(double p) const;

private:
    mutable std::mutex mutex_;
    std::vector<double> samples_;
};

// The server's VmRSS in kB, or -1 when the process is gone.
long resident_kb(int pid);

// Samples the server's VmRSS every `every_ms` while it lives.
class MemorySampler {
public:
    MemorySampler(int pid, int every_ms);
    ~MemorySampler();
    MemorySampler(const MemorySampler&) = delete;
    MemorySampler& operator=(const MemorySampler&) = delete;

    // The samples so far (kB), oldest first.
    std::vector<long> samples() const;

private:
    int pid_;
    std::atomic<bool> stop_{false};
    mutable std::mutex mutex_;
    std::vector<long> samples_;
    std::thread thread_;
};

}  // namespace inspraak::load
