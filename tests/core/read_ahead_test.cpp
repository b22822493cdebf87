// ReadAhead: results come in the list's order however the threads finish, what a work item threw
// is thrown at its turn, and no more than `window` results are waiting or being made at a time.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "pipeline/read_ahead.hpp"

namespace inspraak::core {
namespace {

// How far the work ran ahead of the consumer at most: items started but not yet taken.
class Lead {
public:
    void started() {
        const int now = ++started_ - taken_.load();
        for (int seen = most_.load(); now > seen && !most_.compare_exchange_weak(seen, now);) {
        }
    }
    void taken() { ++taken_; }
    int most() const { return most_.load(); }

private:
    std::atomic<int> started_{0};
    std::atomic<int> taken_{0};
    std::atomic<int> most_{0};
};

TEST(ReadAhead, ResultsComeInOrderAndAnErrorAtItsTurn) {
    for (unsigned threads : {0u, 1u, 3u}) {
        Lead lead;
        ReadAhead<int> ahead(
            40,
            [&](size_t i) {
                lead.started();
                // Later items finish first now and then.
                std::this_thread::sleep_for(std::chrono::microseconds((40 - i) % 7 * 300));
                if (i == 17) throw std::runtime_error("item 17");
                return static_cast<int>(i * i);
            },
            threads, 5);
        for (int i = 0; i < 40; ++i) {
            if (i == 17) {
                EXPECT_THROW(ahead.next(), std::runtime_error) << threads << " threads";
            } else {
                EXPECT_EQ(ahead.next(), i * i) << threads << " threads";
            }
            lead.taken();
        }
        // The item being taken counts too: the window plus the one in the consumer's hands.
        EXPECT_LE(lead.most(), 6) << threads << " threads";
    }
}

TEST(ReadAhead, StoppingEarlyJoinsTheThreads) {
    std::atomic<int> done{0};
    {
        ReadAhead<int> ahead(
            1000,
            [&](size_t i) {
                ++done;
                return static_cast<int>(i);
            },
            2, 4);
        EXPECT_EQ(ahead.next(), 0);
    }
    EXPECT_LE(done.load(), 6);  // the window bounded the work done ahead of a consumer that left
}

TEST(ReadAhead, ABudgetOfWeightBoundsWhatWaitsWhateverTheWindow) {
    // Each result weighs 10 and the budget is 30: with a slow consumer, a new item starts only
    // while less than 30 waits, so no more than 3 wait beside the 2 being made (and the one the
    // consumer holds), though the window would let 100 run ahead.
    Lead lead;
    ReadAhead<int> ahead(
        40,
        [&](size_t i) {
            lead.started();
            return static_cast<int>(i);
        },
        2, 100, [](const int&) { return size_t{10}; }, 30);
    for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(ahead.next(), i);
        lead.taken();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    EXPECT_LE(lead.most(), 6);
    EXPECT_GE(lead.most(), 2);  // it did read ahead
}

TEST(ReadAhead, WaitsForABatchBeforeTheWriterBegins) {
    // Items come slowly: waiting gathers several, the window caps them, and the end of the list
    // is not waited for past its last item.
    ReadAhead<int> ahead(
        10,
        [](size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return static_cast<int>(i);
        },
        2, 6);
    EXPECT_EQ(ahead.wait_ready(4, std::chrono::seconds(30)), 4u);
    EXPECT_EQ(ahead.wait_ready(50, std::chrono::seconds(30)), 6u);  // the window: 6 ready at most
    for (int i = 0; i < 7; ++i) EXPECT_EQ(ahead.next(), i);
    EXPECT_EQ(ahead.wait_ready(50, std::chrono::seconds(30)), 3u);  // the last three
    // Patience runs out: nothing more than what is there.
    ReadAhead<int> slow(
        3,
        [](size_t i) {
            if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(400));
            return static_cast<int>(i);
        },
        1, 3);
    EXPECT_EQ(slow.wait_ready(3, std::chrono::milliseconds(20)), 0u);
    EXPECT_EQ(slow.next(), 0);
    // Without threads nothing is ever ready ahead, and waiting does not block.
    ReadAhead<int> inline_work(3, [](size_t i) { return static_cast<int>(i); }, 0, 3);
    EXPECT_EQ(inline_work.wait_ready(3, std::chrono::seconds(30)), 0u);
}

}  // namespace
}  // namespace inspraak::core
