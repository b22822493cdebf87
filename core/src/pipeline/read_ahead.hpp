// Work on a list of items done by a few threads ahead of one consumer that takes the results in
// the list's order. Ingest uses it to read and parse the round's files in parallel (each thread
// with a parse worker of its own) while the one writer stores them in batches, so the store is
// filled in the same order, with the same ids, whatever the number of threads.
//
// At most `window` results wait at a time, and with a `weight` (the bytes a result holds) no new
// item is started while the waiting results weigh `budget` or more (the next item the consumer
// needs is always started), so memory stays bounded however long the list is and however large
// its items. With 0 threads nothing runs ahead: `next()` does the work itself.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace inspraak::core {

template <typename Result>
class ReadAhead {
public:
    using Work = std::function<Result(size_t index)>;
    using Weight = std::function<size_t(const Result&)>;

    ReadAhead(size_t count, Work work, unsigned threads, size_t window, Weight weight = nullptr,
              size_t budget = SIZE_MAX)
        : count_(count), work_(std::move(work)), window_(std::max<size_t>(window, 1)), weight_(std::move(weight)),
          budget_(budget) {
        for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
    }
    ~ReadAhead() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        changed_.notify_all();
        for (auto& thread : threads_) thread.join();
    }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // The next item's result, in order; what its work threw is thrown here. Call it `count` times.
    Result next() {
        const size_t index = taken_;
        if (threads_.empty()) {
            ++taken_;
            return work_(index);
        }
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return ready_.count(index) > 0; });
        Outcome outcome = std::move(ready_.at(index));
        ready_.erase(index);
        waiting_weight_ -= outcome.weight;
        ++taken_;
        lock.unlock();
        changed_.notify_all();  // a thread may start the next item of the window
        if (outcome.error) std::rethrow_exception(outcome.error);
        return std::move(*outcome.result);
    }

    // Whether the next item's result is there, so that next() returns it without waiting or working.
    // (With no threads nothing is ever ready ahead.) The writer uses it to store several files in
    // one transaction without holding the transaction open while a file is still being parsed.
    bool ready() {
        if (threads_.empty()) return false;
        std::lock_guard lock(mutex_);
        return taken_ < count_ && ready_.count(taken_) > 0;
    }

    // Waits, at most `patience`, until `want` results in a row from the next one on are there (or
    // every result still to come, or as many as the window or the budget holds), and returns how
    // many in a row are there. The writer calls it before it begins a transaction, so that one
    // transaction stores a batch of files instead of one: a commit per file cost more than storing it.
    size_t wait_ready(size_t want, std::chrono::milliseconds patience) {
        if (threads_.empty()) return 0;
        std::unique_lock lock(mutex_);
        const size_t reachable = std::min({want, count_ - taken_, window_});
        changed_.wait_for(lock, patience, [&] { return ready_in_a_row() >= reachable || waiting_weight_ >= budget_; });
        return ready_in_a_row();
    }

private:
    size_t ready_in_a_row() const {  // with the lock held
        size_t n = 0;
        for (auto it = ready_.find(taken_); it != ready_.end() && it->first == taken_ + n; ++it) ++n;
        return n;
    }

    struct Outcome {
        std::optional<Result> result;
        std::exception_ptr error;
        size_t weight = 0;
    };

    void run() {
        for (;;) {
            size_t index = 0;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] {
                    return stopping_ || next_ >= count_ ||
                           (next_ < taken_ + window_ && (waiting_weight_ < budget_ || next_ == taken_));
                });
                if (stopping_ || next_ >= count_) return;
                index = next_++;
            }
            Outcome outcome;
            try {
                outcome.result.emplace(work_(index));
                if (weight_) outcome.weight = weight_(*outcome.result);
            } catch (...) {
                outcome.error = std::current_exception();
            }
            {
                std::lock_guard lock(mutex_);
                waiting_weight_ += outcome.weight;
                ready_.emplace(index, std::move(outcome));
            }
            changed_.notify_all();
        }
    }

    const size_t count_;
    const Work work_;
    const size_t window_;
    const Weight weight_;
    const size_t budget_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<size_t, Outcome> ready_;
    size_t next_ = 0;   // the next item a thread starts
    size_t taken_ = 0;  // items the consumer has taken
    size_t waiting_weight_ = 0;  // of the results waiting in ready_
    bool stopping_ = false;
    std::vector<std::thread> threads_;  // last: started once everything above is set
};

}  // namespace inspraak::core
