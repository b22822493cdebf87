// Fixtures for the OCR tests of ingest-scan and ingest-pdf: images of the fictional letters in
// tests/ingest-pdf/data, rendered with poppler at a low resolution and cropped to the text so
// that OCR stays quick, written as PNG, multi-page TIFF or an image-only PDF.
#pragma once

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "scan_image.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::test {

inline std::string pdf_fixture_path(const std::string& name) {
    return std::string(INSPRAAK_SOURCE_DIR) + "/tests/ingest-pdf/data/" + name;
}

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Page `index` of a fixture PDF as an 8-bit grey image at `dpi`: the strip `height_points` high
// from `top_points` down (height 0: to the bottom of the page).
inline ingest::PixPtr render_fixture(const std::string& name, int dpi, double height_points = 0, int index = 0, double top_points = 0) {
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(pdf_fixture_path(name)));
    if (!document) throw std::runtime_error("cannot open " + name);
    std::unique_ptr<poppler::page> page(document->create_page(index));
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::rectf box = page->page_rect();
    const int width = static_cast<int>(box.width() * dpi / 72);
    const int top = static_cast<int>(top_points * dpi / 72);
    const int height = static_cast<int>((height_points > 0 ? height_points : box.height() - top_points) * dpi / 72);
    poppler::image image = renderer.render_page(page.get(), dpi, dpi, 0, top, width, height);
    if (!image.is_valid()) throw std::runtime_error("cannot render " + name);
    ingest::PixPtr pix = ingest::grey_image(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(),
                                            image.height(), image.bytes_per_row());
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

inline std::string png_bytes(Pix* pix) {
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMem(&data, &size, pix, IFF_PNG) != 0) throw std::runtime_error("cannot write PNG");
    std::string bytes(reinterpret_cast<const char*>(data), size);
    lept_free(data);
    return bytes;
}

inline std::string multipage_tiff_bytes(const std::vector<Pix*>& pages) {
    TempDir dir;
    const std::string path = (dir.path() / "scan.tif").string();
    PIXA* all = pixaCreate(static_cast<l_int32>(pages.size()));
    for (Pix* page : pages) pixaAddPix(all, page, L_COPY);
    const bool ok = pixaWriteMultipageTiff(path.c_str(), all) == 0;
    pixaDestroy(&all);
    if (!ok) throw std::runtime_error("cannot write TIFF");
    return read_bytes(path);
}

inline ingest::PixPtr blank_image(int width, int height) {
    ingest::PixPtr pix(pixCreate(width, height, 8));
    pixSetAllArbitrary(pix.get(), 255);
    pixSetResolution(pix.get(), 150, 150);
    return pix;
}

// A one-page PDF whose page is nothing but the image (uncompressed grey samples), the way a
// scanner writes one, at the image's resolution.
inline std::string image_only_pdf(Pix* grey, int dpi) {
    const int width = pixGetWidth(grey);
    const int height = pixGetHeight(grey);
    std::string samples;
    samples.reserve(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y) {
        const l_uint32* line = pixGetData(grey) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(grey);
        for (int x = 0; x < width; ++x) samples.push_back(static_cast<char>(GET_DATA_BYTE(line, x)));
    }
    const double page_width = width * 72.0 / dpi;
    const double page_height = height * 72.0 / dpi;
    const std::string content = "q " + std::to_string(page_width) + " 0 0 " + std::to_string(page_height) + " 0 0 cm /Im0 Do Q\n";

    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(page_width) + " " + std::to_string(page_height) +
           "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
    object("<< /Type /XObject /Subtype /Image /Width " + std::to_string(width) + " /Height " + std::to_string(height) +
           " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + std::to_string(samples.size()) + " >>\nstream\n" +
           samples + "\nendstream");
    object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace inspraak::test
