// The ingester of the ingest-webform plugin: CSV and JSON web-form exports.
#pragma once

#include "inspraak/plugin.hpp"

namespace inspraak::webform {

// Stateless, so `read` is safe to call concurrently. The format follows the file extension
// (.csv, .json); without either, a file that starts with '[' or '{' is read as JSON.
class WebformIngester final : public Ingester {
public:
    Result<IngestResult> read(const SourceFile& file) const noexcept override;
};

}  // namespace inspraak::webform
