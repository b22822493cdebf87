// OCR with Tesseract: an image of a page in, lines with their positions and a confidence out.
//
// One OcrEngine per read call: tesseract::TessBaseAPI is not thread-safe, and Ingester::read
// may run on several threads at once. Opening one costs a few hundred milliseconds (loading the
// language models); recognising a dense A4 page at 300 dpi about a second.
//
// Debian's libtesseract runs parts of its LSTM in OpenMP parallel regions. On a small, busy
// machine those make OCR several times slower (a dense A4 page: 4-5 s instead of 0.7 s on two
// shared cores), so `read` runs them on the calling thread alone (see SerialOpenMp in the
// .cpp: a per-thread OpenMP setting, restored afterwards, no environment variable and no global
// state). Parallelism comes from the host reading several files at once.
#pragma once

#include <memory>
#include <string>

#include "inspraak/result.hpp"
#include "page_lines.hpp"

struct Pix;  // leptonica

namespace tesseract {
class TessBaseAPI;
}

namespace inspraak::ingest {

struct OcrOptions {
    std::string languages = "nld+eng";
    // Folder holding <language>.traineddata; empty: $TESSDATA_PREFIX, else Tesseract's default.
    std::string datapath;
};

struct OcrPage {
    PageLines page;       // from_ocr is set
    int confidence = 0;   // Tesseract's mean text confidence, 0..100
    int words = 0;
};

class OcrEngine {
public:
    // Loads the language models; an Error names the languages whose data is missing.
    static Result<std::unique_ptr<OcrEngine>> open(const OcrOptions& options);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // `dpi` is the image's resolution (0 when unknown: 300 is assumed).
    Result<OcrPage> read(Pix* image, int dpi);

private:
    explicit OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
    std::unique_ptr<tesseract::TessBaseAPI> api_;
};

// The note for the officer: "uit OCR, zekerheid 87%".
std::string ocr_note(int confidence);

// The confidence over several pages, weighted by their number of words.
int combined_confidence(const std::vector<OcrPage>& pages);

}  // namespace inspraak::ingest
