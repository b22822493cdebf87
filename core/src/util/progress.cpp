#include "util/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace inspraak::core {

bool Progress::enabled() { return isatty(STDERR_FILENO) == 1 && std::getenv("CI") == nullptr; }

Progress::Progress(std::string stage, size_t total, ProgressObserver observer)
    : stage_(std::move(stage)), total_(total), enabled_(enabled() && total > 200), observer_(std::move(observer)) {
    if (observer_) observer_(stage_, 0, total_);
}

Progress::~Progress() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void Progress::advance(size_t by) {
    done_ += by;
    if (observer_) observer_(stage_, done_, total_);
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
