#pragma once

#include <string>
#include <string_view>

namespace inspraak::core {

// Lower-case hex SHA-256 of `bytes` (OpenSSL).
std::string sha256_hex(std::string_view bytes);

}  // namespace inspraak::core
