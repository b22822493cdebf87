// The fixture of the PostgreSQL store's own tests, on the test server of test_support/test_stores.hpp.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/postgres/connection.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core::postgres::testing {

class PostgresTest : public ::testing::Test {
protected:
    void SetUp() override;

    // A round name of this test process, dropped (with its tables) after the test.
    std::string scratch_round(std::string_view suffix);
    // The server's connection string, with ?round=<round> when a round is given.
    std::string connection_string(std::string_view round = {}) const;

private:
    std::string server_;
    std::vector<std::unique_ptr<ScratchRound>> rounds_;
};

}  // namespace inspraak::core::postgres::testing
