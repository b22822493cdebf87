#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace inspraak::core {

// A progress line on stderr for long stages, only on a terminal (never in pipes or CI logs).
class Progress {
public:
    Progress(std::string stage, size_t total);
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
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace inspraak::core
