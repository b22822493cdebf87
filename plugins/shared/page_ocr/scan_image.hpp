// Images of scanned pages as leptonica Pix, owned: decoding PNG/JPEG/TIFF from memory (every
// page of a multi-page TIFF), a grey bitmap from a renderer, and whether a page holds any ink.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "inspraak/result.hpp"

struct Pix;  // leptonica

namespace inspraak::ingest {

struct PixDeleter {
    void operator()(Pix* pix) const noexcept;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct ScanPage {
    PixPtr image;
    int dpi = 0;  // from the file; 0 when it does not say
};

struct ScanLimits {
    std::size_t max_bytes = 50u * 1024u * 1024u;
    int max_pages = 100;
    long long max_pixels_per_page = 80'000'000;  // A4 at 1200 dpi is 140 million: refused
};

// Every page of a PNG, JPEG or TIFF file. An Error names what is wrong (no image, damaged,
// too large).
Result<std::vector<ScanPage>> decode_scan(std::string_view bytes, const ScanLimits& limits = {});

// An 8-bit grey image from rows of `width` bytes (`bytes_per_row` apart).
PixPtr grey_image(const unsigned char* data, int width, int height, int bytes_per_row);

// At least a few dark pixels: a blank page is not worth the seconds OCR takes.
bool has_ink(Pix* image);

}  // namespace inspraak::ingest
