#include <gtest/gtest.h>

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <string>
#include <thread>

#include "store-postgres/test_server.hpp"
#include "store/postgres/error.hpp"
#include "store/postgres/round_name.hpp"
#include "store/postgres/rounds.hpp"
#include "store/postgres/schema.hpp"

namespace inspraak::core::postgres {
namespace {

using PostgresRoundTest = testing::PostgresTest;

// The message of the PostgresError `action` throws, in Dutch or in English with `english`.
template <typename Action>
std::string error_of(Action&& action, bool english = false) {
    try {
        action();
    } catch (const PostgresError& error) {
        return render(error.error().message, english);
    }
    return "(geen fout)";
}

template <typename Action>
ErrorKind kind_of(Action&& action) {
    try {
        action();
    } catch (const PostgresError& error) {
        return error.error().kind;
    }
    return ErrorKind::internal;
}

// Everything PostgreSQL knows about the round's tables, one line per column, index and constraint,
// and the migrations recorded: what a second migration must leave as it is.
std::string catalog_of(PostgresConnection& connection, const std::string& round) {
    pqxx::nontransaction session(connection.raw());
    return session
        .exec_params1(R"sql(
SELECT string_agg(line, E'\n' ORDER BY line) FROM (
  SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default) AS line
    FROM information_schema.columns WHERE table_schema = $1
  UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = $1
  UNION ALL SELECT format('constraint %s %s', conname, pg_get_constraintdef(c.oid))
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1
) AS lines)sql",
                      round)[0]
        .as<std::string>() +
           "\n" +
           session
               .exec1("SELECT string_agg(version || ' ' || migrated_at, ', ' ORDER BY version) FROM " +
                      quoted_identifier(round) + ".schema_migrations")[0]
               .as<std::string>();
}

TEST_F(PostgresRoundTest, CreatesARoundAsASchemaAtTheCurrentVersion) {
    auto round = scratch_round("nieuw");
    PostgresConnection connection(connection_string());
    EXPECT_FALSE(round_exists(connection, round));
    create_round(connection, round);
    EXPECT_TRUE(round_exists(connection, round));
    EXPECT_EQ(schema_version(connection, round), postgres_schema_version);

    pqxx::nontransaction session(connection.raw());
    EXPECT_EQ(session.exec_params1("SELECT count(*) FROM pg_namespace WHERE nspname = $1", round)[0].as<int>(), 1);
    EXPECT_EQ(session.exec1("SELECT count(*) FROM " + quoted_identifier(round) + ".schema_migrations")[0].as<int>(),
              postgres_schema_version);
}

TEST_F(PostgresRoundTest, TheRoundOfTheConnectionStringIsItsSearchPath) {
    auto round = scratch_round("zoekpad");
    {
        PostgresConnection admin(connection_string());
        create_round(admin, round);
    }
    PostgresConnection connection(connection_string(round));
    pqxx::work work(connection.raw());
    work.exec("INSERT INTO meta (key, value) VALUES ('titel', 'Kader 2025')");
    EXPECT_EQ(work.exec1("SELECT value FROM " + quoted_identifier(round) + ".meta")[0].as<std::string>(),
              "Kader 2025");
}

TEST_F(PostgresRoundTest, MigratingAgainChangesNothing) {
    auto round = scratch_round("opnieuw");
    PostgresConnection connection(connection_string());
    create_round(connection, round);
    std::string before = catalog_of(connection, round);
    EXPECT_NE(before.find("column files.bytes bytea NO"), std::string::npos) << before;
    migrate(connection, round);
    migrate(connection, round);
    EXPECT_EQ(catalog_of(connection, round), before);
    EXPECT_EQ(schema_version(connection, round), postgres_schema_version);
}

TEST_F(PostgresRoundTest, RefusesToCreateARoundTwice) {
    auto round = scratch_round("dubbel");
    PostgresConnection connection(connection_string());
    create_round(connection, round);
    EXPECT_EQ(error_of([&] { create_round(connection, round); }),
              describe(connection.address(), round) + ": de ronde bestaat al");
    EXPECT_EQ(error_of([&] { create_round(connection, round); }, true),
              describe(connection.address(), round) + ": the round already exists");
    EXPECT_EQ(kind_of([&] { create_round(connection, round); }), ErrorKind::conflict);
}

