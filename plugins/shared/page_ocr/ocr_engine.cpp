#include "ocr_engine.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#ifdef _OPENMP
#include <omp.h>
#endif

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <sstream>
#include <vector>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

constexpr int kAssumedDpi = 300;
constexpr int kMinDpi = 50;
constexpr int kMaxDpi = 2400;
constexpr double kPointsPerInch = 72.0;

const char* datapath_of(const OcrOptions& options) {
    if (!options.datapath.empty()) return options.datapath.c_str();
    return nullptr;  // Tesseract looks at $TESSDATA_PREFIX itself, then at its built-in folder
}

std::string where_tesseract_looks(const OcrOptions& options) {
    if (!options.datapath.empty()) return options.datapath;
    if (const char* prefix = std::getenv("TESSDATA_PREFIX")) return std::string(prefix) + " (TESSDATA_PREFIX)";
    return "de standaardmap van Tesseract";
}

bool has_letter_or_digit(std::string_view s) {
    for (unsigned char c : s)
        if (std::isalnum(c) || c >= 0x80) return true;
    return false;
}

std::vector<std::string> requested_languages(const OcrOptions& options) {
    std::vector<std::string> languages;
    std::stringstream list(options.languages);
    std::string language;
    while (std::getline(list, language, '+'))
        if (!language.empty()) languages.push_back(language);
    return languages;
}

// Makes the OpenMP parallel regions that Tesseract's LSTM opens from this thread run on this
// thread alone, for as long as it lives. max-active-levels is a per-thread setting in OpenMP 5
// (libgomp keeps a copy per thread once it is written), so other threads, the host's included,
// keep theirs. Measured on a busy two-core machine: an A4 page in 0.7 s instead of 4-5 s.
class SerialOpenMp {
public:
#ifdef _OPENMP
    SerialOpenMp() : previous_(omp_get_max_active_levels()) { omp_set_max_active_levels(0); }
    ~SerialOpenMp() { omp_set_max_active_levels(previous_); }

private:
    int previous_;
#else
    SerialOpenMp() {}
#endif
};

// Tesseract reads a bullet as one of these; alone before a wide gap it is still a bullet.
constexpr std::array<std::string_view, 8> kBulletMisreadings = {"Â¢", "Â«", "Â»", "Â°", "Â©", "e", "o", "*"};

void restore_bullet(std::vector<LineWord>& words) {
    if (words.size() < 2) return;
    LineWord& first = words.front();
    const double height = first.font_size;
    const bool looks_like_bullet = first.right - first.left < 0.5 * height && words[1].left - first.right >= 0.5 * height;
    if (looks_like_bullet && std::find(kBulletMisreadings.begin(), kBulletMisreadings.end(), first.text) != kBulletMisreadings.end())
        first.text = "\xE2\x80\xA2";
}

// The languages (of "nld+eng") that Tesseract cannot load, each tried on its own.
std::vector<std::string> missing_languages(const OcrOptions& options) {
    std::vector<std::string> missing;
    for (const std::string& language : requested_languages(options)) {
        tesseract::TessBaseAPI probe;
        if (probe.Init(datapath_of(options), language.c_str()) != 0) missing.push_back(language);
        probe.End();
    }
    return missing;
}

}  // namespace

OcrEngine::OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api) : api_(std::move(api)) {}

OcrEngine::~OcrEngine() {
    if (api_) api_->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::open(const OcrOptions& options) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Init succeeds when only some of "nld+eng" load, so the loaded ones are counted too.
    const bool initialised = api->Init(datapath_of(options), options.languages.c_str()) == 0;
    std::vector<std::string> missing;
    std::vector<std::string> loaded;
    if (initialised) api->GetLoadedLanguagesAsVector(&loaded);
    for (const std::string& language : requested_languages(options))
        if (!initialised || std::find(loaded.begin(), loaded.end(), language) == loaded.end()) missing.push_back(language);
    if (initialised && missing.empty()) return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(api)));
    api->End();
    if (!initialised) missing = missing_languages(options);
    std::string names;
    for (const std::string& language : missing) names += (names.empty() ? "" : ", ") + language;
    if (names.empty()) names = options.languages;
    return Error{"OCR niet mogelijk: Tesseract mist de taalgegevens voor " + names + " (<taal>.traineddata, gezocht in " +
                 where_tesseract_looks(options) + "; Debian-pakketten tesseract-ocr-nld en tesseract-ocr-eng)"};
}

Result<OcrPage> OcrEngine::read(Pix* image, int dpi) {
    if (dpi < kMinDpi || dpi > kMaxDpi) dpi = kAssumedDpi;
    api_->SetImage(image);
    api_->SetSourceResolution(dpi);
    const SerialOpenMp serial;
    if (api_->Recognize(nullptr) != 0) return Error{"OCR mislukt: Tesseract kon de pagina niet herkennen"};

    OcrPage result;
    const double scale = kPointsPerInch / dpi;
    result.page.from_ocr = true;
    result.page.width = pixGetWidth(image) * scale;
    result.page.height = pixGetHeight(image) * scale;

    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    std::vector<LineWord> words;
    double line_height = 0;
    auto flush_line = [&]() {
        if (words.empty()) return;
        restore_bullet(words);
        TextLine line = make_line(words);
        words.clear();
        // Specks and rules come out as lines of punctuation.
        if (has_letter_or_digit(line.text)) result.page.lines.push_back(std::move(line));
    };
    if (it) {
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                flush_line();
                int left = 0, top = 0, right = 0, bottom = 0;
                if (it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom)) line_height = (bottom - top) * scale;
            }
            if (it->Empty(tesseract::RIL_WORD)) continue;
            std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!utf8 || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
            LineWord word;
            word.text = text::normalize_whitespace(utf8.get());
            if (word.text.empty()) continue;
            word.left = left * scale;
            word.top = top * scale;
            word.right = right * scale;
            word.bottom = bottom * scale;
            // The line's height (ascenders to descenders) stands in for the font size: a word's
            // own height depends on its letters ("een" against "Lingehoven").
            word.font_size = line_height > 0 ? line_height : (bottom - top) * scale;
            words.push_back(std::move(word));
            ++result.words;
        } while (it->Next(tesseract::RIL_WORD));
    }
    flush_line();
    result.confidence = result.words > 0 ? api_->MeanTextConf() : 0;
    api_->Clear();
    return result;
}

std::string ocr_note(int confidence) { return "uit OCR, zekerheid " + std::to_string(confidence) + "%"; }

int combined_confidence(const std::vector<OcrPage>& pages) {
    long long weighted = 0;
    long long words = 0;
    for (const OcrPage& page : pages) {
        weighted += static_cast<long long>(page.confidence) * page.words;
        words += page.words;
    }
    return words > 0 ? static_cast<int>((weighted + words / 2) / words) : 0;
}

}  // namespace inspraak::ingest
