#include "web/sessions.hpp"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>
#include <utility>

#include "util/hex.hpp"

namespace inspraak::core {

std::string random_token() {
    std::array<unsigned char, 32> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("no random bytes from OpenSSL");
    return lower_hex(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

SessionRegistry::SessionRegistry(std::chrono::seconds idle_limit) : idle_limit_(idle_limit) {}

std::string SessionRegistry::issue_start_token() {
    std::string token = random_token();
    std::lock_guard lock(mutex_);
    start_tokens_.insert(token);
    return token;
}

bool SessionRegistry::redeem_start_token(const std::string& token) {
    std::lock_guard lock(mutex_);
    return start_tokens_.erase(token) == 1;
}

WebSession SessionRegistry::open(std::string officer, std::string display, Role role) {
    WebSession session{random_token(), std::move(officer), std::move(display), role, random_token(), {},
                       std::chrono::steady_clock::now()};
    std::lock_guard lock(mutex_);
    std::erase_if(sessions_, [&](const auto& entry) { return session.last_seen - entry.second.last_seen > idle_limit_; });
    sessions_[session.id] = session;
    return session;
}

size_t SessionRegistry::size() {
    std::lock_guard lock(mutex_);
    return sessions_.size();
}

std::optional<WebSession> SessionRegistry::find(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return std::nullopt;
    const auto now = std::chrono::steady_clock::now();
    if (now - it->second.last_seen > idle_limit_) {
        sessions_.erase(it);
        return std::nullopt;
    }
    it->second.last_seen = now;
    return it->second;
}

void SessionRegistry::set_notice(const std::string& id, const std::string& notice) {
    std::lock_guard lock(mutex_);
    if (auto it = sessions_.find(id); it != sessions_.end()) it->second.notice = notice;
}

std::string SessionRegistry::take_notice(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return {};
    return std::exchange(it->second.notice, {});
}

void SessionRegistry::close(const std::string& id) {
    std::lock_guard lock(mutex_);
    sessions_.erase(id);
}

}  // namespace inspraak::core
