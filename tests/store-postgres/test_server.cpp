#include "store-postgres/test_server.hpp"

namespace inspraak::core::postgres::testing {

void PostgresTest::SetUp() {
    INSPRAAK_SKIP_WITHOUT_POSTGRES(StoreBackendKind::postgres);
    server_ = test_postgres_server();
}

std::string PostgresTest::scratch_round(std::string_view suffix) {
    rounds_.push_back(std::make_unique<ScratchRound>(server_, suffix));
    return rounds_.back()->name();
}

std::string PostgresTest::connection_string(std::string_view round) const {
    return round.empty() ? server_ : with_round(server_, round);
}

}  // namespace inspraak::core::postgres::testing
