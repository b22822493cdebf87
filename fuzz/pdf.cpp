// ingest-pdf: text extraction with poppler (lines, columns, page furniture, document info).
// A page without text is rendered for OCR as in the product, but at a low resolution and with no
// OCR language data, so that the fuzzer spends its time in the PDF parsing, not in Tesseract
// (ingest-scan's own tests cover OCR).
#include "fuzz_input.hpp"
#include "pdf_ingester.hpp"

namespace {

inspraak::ingest::PdfOptions fuzz_options() {
    inspraak::ingest::PdfOptions options;
    options.ocr_dpi = 12;
    options.ocr.datapath = "/nonexistent/inspraak-fuzz/tessdata";
    return options;
}

}  // namespace

// poppler looks fonts up through fontconfig, which keeps its configuration until the process
// ends: LeakSanitizer's check at exit would report it. Not a leak of inspraak's (nor per input:
// libFuzzer's own leak check between inputs still runs).
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::PdfIngester ingester(fuzz_options());
    inspraak::fuzz::ingest(ingester, data, size, "brief.pdf");
    return 0;
}
