// OCR with Tesseract: an image of a page in, lines with their positions and a confidence out.
//
// One OcrEngine per read call: tesseract::TessBaseAPI is not thread-safe, and Ingester::read
// may run on several threads at once. Opening one costs a few hundred milliseconds (loading the
// language models); recognising an A4 page at 300 dpi a few seconds.
//
// Debian's libtesseract uses OpenMP inside its LSTM. The engine leaves OMP_THREAD_LIMIT alone:
// the variable is read once per process by libgomp (setting it here would come too late and
// would change the environment of the whole host), and on a small machine the host's own
// parallel reads already keep the cores busy. Run `OMP_THREAD_LIMIT=1 inspraak ...` when many
// scans are read at once.
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
