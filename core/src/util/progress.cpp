#include "util/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace inspraak::core {

bool Progress::enabled() { return isatty(STDERR_FILENO) == 1 && std::getenv("CI") == nullptr; }

Progress::Progress(std::string stage, size_t total) : stage_(std::move(stage)), total_(total), enabled_(enabled() && total > 200) {}

Progress::~Progress() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void Progress::advance(size_t by) {
    done_ += by;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(100) && done_ < total_) return;
    last_draw_ = now;
    draw();
}

void Progress::draw() {
    std::fprintf(stderr, "\r%s: %zu/%zu (%zu%%)", stage_.c_str(), done_, total_, total_ ? done_ * 100 / total_ : 100);
    std::fflush(stderr);
}

}  // namespace inspraak::core
