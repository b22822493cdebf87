// Slows down password guessing: after a few failed logins from one address or for one name, the
// next attempt must wait, longer with every further failure (5 free, then 2 s doubling up to 15
// minutes). A success clears the name's count. The clock is passed in, so that tests need not wait.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace inspraak::core {

class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;

    // How long the caller must still wait before trying (zero: go ahead).
    std::chrono::seconds wait_for(const std::string& address, const std::string& name, Clock::time_point now);
    void failed(const std::string& address, const std::string& name, Clock::time_point now);
    void succeeded(const std::string& name);
    // How many addresses and names it remembers.
    size_t remembered();

private:
    struct Record {
        int failures = 0;
        Clock::time_point blocked_until;
    };
    static void count(Record& record, Clock::time_point now);
    static std::chrono::seconds remaining(const Record& record, Clock::time_point now);

    std::mutex mutex_;
    std::map<std::string, Record> by_address_;
    std::map<std::string, Record> by_name_;
};

}  // namespace inspraak::core
