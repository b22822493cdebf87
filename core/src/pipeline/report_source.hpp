// The round as a streaming report plugin reads it (API 3.2, plugin.hpp's ReportSource): the head
// at once, the published rows and the submissions page by page from the store, in round order.
// What is done to each row (the published label, personal data redacted unless asked for, what an
// officer kept public, a group published once as its lead, origin, notes) is the same as for the
// whole ReportModel (report_model.hpp), which is built from this source.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>

#include "inspraak/plugin.hpp"
#include "pipeline/report_model.hpp"
#include "pipeline/report_spool.hpp"
#include "privacy/redactor.hpp"

namespace inspraak::core {

// The points and submissions read from the store at a time.
inline constexpr int64_t report_page_size = 2000;

// Everything of the report but its rows and submissions. Whole-round data read here is small
// beside the points: the framework, the files found inside files, what officers kept public,
// and (only for a round with a revised framework) the change links and the groups.
// `counted`: with the rows counted (point_count, points_per_route: a scan of the round per route);
// false leaves them to the caller, which counts them as it reads the rows (Pipeline::report).
ReportHead build_report_head(Store& store, const RoundConfig& round, const ReportModelOptions& options,
                             bool counted = true);
// The routes a report counts its rows in: "geen" and the round's workstreams.
std::set<std::string> report_routes(const RoundConfig& round);

// Reads `store` (which must outlive it and its readers, and serve no other thread meanwhile).
class StoreReportSource final : public ReportSource {
public:
    StoreReportSource(Store& store, const RoundConfig& round, const ReportModelOptions& options);
    // With a head built before (build_report_head), to share it between sources.
    StoreReportSource(Store& store, ReportHead head);
    // With the head and the round's context (read_context) shared with the other formats' sources,
    // and the rows made once for them all (report_spool.hpp); without `rows`, from the store.
    struct Context;
    StoreReportSource(Store& store, ReportHead head, std::shared_ptr<const Context> context,
                      std::shared_ptr<const ReportSpool> rows = nullptr);
    ~StoreReportSource() override;

    // What every row needs from the whole round, read once: safe to share between sources that
    // read on other threads (each on its own Store).
    static std::shared_ptr<const Context> read_context(Store& store, const ReportHead& head);

    // Rows read from the store (not from a spool) are made on this many threads, this one among
    // them; the store is read on this one. The default is one.
    void set_row_threads(unsigned threads) { row_threads_ = threads; }

    const ReportHead& head() const noexcept override { return head_; }
    Result<std::unique_ptr<ReportPointReader>> points(const ReportPointFilter& filter) noexcept override;
    Result<std::unique_ptr<ReportSubmissionReader>> submissions() noexcept override;

private:
    Store& store_;
    ReportHead head_;
    std::shared_ptr<const Context> context_;
    std::shared_ptr<const ReportSpool> rows_;
    unsigned row_threads_ = 1;
};

}  // namespace inspraak::core
