#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace inspraak::core {

// Told how far a stage is: its name, the items done and the items in all (the workspace shows it).
using ProgressObserver = std::function<void(const std::string& stage, size_t done, size_t total)>;

// A progress line on stderr for long stages, only on a terminal (never in pipes or CI logs), and
// the same figures to an observer when one is given.
class Progress {
public:
    Progress(std::string stage, size_t total, ProgressObserver observer = {});
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    void advance(size_t by = 1);

    static bool enabled();

private:
    void draw();
    std::string stage_;
    size_t total_;
    size_t done_ = 0;
    bool enabled_;
    ProgressObserver observer_;
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace inspraak::core
