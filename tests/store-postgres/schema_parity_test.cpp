// The PostgreSQL round has the SQLite store's tables, columns, foreign keys and named indexes:
// SQLite's schema is read from an in-memory store made with SQLite's own migrations.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "store-postgres/test_server.hpp"
#include "store/postgres/rounds.hpp"
#include "store/postgres/schema.hpp"
#include "store/schema.hpp"

namespace inspraak::core::postgres {
namespace {

struct Column {
    std::string name;
    std::string type;  // PostgreSQL's name for it
    bool not_null = false;
    auto operator<=>(const Column&) const = default;
};
using Tables = std::map<std::string, std::vector<Column>>;

// SQLite's declared type as the PostgreSQL migrations spell it; INTEGER has three spellings.
bool same_type(const std::string& sqlite, const std::string& postgres) {
    if (sqlite == "INTEGER") return postgres == "integer" || postgres == "bigint" || postgres == "boolean";
    if (sqlite == "TEXT") return postgres == "text";
    if (sqlite == "REAL") return postgres == "double precision";
    if (sqlite == "BLOB") return postgres == "bytea";
    return false;
}

class SchemaParityTest : public testing::PostgresTest {
protected:
    void SetUp() override {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        round_ = scratch_round("pariteit");
        connection_.emplace(connection_string());
        create_round(*connection_, round_);
        core::migrate(sqlite_);
    }

    Tables sqlite_tables() {
        Tables tables;
        auto columns = sqlite_.prepare(
            "SELECT m.name, p.name, p.type, p.\"notnull\" OR p.pk > 0 FROM sqlite_schema AS m, "
            "pragma_table_info(m.name) AS p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY m.name, p.cid");  // not SQLite's own tables (sqlite_sequence: AUTOINCREMENT's counters)
        // A PRIMARY KEY column may hold NULL in SQLite (an old quirk) but never does in the store.
        while (columns.step()) tables[columns.text(0)].push_back({columns.text(1), columns.text(2), columns.integer(3) != 0});
        return tables;
    }

    Tables postgres_tables() {
        Tables tables;
        pqxx::nontransaction session(connection_->raw());
        auto rows = session.exec_params(
            "SELECT table_name, column_name, data_type, is_nullable = 'NO' FROM information_schema.columns "
            "WHERE table_schema = $1 AND table_name <> $2 AND table_name IN (SELECT table_name FROM "
            "information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE') "
            "ORDER BY table_name, ordinal_position",
            round_, std::string(version_table));
        for (const auto& row : rows)
            tables[row[0].as<std::string>()].push_back(
                {row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<bool>()});
        return tables;
    }

    std::string round_;
    std::optional<PostgresConnection> connection_;
    Database sqlite_{":memory:", true};
};

TEST(SchemaParity, PostgresqlKeepsStepWithSqlitesVersion) {
    EXPECT_EQ(postgres_schema_version, store_schema_version)
        << "a new SQLite migration needs its PostgreSQL twin in store/postgres/schema.cpp";
}

TEST_F(SchemaParityTest, TablesAndColumnsMatchSqlite) {
    Tables sqlite = sqlite_tables();
    Tables postgres = postgres_tables();
    std::set<std::string> sqlite_names, postgres_names;
    for (const auto& [table, columns] : sqlite) sqlite_names.insert(table);
    for (const auto& [table, columns] : postgres) postgres_names.insert(table);
    ASSERT_EQ(postgres_names, sqlite_names);

    for (const auto& [table, columns] : sqlite) {
        const auto& twins = postgres[table];
        std::vector<std::string> names, twin_names;
        for (const auto& column : columns) names.push_back(column.name);
        for (const auto& column : twins) twin_names.push_back(column.name);
        ASSERT_EQ(twin_names, names) << table;
        for (size_t i = 0; i < columns.size(); ++i) {
            EXPECT_TRUE(same_type(columns[i].type, twins[i].type))
                << table << "." << columns[i].name << ": " << columns[i].type << " vs " << twins[i].type;
            EXPECT_EQ(twins[i].not_null, columns[i].not_null) << table << "." << columns[i].name;
        }
    }
}

TEST_F(SchemaParityTest, ForeignKeysMatchSqlite) {
    std::set<std::string> sqlite, postgres;
    auto keys = sqlite_.prepare(
        "SELECT m.name || '.' || f.\"from\" || ' -> ' || f.\"table\" || '.' || f.\"to\" || ' ' || f.on_delete "
        "FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'");
    while (keys.step()) sqlite.insert(keys.text(0));
    ASSERT_FALSE(sqlite.empty());

    pqxx::nontransaction session(connection_->raw());
    auto rows = session.exec_params(R"sql(
SELECT t.relname || '.' || a.attname || ' -> ' || r.relname || '.' || ra.attname || ' ' ||
       CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION' ELSE c.confdeltype::text END
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class r ON r.oid = c.confrelid
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
WHERE c.contype = 'f' AND n.nspname = $1 AND cardinality(c.conkey) = 1)sql",
                                    round_);
    for (const auto& row : rows) postgres.insert(row[0].as<std::string>());
    EXPECT_EQ(postgres, sqlite);
}

TEST_F(SchemaParityTest, SqlitesNamedIndexesExist) {
    std::set<std::string> sqlite, postgres;
    auto indexes = sqlite_.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL");
    while (indexes.step()) sqlite.insert(indexes.text(0));
    ASSERT_FALSE(sqlite.empty());
    pqxx::nontransaction session(connection_->raw());
    for (const auto& row : session.exec_params("SELECT indexname FROM pg_indexes WHERE schemaname = $1", round_))
        postgres.insert(row[0].as<std::string>());
    for (const auto& name : sqlite) EXPECT_TRUE(postgres.contains(name)) << name;
}

}  // namespace
}  // namespace inspraak::core::postgres
