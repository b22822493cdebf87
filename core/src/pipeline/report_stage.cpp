// Report: has each report plugin render the report model (report_model.hpp) to
// <out>/reactienota.<format>.
#include <fmt/core.h>

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
        if (!reporter) throw std::runtime_error(fmt::format("geen report-plugin voor formaat '{}'", format));
        Result<std::string> rendered = Error{""};
        try {
            rendered = reporter->render(model);
        } catch (...) {
            rendered = Error{"de plugin gooide een uitzondering"};
        }
        if (!rendered) throw std::runtime_error(fmt::format("rapport {}: {}", format, rendered.error().message));
        auto file = out_dir() / fmt::format("reactienota.{}", format);
        write_file_atomically(file, *rendered);
        written.push_back(file);
    }
    return written;
}

}  // namespace inspraak::core
