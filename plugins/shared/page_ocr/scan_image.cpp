#include "scan_image.hpp"

#include <leptonica/allheaders.h>

#include <string>

namespace inspraak::ingest {
namespace {

constexpr std::size_t kFormatProbeBytes = 12;  // findFileFormatBuffer reads this many
constexpr int kDarkLevel = 160;                // grey below this is ink
constexpr double kMinInkFraction = 0.0003;     // a few letters' worth on an A4 page

const l_uint8* data_of(std::string_view bytes) { return reinterpret_cast<const l_uint8*>(bytes.data()); }

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB"; }

// A PNG ends with its IEND chunk. A cut-off one (an interrupted download) is named as such here:
// handed to Leptonica, libpng would print its own line to stderr before failing.
bool png_is_complete(std::string_view bytes) {
    static constexpr std::string_view iend("IEND\xAE\x42\x60\x82", 8);
    return bytes.size() >= iend.size() && bytes.substr(bytes.size() - iend.size()) == iend;
}

Result<void> check_size(Pix* pix, int page, const ScanLimits& limits) {
    const long long pixels = static_cast<long long>(pixGetWidth(pix)) * pixGetHeight(pix);
    if (pixels > limits.max_pixels_per_page)
        return Error{"afbeelding te groot: pagina " + std::to_string(page) + " heeft " + std::to_string(pixels / 1'000'000) +
                     " miljoen pixels (meer dan " + std::to_string(limits.max_pixels_per_page / 1'000'000) + " miljoen)"};
    return {};
}

ScanPage page_of(Pix* pix) {
    ScanPage page;
    page.image.reset(pix);
    page.dpi = pixGetXRes(pix);
    return page;
}

}  // namespace

void PixDeleter::operator()(Pix* pix) const noexcept { pixDestroy(&pix); }

Result<std::vector<ScanPage>> decode_scan(std::string_view bytes, const ScanLimits& limits) {
    if (bytes.empty()) return Error{"het bestand is leeg"};
    if (bytes.size() > limits.max_bytes)
        return Error{"afbeelding te groot: " + megabytes(bytes.size()) + " (meer dan " + megabytes(limits.max_bytes) + ")"};
    l_int32 format = IFF_UNKNOWN;
    if (bytes.size() < kFormatProbeBytes || findFileFormatBuffer(data_of(bytes), &format) != 0 || format == IFF_UNKNOWN)
        return Error{"geen afbeelding: geen PNG-, JPEG- of TIFF-bestand herkend"};
    if (format == IFF_PNG && !png_is_complete(bytes))
        return Error{"beschadigde afbeelding: het einde ontbreekt (afgebroken download of kopie?)"};

    l_int32 width = 0, height = 0, bits = 0, samples = 0, colormap = 0, header_format = 0;
    if (pixReadHeaderMem(data_of(bytes), bytes.size(), &header_format, &width, &height, &bits, &samples, &colormap) != 0)
        return Error{"beschadigde afbeelding: de kop van het bestand is onleesbaar"};
    if (static_cast<long long>(width) * height > limits.max_pixels_per_page)
        return Error{"afbeelding te groot: " + std::to_string(width) + " x " + std::to_string(height) + " pixels"};

    std::vector<ScanPage> pages;
    if (L_FORMAT_IS_TIFF(format)) {
        PIXA* all = pixaReadMemMultipageTiff(data_of(bytes), bytes.size());
        if (all == nullptr) return Error{"beschadigde TIFF-afbeelding: de pagina's zijn onleesbaar"};
        const l_int32 count = pixaGetCount(all);
        if (count > limits.max_pages) {
            pixaDestroy(&all);
            return Error{"afbeelding te groot: " + std::to_string(count) + " pagina's (meer dan " + std::to_string(limits.max_pages) + ")"};
        }
        for (l_int32 i = 0; i < count; ++i) pages.push_back(page_of(pixaGetPix(all, i, L_COPY)));
        pixaDestroy(&all);
    } else {
        Pix* pix = pixReadMem(data_of(bytes), bytes.size());
        if (pix == nullptr) return Error{"beschadigde afbeelding: het beeld is onleesbaar"};
        pages.push_back(page_of(pix));
    }
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (!pages[i].image) return Error{"beschadigde TIFF-afbeelding: pagina " + std::to_string(i + 1) + " is onleesbaar"};
        auto size = check_size(pages[i].image.get(), static_cast<int>(i) + 1, limits);
        if (!size) return size.error();
    }
    if (pages.empty()) return Error{"beschadigde afbeelding: geen pagina's"};
    return pages;
}

PixPtr grey_image(const unsigned char* data, int width, int height, int bytes_per_row) {
    PixPtr pix(pixCreate(width, height, 8));
    if (!pix) return pix;
    l_uint32* pixels = pixGetData(pix.get());
    const l_int32 words_per_line = pixGetWpl(pix.get());
    for (int y = 0; y < height; ++y) {
        l_uint32* line = pixels + static_cast<std::ptrdiff_t>(y) * words_per_line;
        const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * bytes_per_row;
        for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, row[x]);
    }
    return pix;
}

bool has_ink(Pix* image) {
    PixPtr grey(pixConvertTo8(image, 0));
    if (!grey) return true;  // when in doubt, let OCR look
    const l_int32 width = pixGetWidth(grey.get());
    const l_int32 height = pixGetHeight(grey.get());
    const l_int32 words_per_line = pixGetWpl(grey.get());
    const l_uint32* pixels = pixGetData(grey.get());
    long long dark = 0;
    for (l_int32 y = 0; y < height; ++y) {
        const l_uint32* line = pixels + static_cast<std::ptrdiff_t>(y) * words_per_line;
        for (l_int32 x = 0; x < width; ++x)
            if (static_cast<int>(GET_DATA_BYTE(line, x)) < kDarkLevel) ++dark;
    }
    const double area = static_cast<double>(width) * static_cast<double>(height);
    return area > 0 && static_cast<double>(dark) >= kMinInkFraction * area;
}

}  // namespace inspraak::ingest
