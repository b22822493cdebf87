// PDFs that cannot be read: each gives an Error that says why, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "ingest-scan/scan_fixtures.hpp"
#include "pdf_ingester.hpp"

namespace inspraak::ingest {
namespace {

Result<IngestResult> read_bytes(const std::string& bytes, PdfOptions options = {}) {
    const PdfIngester ingester(std::move(options));
    return ingester.read(SourceFile{"reactie.pdf", "reactie.pdf", bytes});
}

std::string fixture(const std::string& name) { return test::read_bytes(test::pdf_fixture_path(name)); }

void expect_error(const Result<IngestResult>& result, const std::string& part) {
    ASSERT_FALSE(result.ok()) << "expected an error with '" << part << "'";
    EXPECT_NE(result.error().message.find(part), std::string::npos) << result.error().message;
}

TEST(PdfBadInput, EncryptedFile) { expect_error(read_bytes(fixture("brief_versleuteld.pdf")), "versleuteld PDF-bestand"); }

TEST(PdfBadInput, EmptyFile) { expect_error(read_bytes(""), "leeg"); }

TEST(PdfBadInput, NoPdfAtAll) { expect_error(read_bytes("Geacht college, dit is gewone tekst.\n"), "geen PDF-bestand"); }

TEST(PdfBadInput, GarbledFile) {
    std::string bytes = "%PDF-1.7\n";
    for (int i = 0; i < 200; ++i) bytes += "obj << /Kapot " + std::to_string(i * 7919 % 1000) + " >> ]]\n";
    bytes += "%%EOF\n";
    expect_error(read_bytes(bytes), "beschadigd PDF-bestand");
}

TEST(PdfBadInput, CutOffFileIsAnErrorOrAWarning) {
    const std::string whole = fixture("twee_kolommen.pdf");
    auto result = read_bytes(whole.substr(0, whole.size() / 3));
    if (result.ok()) {
        ASSERT_FALSE(result->warnings.empty());
        EXPECT_NE(result->warnings.front().find("afgebroken"), std::string::npos) << result->warnings.front();
    } else {
        EXPECT_NE(result.error().message.find("beschadigd PDF-bestand"), std::string::npos) << result.error().message;
    }
}

TEST(PdfBadInput, TooManyBytes) {
    PdfOptions options;
    options.limits.max_bytes = 1024;
    expect_error(read_bytes(fixture("twee_kolommen.pdf"), options), "PDF-bestand te groot");
}

TEST(PdfBadInput, TooManyPages) {
    PdfOptions options;
    options.limits.max_pages = 1;
    expect_error(read_bytes(fixture("brief_twee_paginas.pdf"), options), "2 pagina's (meer dan 1)");
}

TEST(PdfBadInput, DefaultLimitsAreFiftyMegabytesAndFiveHundredPages) {
    const PdfOptions options;
    EXPECT_EQ(options.limits.max_bytes, 50u * 1024u * 1024u);
    EXPECT_EQ(options.limits.max_pages, 500);
}

}  // namespace
}  // namespace inspraak::ingest
