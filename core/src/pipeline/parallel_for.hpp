// Calls body(i) for every i in [0, count) on `threads` threads, this one among them, each taking
// the next index when it has finished one; returns when all are done. `body` must not throw
// (catch inside and keep what went wrong per index): the stages that use it (classify, report)
// report errors in the items' order, not in the order they happened.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace inspraak::core {

template <typename Body>
void parallel_for(size_t count, unsigned threads, Body&& body) {
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < count; i = next++) body(i);
    };
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
}

}  // namespace inspraak::core
