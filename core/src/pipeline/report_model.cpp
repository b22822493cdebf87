// Builds the ReportModel from the store (without personal data unless asked for): the head and
// every row and submission of the streaming source (report_source.hpp), held in memory.
#include "pipeline/report_model.hpp"

#include <stdexcept>

#include "inspraak/report_stream.hpp"
#include "pipeline/report_source.hpp"

namespace inspraak::core {

ReportModel build_report_model(Store& s, const RoundConfig& round, const ReportModelOptions& options) {
    StoreReportSource source(s, round, options);
    const ReportHead& head = source.head();
    ReportModel model;
    model.title = head.title;
    model.date = head.date;
    model.language = head.language;
    model.general_reaction = head.general_reaction;
    model.framework_title = head.framework_title;
    model.chapters = head.chapters;
    model.workstreams = head.workstreams;
    model.problems = head.problems;
    model.with_personal_data = head.with_personal_data;
    model.templates_dir = head.templates_dir;
    model.word_template = head.word_template;
    model.framework_changes = head.framework_changes;
    model.framework_route = head.framework_route;
    report::for_each_submission(source, [&](const ReportSubmission& submission) { model.submissions.push_back(submission); });
    report::for_each_point(source, {}, [&](const ReportEntry& entry) { model.points.push_back(entry.point); });
    return model;
}

}  // namespace inspraak::core
