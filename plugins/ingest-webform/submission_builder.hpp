// Turns a Table (from either reader) into submissions, using the shared column mapping.
#pragma once

#include "inspraak/model.hpp"
#include "inspraak/result.hpp"
#include "table.hpp"

namespace inspraak::webform {

// One submission per record with a non-empty body. Records without a body are skipped with a
// warning naming them; unknown columns get one warning. Error when no column holds the body.
Result<IngestResult> build_submissions(const Table& table);

}  // namespace inspraak::webform
