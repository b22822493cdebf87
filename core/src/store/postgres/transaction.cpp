#include "store/postgres/transaction.hpp"

#include <string>

namespace inspraak::core::postgres {
namespace {

// The first key of the two-key advisory lock: 'insp', so inspraak's locks keep out of others' way.
constexpr int advisory_lock_class = 0x696e7370;

}  // namespace

void lock_round(pqxx::work& work, std::string_view round) {
    work.exec_params("SELECT pg_advisory_xact_lock($1, hashtext($2))", advisory_lock_class, std::string(round));
}

}  // namespace inspraak::core::postgres
