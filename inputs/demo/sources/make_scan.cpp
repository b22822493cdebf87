// Renders page 1 of a PDF like a cheap office scanner would: grey, 150 dpi, specks (see README.md).
#include <poppler-document.h>
#include <poppler-page.h>
#include <poppler-page-renderer.h>
#include <poppler-image.h>
#include <cstdio>
#include <memory>
#include <random>
int main(int argc, char** argv) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(argv[1]));
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    poppler::page_renderer r;
    r.set_image_format(poppler::image::format_gray8);
    r.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    poppler::image img = r.render_page(page.get(), 150, 150);
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> d(0, 999);
    char* data = img.data();
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            unsigned char& px = reinterpret_cast<unsigned char&>(data[y * img.bytes_per_row() + x]);
            int v = px > 200 ? 235 : px;  // paper is not white
            if (d(rng) < 2) v = 90;        // speckles
            px = static_cast<unsigned char>(v < 0 ? 0 : v > 255 ? 255 : v);
        }
    return img.save(argv[2], "png") ? 0 : 1;
}
