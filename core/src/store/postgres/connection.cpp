#include "store/postgres/connection.hpp"

#include "store/postgres/error.hpp"
#include "store/postgres/round_name.hpp"

#include <pqxx/except>
#include <pqxx/nontransaction>

namespace inspraak::core::postgres {

PostgresConnection::PostgresConnection(std::string_view connection_string)
    : PostgresConnection(parse_postgres_address(connection_string)) {}

PostgresConnection::PostgresConnection(PostgresAddress address) : address_(std::move(address)) {
    try {
        connection_ = std::make_unique<pqxx::connection>(address_.conninfo);
    } catch (const pqxx::failure& error) {
        fail(address_.round, Message{"pg.connect_failed"}, error);
    }
    try {
        pqxx::nontransaction session(*connection_);
        // The server's notices ("drop cascades to ...") are not for the officer's terminal.
        session.exec("SET client_min_messages = warning");
        // pg_catalog stays searched first; public is left out so that rounds never share a table.
        if (!address_.round.empty()) session.exec("SET search_path TO " + quoted_identifier(address_.round));
    } catch (const pqxx::failure& error) {
        fail(address_.round, Message{"pg.session_failed"}, error);
    }
}

PostgresConnection::~PostgresConnection() = default;

void PostgresConnection::check_round_name(std::string_view round) const {
    if (auto problem = round_name_problem(round))
        throw PostgresError(ErrorKind::invalid, Message{"pg.round_name_refused", {describe(address_, "")}, {*problem}});
}

void PostgresConnection::fail(std::string_view round, const Message& what, const std::exception& error) const {
    // The server's words are a part of their own ("store.said"), so that they follow `what`.
    throw PostgresError(ErrorKind::internal,
                        Message{"pg.failed",
                                {describe(address_, round)},
                                {what, Message{"store.said", {one_line(error.what(), address_)}}}});
}

}  // namespace inspraak::core::postgres
