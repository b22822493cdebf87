// Errors of the PostgreSQL store: one line, naming the server (never its password) and the round.
#pragma once

#include "store/store_error.hpp"

namespace inspraak::core::postgres {

// A StoreError, so that callers catch one type whichever backend keeps the round.
class PostgresError : public StoreError {
public:
    using StoreError::StoreError;
};

}  // namespace inspraak::core::postgres
