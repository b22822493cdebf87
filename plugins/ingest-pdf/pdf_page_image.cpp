#include "pdf_page_image.hpp"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>

namespace inspraak::ingest {
namespace {

// A0 at 300 dpi would be 140 million pixels; the resolution drops to stay under this.
constexpr double kMaxPixels = 60e6;
constexpr double kPointsPerInch = 72.0;

}  // namespace

RenderedPage render_page(const poppler::page& page, int dpi) {
    RenderedPage result;
    const poppler::rectf box = page.page_rect();
    const double square_inches = (box.width() / kPointsPerInch) * (box.height() / kPointsPerInch);
    if (square_inches <= 0) return result;
    const double fitting = std::sqrt(kMaxPixels / square_inches);
    result.dpi = static_cast<int>(std::min<double>(dpi, std::floor(fitting)));

    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    poppler::image image = renderer.render_page(&page, result.dpi, result.dpi);
    if (!image.is_valid() || image.format() != poppler::image::format_gray8) return result;
    result.image = grey_image(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(),
                              image.bytes_per_row());
    return result;
}

}  // namespace inspraak::ingest
