// Builds the ReportModel from the store (without personal data unless asked for): the head and
// every row and submission of the streaming source (report_source.hpp), held in memory.
#include "pipeline/report_model.hpp"

#include <stdexcept>

#include "inspraak/report_stream.hpp"
#include "pipeline/report_source.hpp"

namespace inspraak::core {

ReportModel build_report_model(Store& s, const RoundConfig& round, const ReportModelOptions& options) {
    StoreReportSource source(s, round, options);
    ReportModel model = report::model_of(source.head());
    report::for_each_submission(source, [&](const ReportSubmission& submission) { model.submissions.push_back(submission); });
    report::for_each_point(source, {}, [&](const ReportEntry& entry) { model.points.push_back(entry.point); });
    return model;
}

}  // namespace inspraak::core
