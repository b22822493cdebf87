#include "docx_reporter.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "inspraak/report_stream.hpp"
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

Result<void> write_docx(ReportSource& source, ReportSink& sink) {
    const ReportHead& head = source.head();
    auto labels = report::read_labels(head.templates_dir, head.language);
    if (!labels) return labels.error();
    auto setup = prepare_word_setup(head.word_template, head.language);
    if (!setup) return setup.error();

    // The general reaction is written from the head (Markdown-light), so the view's list stays empty.
    const auto view = report::make_head_view(head, *labels, kainjow::mustache::data{kainjow::mustache::data::type::list});
    const MemoPage page{setup->section_xml, setup->text_width};
    // word/document.xml grows with the rows: it goes to an unnamed temporary file, zipped from there.
    std::FILE* document = std::tmpfile();
    if (document == nullptr) return Error{std::string("geen tijdelijk bestand voor word/document.xml: ") + std::strerror(errno)};
    try {
        write_memo_document(source, *labels, view, setup->styles, page, [&](std::string_view piece) {
            if (std::fwrite(piece.data(), 1, piece.size(), document) != piece.size())
                throw std::runtime_error("word/document.xml niet te schrijven in een tijdelijk bestand");
        });
        if (std::fflush(document) != 0 || std::fseek(document, 0, SEEK_SET) != 0)
            throw std::runtime_error("word/document.xml niet te schrijven in een tijdelijk bestand");
    } catch (...) {
        std::fclose(document);
        throw;
    }
    const std::string docx =
        write_word_file(*setup, document, {head.title, memo_label(*labels, head.language), head.date, head.language});
    return sink.write(docx);
}

}  // namespace

Result<void> DocxReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> { return write_docx(source, sink); });
}

Result<std::string> DocxReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_docx
