// Open stores kept between the requests of a long-running front end (the workspace). Opening a
// store for every request costs SQLite its prepared statements and page cache and PostgreSQL a
// connection with its log-in; a store taken from the shelf has them still. A store goes back
// only when it is fit for the next request: no write open, its connection alive
// (Store::reusable()). Safe to use from many threads.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "store/store.hpp"
#include "store/store_location.hpp"

namespace inspraak::core {

class StoreShelf {
public:
    // Keeps at most `keep` idle stores (more may be open while more requests run at once).
    StoreShelf(StoreLocation location, size_t keep);

    const StoreLocation& location() const { return location_; }
    // An idle store, or one opened now (throws StoreError as Store::open does).
    std::unique_ptr<Store> take();
    // Keeps the store for the next take() if it is fit and there is room; closes it otherwise.
    void put(std::unique_ptr<Store> store) noexcept;
    size_t idle() const;

private:
    const StoreLocation location_;
    const size_t keep_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace inspraak::core
