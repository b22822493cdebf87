// How much one untrusted file may cost when a worker parses it (see worker_pool.hpp).
#pragma once

#include <chrono>
#include <cstddef>

namespace inspraak::core {

struct ParseLimits {
    // Processor time of the parsing process (RLIMIT_CPU): an endless loop ends here.
    std::chrono::seconds cpu{60};
    // Time on the clock, for what does not use the processor (a parser waiting on itself).
    std::chrono::seconds wall{90};
    // Address space (RLIMIT_AS), also watched as resident memory: a parser that allocates without
    // bound fails here instead of taking the machine's memory from the round and the server.
    size_t memory_bytes = size_t{2} << 30;
};

}  // namespace inspraak::core
