#include "app/round_session_pool.hpp"

#include <system_error>

namespace inspraak::core {

RoundSessionPool::RoundSessionPool(RoundAddress address, size_t keep_open)
    : address_(std::move(address)), keep_open_(keep_open) {}

RoundSessionPool::Loaded RoundSessionPool::current() {
    const std::filesystem::path file = address_.round_dir / "round.json";
    std::error_code error;
    const auto time = std::filesystem::last_write_time(file, error);
    const auto size = error ? 0 : std::filesystem::file_size(file, error);
    std::lock_guard lock(mutex_);
    if (!loaded_.round || error || time != loaded_time_ || size != loaded_size_) {
        // Read under the lock: the requests that arrive meanwhile wait for this one reading
        // instead of each reading it too. A missing or bad round.json throws as in open().
        LocatedRound located = locate_round(address_);
        const std::string description = located.location.describe();
        if (!loaded_.shelf || description != loaded_.store_description)
            loaded_.shelf = std::make_shared<StoreShelf>(located.location, keep_open_);
        loaded_.round = std::make_shared<const RoundConfig>(std::move(located.round));
        loaded_.store_description = description;
        loaded_time_ = error ? decltype(time){} : time;
        loaded_size_ = size;
    }
    return loaded_;
}

AppResult<RoundSession> RoundSessionPool::open(std::string who) {
    return guarded([&]() -> AppResult<RoundSession> {
        Loaded loaded = current();
        std::unique_ptr<Store> store = loaded.shelf->take();
        return RoundSession(std::move(loaded.round), std::move(store), std::move(loaded.shelf), std::move(who),
                            std::move(loaded.store_description));
    });
}

}  // namespace inspraak::core
