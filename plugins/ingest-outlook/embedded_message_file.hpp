// A message attached to a .msg (PT_OBJECT, the `__substg1.0_3701000D` storage) written out as a
// .msg file of its own, so that the host can read it like any other file of the round.
#pragma once

#include <optional>
#include <string>

#include "ole_storage.hpp"
#include "reading_limits.hpp"

namespace inspraak::ingest::outlook {

// Copies `message` (an embedded message's storage) into a new compound file in memory. The
// property stream gets the 32-byte header of a top-level message instead of the 24-byte one of
// an embedded message, and the parent's `__nameid_version1.0` (the named-property map, kept
// only at the top) is copied along when given. Throws UnreadableMessage past the limits.
std::string embedded_message_file(const OleStorage& message, const std::optional<OleStorage>& named_properties,
                                  ReadBudget& budget);

}  // namespace inspraak::ingest::outlook
