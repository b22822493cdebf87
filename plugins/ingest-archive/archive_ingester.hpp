// Reads a .zip of submissions: a folder of letters delivered as one file. The plugin reads no
// member itself; it hands every member back (IngestResult::embedded, belongs_to -1) and the host
// reads each with the plugin for its type, as if it lay in the round's folder.
//
// Every archive is hostile: a member that unpacks past its limit (a zip bomb), too many
// members, or all of them together too large are refused with one warning each kind; an
// encrypted member is a warning; a damaged archive is an error.
#pragma once

#include <cstddef>
#include <cstdint>

#include "inspraak/plugin.hpp"

namespace inspraak::ingest {

struct ArchiveLimits {
    std::uint64_t max_member_bytes = std::uint64_t{64} << 20;   // one member, unpacked
    std::uint64_t max_total_bytes = std::uint64_t{256} << 20;   // all members together, unpacked
    size_t max_members = 1000;
};

class ArchiveIngester final : public Ingester {
public:
    explicit ArchiveIngester(ArchiveLimits limits = {}) : limits_(limits) {}
    Result<IngestResult> read(const SourceFile& file) const noexcept override;

private:
    ArchiveLimits limits_;
};

// Whether a member is the archiving program's furniture rather than a submission: folders,
// macOS resource forks ("__MACOSX/", "._brief.docx"), hidden files, Thumbs.db, desktop.ini.
bool is_archive_furniture(std::string_view name);

}  // namespace inspraak::ingest
