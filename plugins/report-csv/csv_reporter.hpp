// The points and their reactions as CSV: one row per point, RFC 4180 (comma, CRLF, quotes where
// needed), UTF-8 with a byte order mark so that Excel reads the accents right. Headers are Dutch,
// or English for language "en"; name and e-mail columns only when with_personal_data.
#pragma once

#include <string>

#include "inspraak/plugin.hpp"

namespace inspraak::report_csv {

// Streams (ReportWriter, API 3.2): a row per point as it is read. render() is the same for a
// whole model.
class CsvReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

}  // namespace inspraak::report_csv
