// Report: has each report plugin render the report model (report_model.hpp) to
// <out>/reactienota.<format>. The formats are rendered side by side (Pipeline::worker_threads):
// each plugin only reads the one model (Reporter::render is const), and they share nothing else.
#include <fmt/core.h>

#include <algorithm>
#include <exception>

#include "app/app_error.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/report_model.hpp"
#include "util/files.hpp"

namespace inspraak::core {

std::vector<std::filesystem::path> Pipeline::report(const std::vector<std::string>& formats) {
    const ReportModel model =
        build_report_model(store(), round_, ReportModelOptions{options_.templates_dir, options_.with_personal_data});
    std::vector<std::filesystem::path> written(formats.size());
    // What went wrong per format; the first in the formats' order is the one reported.
    std::vector<std::exception_ptr> failed(formats.size());
    auto render = [&](size_t i) {
        const std::string& format = formats[i];
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
        written[i] = file;
    };
    parallel_for(formats.size(), std::min(worker_threads(), static_cast<unsigned>(formats.size())), [&](size_t i) {
        try {
            render(i);
        } catch (...) {
            failed[i] = std::current_exception();
        }
    });
    for (const auto& error : failed)
        if (error) std::rethrow_exception(error);
    return written;
}

}  // namespace inspraak::core
