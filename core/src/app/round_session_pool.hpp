// Round sessions for the requests of a long-running front end (the workspace): each request
// gets a RoundSession of its own, on a store kept open from earlier requests (StoreShelf) and
// with round.json read once, not once a request (in a large round it names thousands of senders:
// 1.8 MB to parse). round.json is read again when it changed on disk (its time or size). Safe to
// use from many threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "app/round_session.hpp"
#include "app/store_shelf.hpp"

namespace inspraak::core {

class RoundSessionPool {
public:
    // Keeps up to `keep_open` stores open between requests.
    RoundSessionPool(RoundAddress address, size_t keep_open);

    // A session for `who` (see RoundSession::open for the errors). Its store goes back to the
    // pool when the session ends.
    AppResult<RoundSession> open(std::string who);

private:
    struct Loaded {
        std::shared_ptr<const RoundConfig> round;
        std::shared_ptr<StoreShelf> shelf;
        std::string store_description;
    };
    // The round as round.json says now, read again only when the file changed.
    Loaded current();

    const RoundAddress address_;
    const size_t keep_open_;
    std::mutex mutex_;
    Loaded loaded_;
    std::filesystem::file_time_type loaded_time_{};
    std::uintmax_t loaded_size_ = 0;
};

}  // namespace inspraak::core
