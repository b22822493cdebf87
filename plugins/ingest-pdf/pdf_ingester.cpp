#include "pdf_ingester.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <string>

#include "page_layout.hpp"
#include "pdf_page_image.hpp"
#include "pdf_text_lines.hpp"

namespace inspraak::ingest {
namespace {

// Fewer letters and digits than this on a page: no text layer worth the name, read it by OCR.
constexpr std::size_t kMinTextCharacters = 20;
// Below this mean confidence the OCR'd text is noise.
constexpr int kMinConfidence = 30;

bool has_text(const std::string& body) {
    for (char c : body)
        if (c != '\f' && c != '\n' && c != ' ') return true;
    return false;
}

std::string page_list(const std::vector<int>& pages) {
    std::string list;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) list += i + 1 == pages.size() ? " en " : ", ";
        list += std::to_string(pages[i]);
    }
    return (pages.size() == 1 ? "pagina " : "pagina's ") + list;
}

}  // namespace

Result<IngestResult> PdfIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        IngestResult result;
        auto document = open_pdf(file.bytes, options_.limits, result.warnings);
        if (!document) return document.error();

        std::vector<PageLines> pages;
        std::unique_ptr<OcrEngine> engine;
        std::vector<OcrPage> ocr_pages;
        std::vector<int> ocr_page_numbers;
        const int page_count = (*document)->pages();
        for (int index = 0; index < page_count; ++index) {
            std::unique_ptr<poppler::page> page((*document)->create_page(index));
            if (!page) {
                result.warnings.push_back("pagina " + std::to_string(index + 1) + " is onleesbaar en overgeslagen");
                pages.emplace_back();
                continue;
            }
            PageLines lines = read_text_lines(*page);
            if (count_text_characters(lines) >= kMinTextCharacters) {
                pages.push_back(std::move(lines));
                continue;
            }
            RenderedPage image = render_page(*page, options_.ocr_dpi);
            if (!image.image || !has_ink(image.image.get())) {
                pages.push_back(std::move(lines));  // blank, or what little text there is
                continue;
            }
            if (!engine) {
                auto opened = OcrEngine::open(options_.ocr);
                if (!opened) return Error{"pagina " + std::to_string(index + 1) + " is een afbeelding zonder tekstlaag; " + opened.error().message};
                engine = std::move(opened.value());
            }
            auto read = engine->read(image.image.get(), image.dpi);
            if (!read) return Error{"pagina " + std::to_string(index + 1) + ": " + read.error().message};
            pages.push_back(read->page);
            ocr_pages.push_back(std::move(read.value()));
            ocr_page_numbers.push_back(index + 1);
        }

        const PdfInfo info = read_pdf_info(**document);
        IngestedSubmission submission;
        submission.body = layout_body(std::move(pages));
        if (!has_text(submission.body)) {
            if (!ocr_pages.empty()) return Error{"geen tekst gevonden in de PDF: de pagina's zijn afbeeldingen zonder herkenbare tekst"};
            return Error{"bevat geen tekst: de PDF is leeg"};
        }
        if (!ocr_pages.empty()) {
            const int confidence = combined_confidence(ocr_pages);
            if (confidence < kMinConfidence && static_cast<int>(ocr_pages.size()) == page_count)
                return Error{"geen tekst gevonden in de PDF: de pagina's zijn afbeeldingen zonder herkenbare tekst"};
            std::string note = ocr_note(confidence);
            if (static_cast<int>(ocr_pages.size()) < page_count) note += " (" + page_list(ocr_page_numbers) + ")";
            submission.notes.push_back(std::move(note));
        }
        submission.stakeholder.name = info.author;
        submission.stakeholder.organisation = info.organisation;
        submission.subject = info.title;
        submission.date = info.created;
        result.submissions.push_back(std::move(submission));
        return result;
    });
}

}  // namespace inspraak::ingest
