// The published rows of a report, made once for every format. Making a row is most of a report's
// work (the store read, personal data redacted, a campaign's common text); each format reads the
// rows at least once and the memos once more per annex, so the host makes them in one pass
// (StoreReportSource's reader) and writes them to a temporary file, which every format's every pass
// then reads back in order. Memory stays one buffer per reader, whatever the round's size; the
// file is unlinked as soon as it is made, so nothing is left behind however the run ends.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "inspraak/plugin.hpp"
#include "isolation/fd_io.hpp"

namespace inspraak::core {

// Whether a row passes a reader's filter (ReportPointFilter: an empty field matches every row);
// the spool's readers and the store's (report_source.cpp) filter alike.
bool row_matches(const ReportEntry& entry, const ReportPointFilter& filter);

class ReportSpool {
public:
    // Writes every row `rows` gives, in their order, to a new file in the temporary directory
    // (TMPDIR). Throws std::runtime_error when it cannot (disk full: the error names the file).
    static std::shared_ptr<const ReportSpool> write(ReportPointReader& rows);

    // The rows that match `filter`, in order. Readers of one spool may read on several threads.
    std::unique_ptr<ReportPointReader> reader(const ReportPointFilter& filter) const;
    int64_t rows() const { return rows_; }
    // How many rows each route has (ReportPoint::route: "geen" for an unclassified point too).
    const std::map<std::string, int64_t>& rows_per_route() const { return rows_per_route_; }

private:
    ReportSpool() = default;

    UniqueFd file_;
    uint64_t size_ = 0;  // bytes
    int64_t rows_ = 0;
    std::map<std::string, int64_t> rows_per_route_;
};

}  // namespace inspraak::core
