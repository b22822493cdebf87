// One connection to a PostgreSQL server (RAII: closed with the object), from a connection string
// with an optional round (see address.hpp). With a round, the session's search path is that
// round's schema, so the store's queries name its tables without a schema.
#pragma once

#include "app/message.hpp"
#include "store/postgres/address.hpp"

#include <pqxx/connection>

#include <exception>
#include <memory>
#include <string>
#include <string_view>

namespace inspraak::core::postgres {

class PostgresConnection {
public:
    // Throws PostgresError, one line naming the server, when it cannot connect.
    explicit PostgresConnection(std::string_view connection_string);
    explicit PostgresConnection(PostgresAddress address);
    PostgresConnection(PostgresConnection&&) noexcept = default;
    PostgresConnection& operator=(PostgresConnection&&) noexcept = default;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;
    ~PostgresConnection();

    const PostgresAddress& address() const { return address_; }
    const std::string& round() const { return address_.round; }
    pqxx::connection& raw() { return *connection_; }

    // Throws PostgresError naming this server when `round` cannot name a round (round_name.hpp).
    void check_round_name(std::string_view round) const;

    // A PostgresError (internal) for `error` (a libpqxx exception) while doing `what` in `round`:
    // "PostgreSQL user@host:port/db?round=r: <what>: <first line of the server's message>", `what`
    // in the reader's language and the server's words as the server wrote them.
    [[noreturn]] void fail(std::string_view round, const Message& what, const std::exception& error) const;

private:
    PostgresAddress address_;
    std::unique_ptr<pqxx::connection> connection_;
};

}  // namespace inspraak::core::postgres
