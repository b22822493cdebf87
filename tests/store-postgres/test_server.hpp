// The PostgreSQL server of the tests, named by INSPRAAK_TEST_POSTGRES (scripts/test.sh starts one
// with scripts/postgres-test-server.sh). Without it a test fails under CI, so that CI cannot skip
// these tests unnoticed, and is skipped elsewhere (a developer without PostgreSQL).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "store/postgres/connection.hpp"

namespace inspraak::core::postgres::testing {

class PostgresTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // A round name of this test process, dropped (with its tables) after the test: ctest runs
    // tests side by side against one server.
    std::string scratch_round(std::string_view suffix);
    // The server's connection string, with ?round=<round> when a round is given.
    std::string connection_string(std::string_view round = {}) const;

private:
    std::string server_;
    std::vector<std::string> rounds_;
};

}  // namespace inspraak::core::postgres::testing
