#include "docx_reporter.hpp"

#include "inspraak/report_templates.hpp"
#include "inspraak/report_view.hpp"
#include "memo_document.hpp"
#include "word_file.hpp"

namespace inspraak::report_docx {
namespace {

std::string memo_label(const nlohmann::json& labels, const std::string& language) {
    const auto found = labels.find("memo");
    if (found != labels.end() && found->is_string()) return found->get<std::string>();
    return language == "en" ? "Response memo" : "Reactienota";
}

Result<std::string> render_docx(const ReportModel& model) {
    auto labels = report::read_labels(model.templates_dir, model.language);
    if (!labels) return labels.error();
    auto setup = prepare_word_setup(model.word_template, model.language);
    if (!setup) return setup.error();

    // The general reaction is written from the model (Markdown-light), so the view's list stays empty.
    const auto view = report::make_view(model, *labels, kainjow::mustache::data{kainjow::mustache::data::type::list});
    const MemoPage page{setup->section_xml, setup->text_width};
    const std::string document = memo_document_xml(model, *labels, view, setup->styles, page);
    return write_word_file(*setup, document,
                           {model.title, memo_label(*labels, model.language), model.date, model.language});
}

}  // namespace

Result<std::string> DocxReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> { return render_docx(model); });
}

}  // namespace inspraak::report_docx
