// Errors of the PostgreSQL store: one line, naming the server (never its password) and the round.
#pragma once

#include <stdexcept>

namespace inspraak::core::postgres {

// Will derive from the store interface's common error once the store refactoring lands.
class PostgresError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace inspraak::core::postgres
