#include <gtest/gtest.h>

#include <string>

#include "app/message.hpp"
#include "store/postgres/address.hpp"
#include "store/postgres/error.hpp"
#include "store/postgres/round_name.hpp"

namespace inspraak::core::postgres {
namespace {

// The error's message in Dutch, or in English with `english`.
std::string error_of(std::string_view connection_string, bool english = false) {
    try {
        parse_postgres_address(connection_string);
    } catch (const PostgresError& error) {
        EXPECT_EQ(error.error().kind, ErrorKind::invalid) << connection_string;
        return render(error.error().message, english);
    }
    return "(geen fout)";
}

TEST(PostgresAddress, TakesTheRoundOutOfTheConnectionString) {
    auto address = parse_postgres_address("postgresql://inspraak@db.example:5433/rondes?round=kader-2025");
    EXPECT_EQ(address.round, "kader-2025");
    EXPECT_EQ(address.conninfo, "postgresql://inspraak@db.example:5433/rondes?connect_timeout=10");
    EXPECT_EQ(address.server, "inspraak@db.example:5433/rondes");
}

TEST(PostgresAddress, KeepsLibpqsOwnParametersAndTimeout) {
    auto address = parse_postgres_address("postgres://u@h/d?sslmode=require&round=r1&connect_timeout=3");
    EXPECT_EQ(address.round, "r1");
    EXPECT_EQ(address.conninfo, "postgres://u@h/d?sslmode=require&connect_timeout=3");
    EXPECT_EQ(address.server, "u@h:5432/d");
}

TEST(PostgresAddress, WithoutRoundNamesNone) {
    auto address = parse_postgres_address("postgresql://u@127.0.0.1:6000/d");
    EXPECT_EQ(address.round, "");
    EXPECT_EQ(describe(address, ""), "PostgreSQL u@127.0.0.1:6000/d");
    EXPECT_EQ(describe(address, "r"), "PostgreSQL u@127.0.0.1:6000/d?round=r");
}

TEST(PostgresAddress, NeverShowsThePassword) {
    auto address = parse_postgres_address("postgresql://u:Geheim%21@h:5432/d?round=r");
    EXPECT_EQ(address.password, "Geheim!");
    EXPECT_EQ(address.server, "u@h:5432/d");
    EXPECT_EQ(one_line("FATAL:  password \"Geheim!\" is wrong\nDETAIL: more", address), "password \"***\" is wrong");
    std::string error = error_of("postgresql://u:Geheim%21@h:notaport/d");
    EXPECT_EQ(error.find("Geheim"), std::string::npos) << error;
    EXPECT_EQ(describe(address, address.round), "PostgreSQL u@h:5432/d?round=r");
}

TEST(PostgresAddress, RefusesWhatIsNotAPostgresqlUri) {
    for (auto text : {"host=h dbname=d", "mysql://u@h/d", "", "round.db"}) {
        std::string error = error_of(text);
        EXPECT_NE(error.find("postgresql://"), std::string::npos) << text << ": " << error;
        EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    }
    EXPECT_EQ(error_of("mysql://u@h/d", true),
              "PostgreSQL: the connection string must have the form postgresql://user@host:port/database?round=name");
}

TEST(PostgresAddress, RefusesABadRoundInOneLineNamingTheServer) {
    std::string error = error_of("postgresql://u@h:5432/d?round=Kader%202025");
    EXPECT_EQ(error, "PostgreSQL u@h:5432/d: ongeldige rondenaam 'Kader 2025': gebruik 1 tot 50 tekens uit a-z, 0-9, _ "
                     "en -");
    EXPECT_NE(error_of("postgresql://u@h/d?round=").find("de rondenaam is leeg"), std::string::npos);
    EXPECT_NE(error_of("postgresql://u@h/d?round=a&round=b").find("meer dan eens"), std::string::npos);
    // In English the round's problem is English too; the server's name is the same in both.
    EXPECT_EQ(error_of("postgresql://u@h:5432/d?round=Kader%202025", true),
              "PostgreSQL u@h:5432/d: invalid round name 'Kader 2025': use 1 to 50 characters from a-z, 0-9, _ and -");
    EXPECT_EQ(error_of("postgresql://u@h:5432/d?round=", true), "PostgreSQL u@h:5432/d: the round name is empty");
    EXPECT_EQ(error_of("postgresql://u@h/d?round=a&round=b", true),
              "PostgreSQL: the connection string names round more than once");
}

TEST(PostgresAddress, RefusesWhatLibpqCannotRead) {
    std::string error = error_of("postgresql://u@h/d?nosuchoption=1");
    EXPECT_TRUE(error.starts_with("PostgreSQL: onleesbare verbindingstekst: ")) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    // libpq's own words follow as libpq wrote them, in either language.
    std::string english = error_of("postgresql://u@h/d?nosuchoption=1", true);
    EXPECT_TRUE(english.starts_with("PostgreSQL: unreadable connection string: ")) << english;
    EXPECT_EQ(english.substr(english.find(": ", 11)), error.substr(error.find(": ", 11))) << english;
}

TEST(RoundName, AcceptsLowercaseDigitsUnderscoreAndHyphen) {
    for (auto name : {"kader-2025", "a", "omgevingsvisie_2026", "2025"}) EXPECT_FALSE(round_name_problem(name)) << name;
    EXPECT_FALSE(round_name_problem(std::string(50, 'x')));
}

TEST(RoundName, RefusesEverythingElse) {
    for (auto name : {"", "Kader", "kader 2025", "kader\"; DROP SCHEMA public; --", "ronde.1", "rónde",
                      "pg_catalog", "pg_x", "public", "information_schema"})
        EXPECT_TRUE(round_name_problem(name)) << name;
    EXPECT_TRUE(round_name_problem(std::string(51, 'x')));
    EXPECT_EQ(render(*round_name_problem("pg_x"), false), "rondenaam 'pg_x' is voorbehouden aan PostgreSQL");
    EXPECT_EQ(render(*round_name_problem("pg_x"), true), "round name 'pg_x' is reserved for PostgreSQL");
}

TEST(RoundName, IsQuotedAsAnIdentifier) {
    EXPECT_EQ(quoted_identifier("kader-2025"), "\"kader-2025\"");
    EXPECT_EQ(quoted_identifier("a\"b"), "\"a\"\"b\"");
}

}  // namespace
}  // namespace inspraak::core::postgres
