#include <gtest/gtest.h>

#include <pqxx/nontransaction>

#include <string>

#include "store-postgres/test_server.hpp"
#include "store/postgres/connection.hpp"
#include "store/postgres/error.hpp"

namespace inspraak::core::postgres {
namespace {

using PostgresConnectionTest = testing::PostgresTest;

// The error's message in Dutch, or in English with `english`.
std::string error_of(std::string_view connection_string, bool english = false) {
    try {
        PostgresConnection connection(connection_string);
    } catch (const PostgresError& error) {
        return render(error.error().message, english);
    }
    return "(geen fout)";
}

TEST_F(PostgresConnectionTest, ConnectsToTheTestServer) {
    PostgresConnection connection(connection_string());
    pqxx::nontransaction session(connection.raw());
    EXPECT_EQ(session.exec1("SELECT 1 + 1")[0].as<int>(), 2);
    EXPECT_EQ(connection.round(), "");
}

TEST_F(PostgresConnectionTest, SearchesTheRoundsSchemaOnly) {
    PostgresConnection connection(connection_string("kader-2025"));
    EXPECT_EQ(connection.round(), "kader-2025");
    pqxx::nontransaction session(connection.raw());
    EXPECT_EQ(session.exec1("SHOW search_path")[0].as<std::string>(), "\"kader-2025\"");
}

TEST(PostgresConnection, UnreachableServerGivesOneLineWithoutThePassword) {
    // Port 1 on the loopback: nothing listens there, so the refusal is immediate.
    std::string error = error_of("postgresql://inspraak:Geheim123@127.0.0.1:1/inspraak?round=kader-2025");
    EXPECT_TRUE(error.starts_with("PostgreSQL inspraak@127.0.0.1:1/inspraak?round=kader-2025: kan niet verbinden: "))
        << error;
    std::string english = error_of("postgresql://inspraak:Geheim123@127.0.0.1:1/inspraak?round=kader-2025", true);
    EXPECT_TRUE(english.starts_with("PostgreSQL inspraak@127.0.0.1:1/inspraak?round=kader-2025: cannot connect: "))
        << english;
    EXPECT_EQ(english.find("Geheim123"), std::string::npos) << english;
    try {
        PostgresConnection connection("postgresql://inspraak@127.0.0.1:1/inspraak?round=kader-2025");
        ADD_FAILURE() << "expected a PostgresError";
    } catch (const PostgresError& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::internal);
    }
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    EXPECT_EQ(error.find("Geheim123"), std::string::npos) << error;
}

TEST(PostgresConnection, BadRoundNameGivesOneLineBeforeConnecting) {
    std::string error = error_of("postgresql://inspraak:Geheim123@127.0.0.1:1/inspraak?round=Kader;2025");
    EXPECT_EQ(error, "PostgreSQL inspraak@127.0.0.1:1/inspraak: ongeldige rondenaam 'Kader;2025': gebruik 1 tot 50 "
                     "tekens uit a-z, 0-9, _ en -");
    EXPECT_EQ(error_of("postgresql://inspraak:Geheim123@127.0.0.1:1/inspraak?round=Kader;2025", true),
              "PostgreSQL inspraak@127.0.0.1:1/inspraak: invalid round name 'Kader;2025': use 1 to 50 characters from "
              "a-z, 0-9, _ and -");
}

}  // namespace
}  // namespace inspraak::core::postgres
