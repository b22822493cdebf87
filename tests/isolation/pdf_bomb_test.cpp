// A PDF anyone can make in a few lines: one page whose single compressed content stream holds
// ten million text operators (about 900 MB once inflated, a few MB on disk). The PDF plugin would
// work on it for many minutes; in its parse worker it costs the time limit and one warning, and
// the rest of the round goes on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// The content stream, deflated as it is made (it never exists inflated in memory).
std::string deflated_text_operators(long count) {
    const std::string line = "(Dit is een regel tekst die in deze stroom steeds opnieuw wordt gezet) Tj 0 -1 Td\n";
    z_stream z{};
    EXPECT_EQ(deflateInit(&z, 9), Z_OK);
    std::string out, chunk;
    for (int i = 0; i < 10000; ++i) chunk += line;
    char buffer[1 << 16];
    auto pump = [&](std::string_view in, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        z.avail_in = static_cast<uInt>(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, sizeof buffer - z.avail_out);
        } while (z.avail_out == 0);
    };
    pump("BT /F1 10 Tf 72 800 Td\n", Z_NO_FLUSH);
    for (long written = 0; written < count; written += 10000) pump(chunk, Z_NO_FLUSH);
    pump("ET\n", Z_FINISH);
    deflateEnd(&z);
    return out;
}

std::string pdf_with_stream(const std::string& stream) {
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    object("<< /Length " + std::to_string(stream.size()) + " /Filter /FlateDecode >>\nstream\n" + stream + "\nendstream");
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

TEST(PdfBomb, TenMillionTextOperatorsCostTheTimeLimitAndOneWarning) {
    TempDir dir;
    auto round = dir.path() / "round";
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round, fs::copy_options::recursive);
    const std::string pdf = pdf_with_stream(deflated_text_operators(10'000'000));
    EXPECT_LT(pdf.size(), size_t{8} << 20);
    std::ofstream(round / "submissions/bom.pdf", std::ios::binary) << pdf;

    auto start = std::chrono::steady_clock::now();
    auto run = run_command(INSPRAAK_BINARY, {"--parse-seconds", "4", "run", round.string(), "--out",
                                             (dir.path() / "out").string()}, dir.path());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_THAT(run.err, HasSubstr("submissions/bom.pdf: het lezen"));
    EXPECT_THAT(run.err, HasSubstr("gestopt"));
    // The limit is 4 s of processor time (8 on the clock); the rest of the demo round takes a few.
    EXPECT_LT(seconds, 45) << run.err;
    auto report = nlohmann::json::parse(slurp(dir.path() / "out/reactienota.json"));
    EXPECT_GT(report["points"].size(), 20u);
}

}  // namespace
}  // namespace inspraak
