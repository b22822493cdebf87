#include "store/store.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite_store.hpp"

namespace inspraak::core {

std::string now_iso8601() {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

Store::Store(std::unique_ptr<StoreBackend> backend) : backend_(std::move(backend)) {}

Store::~Store() = default;

PointTally Store::tally() {
    if (b().tally_stale())
        write([](Store& store) {
            if (store.b().tally_stale()) store.b().recount_tally();  // another process may have counted meanwhile
        });
    return b().tally();
}

namespace {

std::unique_ptr<StoreBackend> open_backend(const StoreLocation& location, bool create) {
    if (location.is_postgres()) return postgres::open_postgres_backend(location.postgres(), create);
    return open_sqlite_backend(location.file(), create);
}

}  // namespace

Store Store::open(const StoreLocation& location) { return Store(open_backend(location, false)); }

Store Store::create(const StoreLocation& location) { return Store(open_backend(location, true)); }

Store Store::open(const std::filesystem::path& file) { return open(StoreLocation::sqlite(file)); }

Store Store::create(const std::filesystem::path& file) { return create(StoreLocation::sqlite(file)); }

Store::WriteScope::WriteScope(Store& store) : store_(store) {
    if (store_.depth_ == 0) {
        store_.backend_->begin();
        store_.inner_failed_ = false;
    }
    ++store_.depth_;
}

void Store::WriteScope::commit() {
    if (store_.depth_ == 1) {
        // A nested write threw and the exception was caught on the way out: half of it may be in
        // the transaction, so none of it is kept.
        if (store_.inner_failed_) throw StoreError(ErrorKind::internal, Message{"store.nested_write_failed"});
        store_.backend_->commit();
    }
    committed_ = true;
}

Store::WriteScope::~WriteScope() {
    --store_.depth_;
    if (committed_) return;
    if (store_.depth_ == 0) {
        store_.backend_->rollback();
    } else {
        store_.inner_failed_ = true;
    }
}

std::optional<PointDetail> Store::point(const std::string& point_id) {
    std::vector<PointDetail> found = b().points_by_id({point_id});
    if (found.empty()) return std::nullopt;
    found.front().submission.body = b().submission_body(found.front().submission.id);
    return std::move(found.front());
}

std::vector<PointDetail> Store::points_by_id(const std::vector<std::string>& ids) {
    // A chunk at a time, so that a statement's parameter stays small; the backend returns each
    // chunk in its own order, which the slots put back into the caller's.
    constexpr std::size_t chunk = 2048;
    std::unordered_map<std::string_view, std::size_t> slot_of;
    for (std::size_t i = 0; i < ids.size(); ++i) slot_of.emplace(ids[i], i);
    std::vector<std::optional<PointDetail>> slots(ids.size());
    for (std::size_t from = 0; from < ids.size(); from += chunk) {
        const std::vector<std::string> part(ids.begin() + static_cast<std::ptrdiff_t>(from),
                                            ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), from + chunk)));
        for (PointDetail& detail : b().points_by_id(part)) {
            const std::size_t slot = slot_of.at(detail.point.id);
            slots[slot] = std::move(detail);
        }
    }
    std::vector<PointDetail> found;
    found.reserve(ids.size());
    for (auto& slot : slots)
        if (slot) found.push_back(std::move(*slot));
    return found;
}

}  // namespace inspraak::core
