#include "store/store_location.hpp"

namespace inspraak::core {

StoreLocation StoreLocation::sqlite(std::filesystem::path file) {
    StoreLocation location;
    location.file_ = std::move(file);
    return location;
}

StoreLocation StoreLocation::in_folder(const std::filesystem::path& out_dir) { return sqlite(out_dir / "round.db"); }

StoreLocation StoreLocation::parse(std::string_view text) {
    if (!text.starts_with("postgresql://") && !text.starts_with("postgres://")) return sqlite(std::filesystem::path(text));
    StoreLocation location;
    location.postgres_ = postgres::parse_postgres_address(text);  // a round is required on opening
    return location;
}

std::string StoreLocation::describe() const {
    return postgres_ ? postgres::describe(*postgres_, postgres_->round) : file_.string();
}

}  // namespace inspraak::core
