// Work on a round in one PostgreSQL transaction, errors as one line, and the round's lock.
#pragma once

#include "store/postgres/connection.hpp"

#include <pqxx/except>
#include <pqxx/transaction>

#include <string_view>
#include <type_traits>

namespace inspraak::core::postgres {

// Runs `body(work)` in one transaction and commits it; a libpqxx error becomes a PostgresError
// naming the server, the round and `what`. A PostgresError thrown by `body` rolls back as it is.
template <typename Body>
auto in_transaction(PostgresConnection& connection, std::string_view round, const Message& what, Body&& body) {
    try {
        pqxx::work work(connection.raw());
        if constexpr (std::is_void_v<std::invoke_result_t<Body&, pqxx::work&>>) {
            body(work);
            work.commit();
        } else {
            auto result = body(work);
            work.commit();
            return result;
        }
    } catch (const pqxx::failure& error) {
        connection.fail(round, what, error);
    }
}

// The first key of the two-key advisory lock: 'insp', so inspraak's locks keep out of others' way.
inline constexpr int advisory_lock_class = 0x696e7370;

// Holds the round's advisory lock until `work` ends: creating and migrating a round are
// serialised across processes, so two officers opening a new round at once cannot both migrate.
void lock_round(pqxx::work& work, std::string_view round);

}  // namespace inspraak::core::postgres
