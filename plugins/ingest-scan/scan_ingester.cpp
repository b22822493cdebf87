#include "scan_ingester.hpp"

#include <string>

#include "page_layout.hpp"

namespace inspraak::ingest {
namespace {

// Below this mean confidence Tesseract has been reading noise, not text.
constexpr int kMinConfidence = 30;

bool has_text(const std::string& body) {
    for (char c : body)
        if (c != '\f' && c != '\n' && c != ' ') return true;
    return false;
}

}  // namespace

Result<IngestResult> ScanIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        auto pages = decode_scan(file.bytes, limits_);
        if (!pages) return pages.error();

        IngestResult result;
        std::unique_ptr<OcrEngine> engine;
        std::vector<OcrPage> read_pages;
        std::vector<PageLines> lines;
        for (std::size_t i = 0; i < pages->size(); ++i) {
            ScanPage& page = (*pages)[i];
            if (!has_ink(page.image.get())) {
                if (pages->size() > 1) result.warnings.push_back("pagina " + std::to_string(i + 1) + " van de scan is leeg");
                lines.emplace_back();
                continue;
            }
            if (!engine) {
                auto opened = OcrEngine::open(ocr_);
                if (!opened) return opened.error();
                engine = std::move(opened.value());
            }
            auto read = engine->read(page.image.get(), page.dpi);
            if (!read) return read.error();
            page.image.reset();  // the pixels are no longer needed
            lines.push_back(read->page);
            read_pages.push_back(std::move(read.value()));
        }
        const int confidence = combined_confidence(read_pages);
        IngestedSubmission submission;
        submission.body = layout_body(std::move(lines));
        if (read_pages.empty() || confidence < kMinConfidence || !has_text(submission.body))
            return Error{"geen tekst gevonden in de afbeelding"};
        submission.notes.push_back(ocr_note(confidence));
        result.submissions.push_back(std::move(submission));
        return result;
    });
}

}  // namespace inspraak::ingest
