// A PDF page rendered as a grey image for OCR.
#pragma once

#include "scan_image.hpp"

namespace poppler {
class page;
}

namespace inspraak::ingest {

struct RenderedPage {
    PixPtr image;
    int dpi = 0;  // may be lower than asked for a very large page
};

// An empty image when poppler cannot render the page.
RenderedPage render_page(const poppler::page& page, int dpi);

}  // namespace inspraak::ingest
