// The PostgreSQL backend's door: what Store::open/create use, without libpqxx's types. A round
// is a schema in a PostgreSQL database (see docs/store-postgres.md).
#pragma once

#include <memory>

#include "store/postgres/address.hpp"
#include "store/store_backend.hpp"

namespace inspraak::core::postgres {

// Connects to the address's round and brings its schema up to date; with `create`, makes the
// round first when it does not exist. A round that does not exist (without `create`), one
// from a newer inspraak, an address without a round or a server out of reach is a PostgresError.
std::unique_ptr<StoreBackend> open_postgres_backend(const PostgresAddress& address, bool create);

}  // namespace inspraak::core::postgres