TEST_F(PostgresRoundTest, RefusesASchemaThatIsNotARound) {
    auto round = scratch_round("vreemd");
    PostgresConnection connection(connection_string());
    pqxx::nontransaction(connection.raw()).exec("CREATE SCHEMA " + quoted_identifier(round));
    EXPECT_FALSE(round_exists(connection, round));
    EXPECT_EQ(error_of([&] { create_round(connection, round); }),
              describe(connection.address(), round) + ": er is al een schema met deze naam dat geen inspraak-ronde is");
}

TEST_F(PostgresRoundTest, RefusesToMigrateAMissingRound) {
    auto round = scratch_round("weg");
    PostgresConnection connection(connection_string());
    EXPECT_EQ(error_of([&] { migrate(connection, round); }),
              describe(connection.address(), round) + ": deze ronde bestaat niet");
    EXPECT_EQ(error_of([&] { schema_version(connection, round); }),
              describe(connection.address(), round) + ": deze ronde bestaat niet");
    EXPECT_EQ(error_of([&] { schema_version(connection, round); }, true),
              describe(connection.address(), round) + ": this round does not exist");
    EXPECT_EQ(kind_of([&] { migrate(connection, round); }), ErrorKind::not_found);
}

TEST_F(PostgresRoundTest, RefusesANewerSchemaVersionInOneLine) {
    auto round = scratch_round("nieuwer");
    PostgresConnection connection(connection_string());
    create_round(connection, round);
    pqxx::nontransaction(connection.raw())
        .exec("INSERT INTO " + quoted_identifier(round) + ".schema_migrations (version) VALUES (99)");
    std::string error = error_of([&] { migrate(connection, round); });
    EXPECT_EQ(error, describe(connection.address(), round) + ": store heeft schemaversie 99, deze inspraak kent tot " +
                         std::to_string(postgres_schema_version) + "; werk inspraak bij");
    EXPECT_EQ(error_of([&] { migrate(connection, round); }, true),
              describe(connection.address(), round) + ": the store has schema version 99, this inspraak knows up to " +
                  std::to_string(postgres_schema_version) + "; update inspraak");
}

TEST_F(PostgresRoundTest, RefusesABadRoundNameInOneLine) {
    PostgresConnection connection(connection_string());
    for (auto name : {"Kader", "x\"; DROP SCHEMA public CASCADE; --", "pg_catalog", "public"}) {
        std::string error = error_of([&] { round_exists(connection, name); });
        EXPECT_TRUE(error.starts_with(describe(connection.address(), "") + ": ")) << error;
        EXPECT_EQ(error.find('\n'), std::string::npos) << error;
        EXPECT_EQ(error_of([&] { create_round(connection, name); }), error);
        EXPECT_EQ(kind_of([&] { round_exists(connection, name); }), ErrorKind::invalid);
    }
}

TEST_F(PostgresRoundTest, TwoRoundsInOneDatabaseAreIndependent) {
    auto first = scratch_round("eerste");
    auto second = scratch_round("tweede");
    {
        PostgresConnection admin(connection_string());
        create_round(admin, first);
        create_round(admin, second);
    }
    PostgresConnection in_first(connection_string(first));
    PostgresConnection in_second(connection_string(second));
    pqxx::nontransaction(in_first.raw())
        .exec("INSERT INTO files (path, sha256, bytes, status, ingested_at) "
              "VALUES ('a.txt', 'abc', '\\x00ff'::bytea, 'ok', '2025-01-01')");
    pqxx::nontransaction(in_second.raw())
        .exec("INSERT INTO files (path, sha256, bytes, status, ingested_at) "
              "VALUES ('b.txt', 'abc', '\\x01'::bytea, 'ok', '2025-01-02')");  // the same hash: no clash

    pqxx::nontransaction first_session(in_first.raw());
    EXPECT_EQ(first_session.exec1("SELECT string_agg(path, ',') FROM files")[0].as<std::string>(), "a.txt");
    pqxx::nontransaction second_session(in_second.raw());
    EXPECT_EQ(second_session.exec1("SELECT string_agg(path, ',') FROM files")[0].as<std::string>(), "b.txt");

    second_session.exec("DROP SCHEMA " + quoted_identifier(second) + " CASCADE");
    PostgresConnection admin(connection_string());
    EXPECT_FALSE(round_exists(admin, second));
    EXPECT_TRUE(round_exists(admin, first));
    EXPECT_EQ(first_session.exec1("SELECT count(*) FROM files")[0].as<int>(), 1);
}

