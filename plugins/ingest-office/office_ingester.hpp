// The ingest-office plugin's ingester: Word (.docx) and LibreOffice (.odt) documents, one
// submission per file.
//
// The body is the document's text in order as light Markdown (headings, list items,
// paragraphs); a remarks table gives one list item per row with the row's chapter or page in
// front ("- (hoofdstuk 5) ..."). The document's properties (author, company, title, creation
// date) fill the stakeholder, subject and date. A damaged, encrypted or oversized file is an
// Error with one short Dutch reason. Stateless: `read` may run on several threads at once.
#pragma once

#include "inspraak/plugin.hpp"
#include "zip_archive.hpp"

namespace inspraak::ingest {

class OfficeIngester final : public Ingester {
public:
    // The limits against zip bombs; tests lower them to stay fast.
    explicit OfficeIngester(ZipLimits limits = {}) : limits_(limits) {}

    Result<IngestResult> read(const SourceFile& file) const noexcept override;

private:
    ZipLimits limits_;
};

}  // namespace inspraak::ingest
