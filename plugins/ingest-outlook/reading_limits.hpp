// What the plugin is willing to read of one file. Every .msg and winmail.dat is treated as
// hostile: declared sizes are checked against these before anything is allocated.
#pragma once

#include <cstddef>

namespace inspraak::ingest::outlook {

inline constexpr std::size_t kMaxStreamBytes = 64u << 20;        // one OLE stream or TNEF attribute
inline constexpr std::size_t kMaxTotalBytes = 256u << 20;        // all streams of one file together
inline constexpr std::size_t kMaxAttachments = 500;              // attachments of one message
inline constexpr std::size_t kMaxRtfBytes = 32u << 20;           // decompressed RTF body
inline constexpr int kMaxStorageDepth = 16;                      // nesting of storages copied out
inline constexpr std::size_t kMaxFileBytes = 512u << 20;         // the input file itself

// Counts the bytes read from one file, so that streams that share sectors (a crafted compound
// file can point many streams at the same data) cannot multiply the memory used.
class ReadBudget {
public:
    // False, and nothing taken, when `bytes` more would pass the limit.
    bool take(std::size_t bytes) {
        if (bytes > kMaxTotalBytes - used_) return false;
        used_ += bytes;
        return true;
    }

private:
    std::size_t used_ = 0;
};

}  // namespace inspraak::ingest::outlook
