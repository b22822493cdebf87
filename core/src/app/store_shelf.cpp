#include "app/store_shelf.hpp"

namespace inspraak::core {

StoreShelf::StoreShelf(StoreLocation location, size_t keep) : location_(std::move(location)), keep_(keep) {}

std::unique_ptr<Store> StoreShelf::take() {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            std::unique_ptr<Store> store = std::move(idle_.back());
            idle_.pop_back();
            return store;
        }
    }
    return std::make_unique<Store>(Store::open(location_));  // outside the lock: it may take a while
}

void StoreShelf::put(std::unique_ptr<Store> store) noexcept {
    if (!store || !store->reusable()) return;  // closed here
    std::unique_ptr<Store> closing;  // closed outside the lock
    std::lock_guard lock(mutex_);
    if (idle_.size() < keep_) {
        idle_.push_back(std::move(store));
    } else {
        closing = std::move(store);
    }
}

size_t StoreShelf::idle() const {
    std::lock_guard lock(mutex_);
    return idle_.size();
}

}  // namespace inspraak::core
