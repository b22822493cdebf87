// The store backends a test runs on: a SQLite file in a temporary folder, or a round of its own
// on the PostgreSQL test server named by INSPRAAK_TEST_POSTGRES (scripts/test.sh starts one with
// scripts/postgres-test-server.sh). Without that server a PostgreSQL test fails under CI, so that
// CI cannot skip it unnoticed, and is skipped elsewhere (a developer without PostgreSQL).
//
// Value-parameterised suites run on both:
//   INSTANTIATE_TEST_SUITE_P(Backends, MySuite, all_store_backends, store_backend_name);
// and call INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam()) first in SetUp (or the test).
#pragma once

#include <gtest/gtest.h>
#include <pqxx/nontransaction>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>

#include "store/postgres/connection.hpp"
#include "store/postgres/round_name.hpp"
#include "store/store_location.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {

enum class StoreBackendKind { sqlite, postgres };

inline const auto all_store_backends = ::testing::Values(StoreBackendKind::sqlite, StoreBackendKind::postgres);

inline const char* store_backend_label(StoreBackendKind kind) {
    return kind == StoreBackendKind::sqlite ? "SQLite" : "PostgreSQL";
}

// The tests' names end in /SQLite or /PostgreSQL ...
inline std::string store_backend_name(const ::testing::TestParamInfo<StoreBackendKind>& info) {
    return store_backend_label(info.param);
}

// ... and ctest's ("# GetParam() = PostgreSQL") say the same instead of the value's bytes.
inline void PrintTo(StoreBackendKind kind, std::ostream* out) { *out << store_backend_label(kind); }

// The test server's connection string, or empty when there is none.
inline std::string test_postgres_server() {
    const char* server = std::getenv("INSPRAAK_TEST_POSTGRES");
    return server ? server : "";
}

// `server` with ?round=<round> (or &round=... when it has parameters already).
inline std::string with_round(const std::string& server, std::string_view round) {
    return server + (server.find('?') == std::string::npos ? "?" : "&") + "round=" + std::string(round);
}

// Returns from the calling SetUp or test (failed under CI, skipped elsewhere) when `kind` is
// PostgreSQL and there is no test server.
#define INSPRAAK_SKIP_WITHOUT_POSTGRES(kind)                                                               \
    if ((kind) == ::inspraak::StoreBackendKind::postgres && ::inspraak::test_postgres_server().empty()) {  \
        if (std::getenv("CI"))                                                                             \
            FAIL() << "INSPRAAK_TEST_POSTGRES is not set: scripts/test.sh starts a test server "          \
                      "(scripts/postgres-test-server.sh)";                                                 \
        GTEST_SKIP() << "INSPRAAK_TEST_POSTGRES is not set: no PostgreSQL server to test against";        \
    }

// A round name on the test server for this process, dropped (with its tables) when the object
// goes: ctest runs tests side by side against one server, each in a process of its own.
class ScratchRound {
public:
    ScratchRound(std::string server, std::string_view suffix)
        : server_(std::move(server)), name_("t" + std::to_string(::getpid()) + "-" + std::string(suffix)) {
        drop();  // a round of an earlier process with the same id, killed before it could drop it
    }
    ~ScratchRound() {
        try {
            drop();
        } catch (...) {  // a server gone by now takes its rounds with it
        }
    }
    ScratchRound(const ScratchRound&) = delete;
    ScratchRound& operator=(const ScratchRound&) = delete;

    const std::string& name() const { return name_; }
    std::string connection_string() const { return with_round(server_, name_); }

private:
    void drop() {
        core::postgres::PostgresConnection connection(server_);
        pqxx::nontransaction session(connection.raw());
        session.exec("DROP SCHEMA IF EXISTS " + core::postgres::quoted_identifier(name_) + " CASCADE");
    }

    std::string server_;
    std::string name_;
};

// Where one test keeps its store: round.db in a temporary folder, or a fresh round on the test
// server (check INSPRAAK_SKIP_WITHOUT_POSTGRES first).
class TestStore {
public:
    explicit TestStore(StoreBackendKind kind) {
        static int made = 0;  // a process may make several: each gets a round of its own
        if (kind == StoreBackendKind::postgres)
            round_ = std::make_unique<ScratchRound>(test_postgres_server(), "store" + std::to_string(++made));
    }

    // What --store takes.
    std::string text() const { return round_ ? round_->connection_string() : (dir_.path() / "round.db").string(); }
    core::StoreLocation location() const { return core::StoreLocation::parse(text()); }
    const TempDir& dir() const { return dir_; }

private:
    TempDir dir_;  // also for a PostgreSQL test: its reports and scratch files
    std::unique_ptr<ScratchRound> round_;
};

}  // namespace inspraak
