#include "html_reporter.hpp"

#include "inspraak/report_view.hpp"
#include "light_markdown.hpp"

namespace inspraak::report_html {

Result<std::string> HtmlReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> {
        report::TemplateFormat format;
        format.template_name = "report.html.mustache";
        // The officer's general reaction as HTML blocks, already escaped: the template uses
        // {{{html}}}.
        format.general = [](const std::string& general_reaction) {
            kainjow::mustache::data list{kainjow::mustache::data::type::list};
            for (const auto& block : light_markdown_to_html(general_reaction)) {
                list.push_back(kainjow::mustache::data{"html", block});
            }
            return list;
        };
        // No format.escape: mustache's default escaping is HTML escaping, so every {{value}} is
        // safe in element content and in quoted attributes.
        return report::render_template(model, format);
    });
}

}  // namespace inspraak::report_html
