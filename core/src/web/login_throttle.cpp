#include "web/login_throttle.hpp"

#include <algorithm>

namespace inspraak::core {

namespace {
constexpr int free_failures = 5;
constexpr std::chrono::seconds first_wait{2};
constexpr std::chrono::seconds longest_wait{15 * 60};
// A record this old without a failure is forgotten, so that the maps do not grow for ever.
constexpr std::chrono::hours forget_after{24};
}  // namespace

void LoginThrottle::count(Record& record, Clock::time_point now) {
    if (record.failures > 0 && now - record.blocked_until > forget_after) record = Record{};
    ++record.failures;
    if (record.failures <= free_failures) return;
    const int doublings = std::min(record.failures - free_failures - 1, 16);
    const auto wait = std::min<std::chrono::seconds>(first_wait * (1 << doublings), longest_wait);
    record.blocked_until = now + wait;
}

std::chrono::seconds LoginThrottle::remaining(const Record& record, Clock::time_point now) {
    if (record.blocked_until <= now) return std::chrono::seconds{0};
    return std::chrono::ceil<std::chrono::seconds>(record.blocked_until - now);
}

std::chrono::seconds LoginThrottle::wait_for(const std::string& address, const std::string& name,
                                             Clock::time_point now) {
    std::lock_guard lock(mutex_);
    std::chrono::seconds wait{0};
    if (auto it = by_address_.find(address); it != by_address_.end()) wait = remaining(it->second, now);
    if (auto it = by_name_.find(name); it != by_name_.end()) wait = std::max(wait, remaining(it->second, now));
    return wait;
}

void LoginThrottle::failed(const std::string& address, const std::string& name, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    // Records nobody failed with for a day go, so that names and addresses tried once (anyone can
    // try any name) do not grow the maps for as long as the server runs.
    const auto forgotten = [&](const auto& entry) { return now - entry.second.blocked_until > forget_after; };
    std::erase_if(by_address_, forgotten);
    std::erase_if(by_name_, forgotten);
    count(by_address_[address], now);
    count(by_name_[name], now);
}

size_t LoginThrottle::remembered() {
    std::lock_guard lock(mutex_);
    return by_address_.size() + by_name_.size();
}

void LoginThrottle::succeeded(const std::string& name) {
    std::lock_guard lock(mutex_);
    by_name_.erase(name);
}

}  // namespace inspraak::core
