// The store's schema version, without the schema itself: what callers and tests may compare
// against (see schema.cpp for the migrations).
#pragma once

namespace inspraak::core {

inline constexpr int store_schema_version = 9;

}  // namespace inspraak::core
