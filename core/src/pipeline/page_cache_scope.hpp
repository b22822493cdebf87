// A larger page cache for the store's connection while a stage goes through the whole round
// (ingest, group, classify, draft), SQLite's default again after. With the default 2 MiB, a
// million-point round's indexes were read from the file again and again (bench/README.md, "A
// million points", has the figures). Not for the report, whose every format reads on a
// connection of its own (the spool keeps its memory flat), nor for the workspace's many
// connections.
#pragma once

#include "store/store.hpp"

namespace inspraak::core {

class PageCacheScope {
public:
    static constexpr int stage_mebibytes = 64;
    static constexpr int default_mebibytes = 2;  // SQLite's

    explicit PageCacheScope(Store& store) : store_(store) { store_.set_page_cache(stage_mebibytes); }
    ~PageCacheScope() {
        try {
            store_.set_page_cache(default_mebibytes);
        } catch (...) {  // a connection that failed meanwhile is not used again
        }
    }
    PageCacheScope(const PageCacheScope&) = delete;
    PageCacheScope& operator=(const PageCacheScope&) = delete;

private:
    Store& store_;
};

}  // namespace inspraak::core
