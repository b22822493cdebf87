#include "latency.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>

namespace inspraak::load {

void Latencies::add(double ms) {
    std::lock_guard lock(mutex_);
    samples_.push_back(ms);
}

size_t Latencies::count() const {
    std::lock_guard lock(mutex_);
    return samples_.size();
}

double Latencies::percentile(double p) const {
    std::vector<double> sorted;
    {
        std::lock_guard lock(mutex_);
        sorted = samples_;
    }
    if (sorted.empty()) return 0;
    std::sort(sorted.begin(), sorted.end());
    auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

long resident_kb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

MemorySampler::MemorySampler(int pid, int every_ms) : pid_(pid) {
    thread_ = std::thread([this, every_ms] {
        while (!stop_) {
            long kb = resident_kb(pid_);
            if (kb >= 0) {
                std::lock_guard lock(mutex_);
                samples_.push_back(kb);
            }
            for (int waited = 0; waited < every_ms && !stop_; waited += 50)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

MemorySampler::~MemorySampler() {
    stop_ = true;
    thread_.join();
}

std::vector<long> MemorySampler::samples() const {
    std::lock_guard lock(mutex_);
    return samples_;
}

}  // namespace inspraak::load
