// Report: has each report plugin render the report model (report_model.hpp) to
// <out>/reactienota.<format>. The formats are rendered side by side, a thread per core: each
// plugin only reads the one model (Reporter::render is const), and they share nothing else.
#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "app/app_error.hpp"
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
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < formats.size(); i = next++) {
            try {
                render(i);
            } catch (...) {
                failed[i] = std::current_exception();
            }
        }
    };
    const unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()),
                                                static_cast<unsigned>(formats.size()));
    {
        std::vector<std::jthread> helpers;
        for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work);
        work();
    }
    for (const auto& error : failed)
        if (error) std::rethrow_exception(error);
    return written;
}

}  // namespace inspraak::core
