// Errors of the PostgreSQL store: one line, naming the server (never its password) and the round.
#pragma once

#include "store/store_error.hpp"

namespace inspraak::core::postgres {

// A StoreError, so that callers catch one type whichever backend keeps the round. Its message is a
// catalogue key (pg.*) and arguments: invalid for a bad address or round name, not_found for a
// missing round, conflict for a round or schema that is already there, internal for the server.
class PostgresError : public StoreError {
public:
    using StoreError::StoreError;
};

}  // namespace inspraak::core::postgres
