// The ingest-text plugin's ingester: plain-text (.txt) and Markdown (.md, .markdown) letters.
#pragma once

#include "inspraak/plugin.hpp"

namespace inspraak::ingest {

// One file is one submission. Metadata above the letter (Markdown front matter, or a block of
// "Key: value" lines at the top of a plain-text letter) fills the stakeholder, subject and date
// and is left out of the body. Stateless: `read` may run on several threads at once.
class TextIngester final : public Ingester {
public:
    Result<IngestResult> read(const SourceFile& file) const noexcept override;
};

}  // namespace inspraak::ingest
