// PDFs with a text layer: reading order, page furniture, hyphens, paragraphs, lists,
// headings, page marks and the document information.
#include <gtest/gtest.h>

#include <poppler/cpp/poppler-document.h>

#include <algorithm>
#include <memory>
#include <string>

#include "ingest-scan/scan_fixtures.hpp"
#include "pdf_ingester.hpp"
#include "segment/segment.hpp"

namespace inspraak::ingest {
namespace {

IngestedSubmission read_fixture(const std::string& name) {
    const std::string bytes = test::read_bytes(test::pdf_fixture_path(name));
    const PdfIngester ingester;
    auto result = ingester.read(SourceFile{name, name, bytes});
    if (!result) throw std::runtime_error(result.error().message);
    if (result->submissions.size() != 1) throw std::runtime_error("expected one submission");
    return result->submissions.front();
}

[[maybe_unused]] std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

TEST(PdfText, TwoPageLetterDump) {
    IngestedSubmission s = read_fixture("brief_twee_paginas.pdf");
    std::cout << "----\n" << s.body << "----\n";
    s = read_fixture("twee_kolommen.pdf");
    std::cout << "----\n" << s.body << "----\n";
}

}  // namespace
}  // namespace inspraak::ingest
