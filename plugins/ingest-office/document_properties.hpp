// The document's own properties, as a fallback for who sent it, what about and when:
//   .docx  docProps/core.xml (dc:creator, dc:title, dcterms:created), docProps/app.xml (Company)
//   .odt   meta.xml (meta:initial-creator, else dc:creator; dc:title; meta:creation-date; a
//          user-defined "Company"/"Organisatie" field)
// Word and LibreOffice fill in the author from the installation ("Microsoft Office User",
// "Windows-gebruiker"); such placeholders are no name and are left out.
#pragma once

#include <string>
#include <vector>

#include "inspraak/result.hpp"
#include "zip_archive.hpp"

namespace inspraak::ingest {

struct DocumentProperties {
    std::string author;
    std::string organisation;
    std::string title;
    std::string created;  // "YYYY-MM-DD", or empty
};

// Missing parts give empty fields, malformed ones a warning; only a zip bomb or encryption fails.
Result<DocumentProperties> read_docx_properties(ZipArchive& archive, std::vector<std::string>& warnings);
Result<DocumentProperties> read_odt_properties(ZipArchive& archive, std::vector<std::string>& warnings);

}  // namespace inspraak::ingest
