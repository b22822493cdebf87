// Opening a PDF from memory with poppler-cpp, with the checks a submission needs first (size,
// encryption, damage), and the document information that stands in for a sender.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/result.hpp"

namespace poppler {
class document;
}

namespace inspraak::ingest {

struct PdfLimits {
    std::size_t max_bytes = 50u * 1024u * 1024u;
    int max_pages = 500;
};

// The document keeps pointing into `bytes`: they must outlive it. Warnings collect what is
// odd but readable (a file that looks cut off).
Result<std::unique_ptr<poppler::document>> open_pdf(std::string_view bytes, const PdfLimits& limits,
                                                    std::vector<std::string>& warnings);

struct PdfInfo {
    std::string author;        // Author, unless a placeholder such as "Microsoft Office User"
    std::string organisation;  // Company / Organisation, which some producers write
    std::string title;         // Title (else Subject), unless it is just a file name
    std::string created;       // CreationDate as "YYYY-MM-DD", or empty
};

PdfInfo read_pdf_info(const poppler::document& document);

// "D:20250303101500+01'00'" -> "2025-03-03"; empty when it is no valid date.
std::string pdf_date_to_iso(std::string_view pdf_date);

}  // namespace inspraak::ingest
