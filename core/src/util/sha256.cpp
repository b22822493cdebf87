#include "util/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

#include "util/hex.hpp"

namespace inspraak::core {

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return lower_hex(std::string_view(reinterpret_cast<const char*>(digest.data()), size));
}

}  // namespace inspraak::core
