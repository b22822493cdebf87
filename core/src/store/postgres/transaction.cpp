#include "store/postgres/transaction.hpp"

#include <string>

namespace inspraak::core::postgres {
void lock_round(pqxx::work& work, std::string_view round) {
    work.exec_params("SELECT pg_advisory_xact_lock($1, hashtext($2))", advisory_lock_class, std::string(round));
}

}  // namespace inspraak::core::postgres