TEST_F(PostgresRoundTest, RemovingAFileRemovesWhatCameFromIt) {
    auto round = scratch_round("cascade");
    {
        PostgresConnection admin(connection_string());
        create_round(admin, round);
    }
    PostgresConnection connection(connection_string(round));
    pqxx::work work(connection.raw());
    work.exec(R"sql(
INSERT INTO files (id, path, sha256, bytes, status, ingested_at) VALUES (7, 'brief.eml', 'h', 'x', 'ok', 't');
INSERT INTO embedded_files (file_id, ordinal, name, relation, sha256, bytes, status)
  VALUES (7, 1, 'bijlage.pdf', 'attachment', 'h2', 'y', 'ok');
INSERT INTO stakeholders (name) VALUES ('Bewoner');
INSERT INTO submissions (id, seq, file_id, index_in_file, stakeholder_id, body)
  VALUES ('I001', 1, 7, 0, (SELECT id FROM stakeholders), 'tekst');
INSERT INTO points (id, submission_id, position, text) VALUES ('I001.1', 'I001', 1, 'punt');
INSERT INTO reactions (point_id, text, status, author, updated_at) VALUES ('I001.1', 'antwoord', 'draft', 'a', 't');
)sql");
    // Identity columns BY DEFAULT: an explicit id (a round copied from SQLite) leaves the sequence
    // behind, so the store sets it after such a copy; a plain insert takes the next one.
    EXPECT_GE(work.exec1("INSERT INTO files (path, sha256, bytes, status, ingested_at) "
                         "VALUES ('b', 'h3', 'z', 'ok', 't') RETURNING id")[0]
                  .as<long>(),
              1);
    work.exec("DELETE FROM files WHERE id = 7");
    for (auto table : {"embedded_files", "submissions", "points", "reactions"})
        EXPECT_EQ(work.exec1(std::string("SELECT count(*) FROM ") + table)[0].as<int>(), 0) << table;
    EXPECT_EQ(work.exec1("SELECT count(*) FROM stakeholders")[0].as<int>(), 1);
}

// A round at version 0, as create_round leaves it before its first migration.
void make_unmigrated_round(PostgresConnection& connection, const std::string& round) {
    pqxx::nontransaction(connection.raw())
        .exec("CREATE SCHEMA " + quoted_identifier(round) + "; CREATE TABLE " + quoted_identifier(round) +
              ".schema_migrations (version INTEGER PRIMARY KEY, migrated_at TIMESTAMPTZ NOT NULL DEFAULT now())");
}

TEST_F(PostgresRoundTest, AFailedMigrationLeavesNothingBehind) {
    auto round = scratch_round("half");
    PostgresConnection connection(connection_string());
    make_unmigrated_round(connection, round);
    // A table in the way of migration 1's last statements: the whole step must roll back.
    pqxx::nontransaction(connection.raw()).exec("CREATE TABLE " + quoted_identifier(round) + ".problems (x INTEGER)");
    std::string error = error_of([&] { migrate(connection, round); });
    EXPECT_TRUE(error.starts_with(describe(connection.address(), round) + ": migratie mislukt: ")) << error;
    std::string english = error_of([&] { migrate(connection, round); }, true);
    EXPECT_TRUE(english.starts_with(describe(connection.address(), round) + ": migration failed: ")) << english;
    // The server's own words are the same in both languages.
    EXPECT_EQ(english.substr(english.rfind(": ")), error.substr(error.rfind(": "))) << english;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    EXPECT_EQ(schema_version(connection, round), 0);
    pqxx::nontransaction session(connection.raw());
    EXPECT_EQ(session.exec_params1("SELECT count(*) FROM information_schema.tables WHERE table_schema = $1", round)[0]
                  .as<int>(),
              2);  // schema_migrations and the table in the way
}

TEST_F(PostgresRoundTest, ConcurrentMigrationsOfOneRoundAgree) {
    auto round = scratch_round("tegelijk");
    {
        PostgresConnection admin(connection_string());
        make_unmigrated_round(admin, round);
        EXPECT_EQ(schema_version(admin, round), 0);
    }
    std::string errors[2];
    std::thread migrations[2];
    for (int i = 0; i < 2; ++i)
        migrations[i] = std::thread([&, i] {
            PostgresConnection connection(connection_string());
            errors[i] = error_of([&] { migrate(connection, round); });
        });
    for (auto& migration : migrations) migration.join();
    EXPECT_EQ(errors[0], "(geen fout)");
    EXPECT_EQ(errors[1], "(geen fout)");
    PostgresConnection connection(connection_string());
    EXPECT_EQ(schema_version(connection, round), postgres_schema_version);
}

}  // namespace
}  // namespace inspraak::core::postgres
