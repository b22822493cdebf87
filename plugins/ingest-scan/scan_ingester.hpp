// Scanned letters as images (.png, .jpg, .tif with every page): OCR, then the same layout as
// PDF text (page_layout.hpp). The submission carries a note "uit OCR, zekerheid NN%".
#pragma once

#include "inspraak/plugin.hpp"
#include "ocr_engine.hpp"
#include "scan_image.hpp"

namespace inspraak::ingest {

class ScanIngester final : public Ingester {
public:
    explicit ScanIngester(OcrOptions ocr = {}, ScanLimits limits = {}) : ocr_(std::move(ocr)), limits_(limits) {}
    Result<IngestResult> read(const SourceFile& file) const noexcept override;

private:
    OcrOptions ocr_;
    ScanLimits limits_;
};

}  // namespace inspraak::ingest
