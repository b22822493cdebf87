// The round as the JSON report of docs/json-report.md, pretty-printed UTF-8. Extensions
// beyond the contract: points[].section, points[].route_name, top-level workstreams and problems, and
// submissions[].contact {name, email, phone} only when with_personal_data.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "inspraak/plugin.hpp"

namespace inspraak::report_json {

class JsonReporter final : public Reporter {
public:
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

// The document itself, before it is printed.
nlohmann::ordered_json report_document(const ReportModel& model);

}  // namespace inspraak::report_json
