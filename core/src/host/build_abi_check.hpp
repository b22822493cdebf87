// Whether a plugin built as its descriptor's `abi` says can share standard-library types with
// this host (inspraak/build_abi.hpp has the format and docs/plugin-api.md the promise).
#pragma once

#include <optional>
#include <string_view>

#include "app/message.hpp"

namespace inspraak::core {

// Why a plugin built with `plugin_abi` cannot be loaded by a host built with `host_abi`, or
// nothing when it can: the same standard library and layout, and a release no newer than the
// host's. The reason names both builds and says what the host needs.
std::optional<Message> build_abi_mismatch(std::string_view plugin_abi, std::string_view host_abi);

}  // namespace inspraak::core
