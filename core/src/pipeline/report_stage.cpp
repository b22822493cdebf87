// Report: has each report plugin render the report model (report_model.hpp) to
// <out>/reactienota.<format>.
#include <fmt/core.h>

#include "app/app_error.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/report_model.hpp"
#include "util/files.hpp"

namespace inspraak::core {

std::vector<std::filesystem::path> Pipeline::report(const std::vector<std::string>& formats) {
    const ReportModel model =
        build_report_model(store(), round_, ReportModelOptions{options_.templates_dir, options_.with_personal_data});
    std::vector<std::filesystem::path> written;
    for (const auto& format : formats) {
        auto reporter = host_.reporter(format);
        if (!reporter) throw AppException(AppError{ErrorKind::invalid, Message{"report.no_plugin", {format}}});
        Result<std::string> rendered = Error{""};
        try {
            rendered = reporter->render(model);
        } catch (...) {
            throw AppException(AppError{ErrorKind::internal, Message{"report.threw", {format}}});
        }
        if (!rendered)
            throw AppException(AppError{ErrorKind::internal, Message{"report.failed", {format, rendered.error().message}}});
        auto file = out_dir() / fmt::format("reactienota.{}", format);
        write_file_atomically(file, *rendered);
        written.push_back(file);
    }
    return written;
}

}  // namespace inspraak::core
