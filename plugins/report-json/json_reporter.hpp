// The round as the JSON report of docs/json-report.md, pretty-printed UTF-8. Extensions
// beyond the contract: points[].section, points[].route_name, top-level workstreams and problems, and
// submissions[].contact {name, email, phone} only when with_personal_data.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "inspraak/plugin.hpp"

namespace inspraak::report_json {

// Streams (ReportWriter, API 3.2): the document is written in pieces, each submission and point
// object printed as it is read, with the layout dump(2) gives the whole document. render() is the
// same for a whole model.
class JsonReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

}  // namespace inspraak::report_json
