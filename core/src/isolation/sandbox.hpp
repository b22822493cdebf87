// The walls around a process that parses one untrusted file (the parse worker's child, see
// parse_worker_main.cpp): resource limits, and a seccomp filter that leaves it no network, no
// writing, creating or removing of files, no programs to start and no other process to touch.
// Reading files stays allowed: plugins read their own data (OCR models, fonts).
#pragma once

#include <string>

#include "isolation/parse_limits.hpp"

namespace inspraak::core {

// For the process itself, after fork and before any untrusted byte is looked at. Returns "" when
// every wall is up, else what failed (the caller then must not parse).
std::string enter_sandbox(const ParseLimits& limits);

// The exit status of a parsing process that ran out of memory (its new-handler ends it with it).
constexpr int out_of_memory_exit = 86;

}  // namespace inspraak::core
