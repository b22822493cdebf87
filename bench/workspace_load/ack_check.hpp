// Checks the acknowledged writes against the store after a run: each has its audit entry (the
// point, the field, the value, who), and each point's stored reaction and route are what its
// newest audit entry says. Reads the store directly, not through the server.
#pragma once

#include <string>
#include <vector>

#include "acks.hpp"

namespace inspraak::load {

struct CheckResult {
    size_t checked = 0;
    size_t missing = 0;       // acknowledged, but no audit entry (a lost write)
    size_t inconsistent = 0;  // stored value differs from the newest audit entry
    std::vector<std::string> samples;  // the first few problems
};

// `store` as --store takes it.
CheckResult check_acks(const std::string& store, const std::vector<Ack>& acks);

}  // namespace inspraak::load
