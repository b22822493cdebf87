// PDF submissions: the text layer page by page in reading order (pdf_text_lines.hpp), pages
// without one through OCR (the engine of ingest-scan), then the shared layout into the body
// (page_layout.hpp in ingest-scan: headers/footers and page numbers dropped, hyphens joined,
// paragraphs, lists, headings, a "\f" line between pages). Author/Company/Title/CreationDate
// from the document information stand in for sender, subject and date.
#pragma once

#include "inspraak/plugin.hpp"
#include "ocr_engine.hpp"
#include "pdf_document.hpp"

namespace inspraak::ingest {

struct PdfOptions {
    PdfLimits limits;
    OcrOptions ocr;
    int ocr_dpi = 300;  // pages without text are rendered at this resolution for OCR
};

class PdfIngester final : public Ingester {
public:
    explicit PdfIngester(PdfOptions options = {}) : options_(std::move(options)) {}
    Result<IngestResult> read(const SourceFile& file) const noexcept override;

private:
    PdfOptions options_;
};

}  // namespace inspraak::ingest
