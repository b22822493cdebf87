// A zip archive read from memory, for every plugin that reads zip-based formats (.docx, .odt,
// .zip), with limits against zip bombs: every entry read counts towards
// a total, and an entry that unpacks far larger than it is stored is refused. Both limits are
// checked from the sizes the archive declares before reading, and again while reading, because
// those declared sizes can lie.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <vector>

#include "inspraak/result.hpp"

namespace inspraak::ingest {

// The reasons read() gives for an entry it refuses, for callers that say them differently.
inline constexpr std::string_view zip_bomb_reason = "uitgepakt te groot (mogelijke zip-bom)";
inline constexpr std::string_view encrypted_reason = "versleuteld document; sla het op zonder wachtwoord";

struct ZipLimits {
    std::uint64_t max_total_unpacked = 64ull * 1024 * 1024;  // over all entries read
    double max_ratio = 200.0;                                 // unpacked : stored, per entry
    // Small entries may compress well beyond the ratio (a short run of repeated XML) without
    // being a danger; the ratio applies from this unpacked size on.
    std::uint64_t ratio_applies_from = 1024 * 1024;
    std::uint64_t max_entry_unpacked = UINT64_MAX;            // one entry

};

class ZipArchive {
public:
    // Fails with a short reason ("geen zip-archief") when `bytes` is no readable archive. The
    // archive refers to `bytes`, which must outlive it.
    static Result<ZipArchive> open(std::string_view bytes, ZipLimits limits);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    bool contains(const std::string& name) const;
    // Every entry's name in the archive's order, directories (names ending in '/') included.
    std::vector<std::string> names() const;

    // The entry's unpacked bytes. Fails when it is missing ("<name> ontbreekt"), cannot be
    // unpacked, or would break a limit (zip_bomb_reason), or is encrypted (encrypted_reason).
    Result<std::string> read(const std::string& name);

private:
    struct Handle;
    explicit ZipArchive(std::unique_ptr<Handle> handle, ZipLimits limits);

    std::unique_ptr<Handle> handle_;
    ZipLimits limits_;
    std::uint64_t unpacked_so_far_ = 0;
};

}  // namespace inspraak::ingest
