#include "html_reporter.hpp"

#include "inspraak/report_stream.hpp"
#include "inspraak/report_view.hpp"
#include "light_markdown.hpp"

namespace inspraak::report_html {

Result<void> HtmlReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> {
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
        report::SinkWriter out(sink);
        const Result<void> written = report::write_template(source, format, [&](std::string_view piece) { out.write(piece); });
        if (!written) return written.error();
        out.flush();
        return {};
    });
}

Result<std::string> HtmlReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_html
