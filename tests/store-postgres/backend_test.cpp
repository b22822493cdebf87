// What only the PostgreSQL backend has to show (the rest runs on both backends in tests/core):
// its errors, and that two writers on one round take turns.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "store-postgres/test_server.hpp"
#include "store/postgres/error.hpp"
#include "store/store.hpp"

namespace inspraak::core::postgres {
namespace {

using PostgresBackendTest = testing::PostgresTest;

TEST_F(PostgresBackendTest, AFailingStatementIsAStoreErrorOfOneLineNamingServerAndRound) {
    auto round = scratch_round("fout");
    auto store = Store::create(StoreLocation::parse(connection_string(round)));
    try {
        store.add_point(Point{"I001.1", "I404", 1, "Punt zonder inzending", "", ""});
        FAIL() << "expected a StoreError";
    } catch (const StoreError& e) {
        std::string message = render(e.error().message, false);
        EXPECT_NE(message.find("PostgreSQL "), std::string::npos) << message;
        EXPECT_NE(message.find("?round=" + round + ": opslaan mislukt: "), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        std::string english = render(e.error().message, true);
        EXPECT_NE(english.find("?round=" + round + ": saving failed: "), std::string::npos) << english;
        EXPECT_EQ(e.error().kind, ErrorKind::internal);
    }
    // Outside a write the failed statement took only its own transaction down.
    store.set_meta("na", "de fout");
    EXPECT_EQ(store.meta("na"), "de fout");
}

TEST_F(PostgresBackendTest, AnAddressWithoutARoundOrAMissingRoundIsRefused) {
    EXPECT_THROW(Store::create(StoreLocation::parse(connection_string())), PostgresError);
    auto round = scratch_round("nergens");
    try {
        Store::open(StoreLocation::parse(connection_string(round)));
        FAIL() << "expected a StoreError";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::not_found);
        EXPECT_NE(render(e.error().message, false).find("?round=" + round + ": deze ronde bestaat niet"), std::string::npos)
            << e.what();
        EXPECT_NE(render(e.error().message, true).find("?round=" + round + ": this round does not exist (run 'inspraak init'"),
                  std::string::npos)
            << render(e.error().message, true);
    }
}

// As SQLite's BEGIN IMMEDIATE: a write takes the round's lock when it begins, so a second writer
// waits until the first commits, and then sees what it wrote.
TEST_F(PostgresBackendTest, TwoWritersOnOneRoundTakeTurns) {
    auto location = StoreLocation::parse(connection_string(scratch_round("beurt")));
    auto first = Store::create(location);
    auto second = Store::open(location);
    first.set_meta("teller", "0");

    std::atomic<bool> first_committed{false};
    std::atomic<bool> second_saw_commit{false};
    std::thread other;
    first.write([&](Store& s) {
        s.set_meta("teller", "1");
        other = std::thread([&] {
            second.write([&](Store& t) {
                second_saw_commit = first_committed.load();
                t.set_meta("teller", std::to_string(std::stoi(t.meta("teller").value_or("0")) + 1));
            });
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the second writer is waiting now
        first_committed = true;
    });
    other.join();
    EXPECT_TRUE(second_saw_commit);
    EXPECT_EQ(first.meta("teller"), "2");
}

// Readers do not wait for a writer: they see the store as it was before the write.
TEST_F(PostgresBackendTest, AReaderDoesNotWaitForAWriter) {
    auto location = StoreLocation::parse(connection_string(scratch_round("lezer")));
    auto writer = Store::create(location);
    auto reader = Store::open(location);
    writer.set_meta("stand", "oud");
    writer.write([&](Store& s) {
        s.set_meta("stand", "nieuw");
        EXPECT_EQ(reader.meta("stand"), "oud");
    });
    EXPECT_EQ(reader.meta("stand"), "nieuw");
}

}  // namespace
}  // namespace inspraak::core::postgres
