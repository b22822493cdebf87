#include "docx_reporter.hpp"

#include "house_style.hpp"
#include "inspraak/report_templates.hpp"
#include "inspraak/report_view.hpp"
#include "memo_document.hpp"
#include "package_parts.hpp"
#include "styles.hpp"
#include "zip_io.hpp"

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

    HouseStyle house;
    if (!model.word_template.empty()) {
        auto read = read_house_style(model.word_template);
        if (!read) return read.error();
        house = std::move(*read);
    }
    const auto in_template = [&](const Error& error) {
        return Error{"Word-sjabloon " + model.word_template + ": " + error.message};
    };
    auto numbering = bullet_numbering(house.numbering_xml.empty() ? nullptr : &house.numbering_xml);
    if (!numbering) return in_template(numbering.error());
    StyleSheet styles;
    if (house.styles_xml.empty()) {
        styles = default_styles(model.language, numbering->list_num_id);
    } else {
        auto merged = merge_styles(house.styles_xml, model.language, numbering->list_num_id);
        if (!merged) return in_template(merged.error());
        styles = std::move(*merged);
    }

    // The general reaction is written from the model (Markdown-light), so the view's list stays empty.
    const auto view = report::make_view(model, *labels, kainjow::mustache::data{kainjow::mustache::data::type::list});
    MemoPage page;
    page.section_xml = house.section_xml.empty() ? default_section_xml() : house.section_xml;
    page.text_width = house.section_xml.empty() ? a4_text_width : house.text_width;

    // The entries' strings must live until write_zip returns.
    std::vector<ZipEntry> entries{
        {"[Content_Types].xml", content_types_xml(house.parts)},
        {"_rels/.rels", package_relationships_xml()},
        {"docProps/core.xml",
         core_properties_xml(model.title, memo_label(*labels, model.language), model.date, model.language)},
        {"docProps/app.xml", app_properties_xml()},
        {"word/document.xml", memo_document_xml(model, *labels, view, styles, page)},
        {"word/_rels/document.xml.rels", document_relationships_xml(house.relations)},
        {"word/styles.xml", styles.xml},
        {"word/settings.xml", house.settings_xml.empty() ? default_settings_xml(model.language) : house.settings_xml},
        {"word/numbering.xml", numbering->xml},
    };
    for (auto& part : house.parts) entries.push_back({part.name, std::move(part.bytes)});
    return write_zip(entries);
}

}  // namespace

Result<std::string> DocxReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> { return render_docx(model); });
}

}  // namespace inspraak::report_docx
