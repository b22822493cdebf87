#include "html_reporter.hpp"

#include <kainjow/mustache.hpp>

#include "html_view.hpp"
#include "template_folder.hpp"

namespace inspraak::report_html {

Result<std::string> HtmlReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> {
        constexpr const char* template_name = "report.html.mustache";
        auto source = read_template_file(model.templates_dir, model.language, template_name);
        if (!source) return source.error();
        auto labels = read_labels(model.templates_dir, model.language);
        if (!labels) return labels.error();

        // mustache's default escaping is HTML escaping: every {{value}} is safe in element
        // content and in quoted attributes.
        kainjow::mustache::mustache tmpl{source.value()};
        if (!tmpl.is_valid()) return Error{std::string(template_name) + ": " + tmpl.error_message()};
        std::string html = tmpl.render(make_view(model, labels.value()));
        if (!tmpl.is_valid()) return Error{std::string(template_name) + ": " + tmpl.error_message()};
        return html;
    });
}

}  // namespace inspraak::report_html
