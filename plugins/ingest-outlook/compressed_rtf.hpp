// PR_RTF_COMPRESSED ([MS-OXRTFCP]): the RTF body of a message, LZ77-compressed ("LZFu") or
// stored as it is ("MELA").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "inspraak/result.hpp"

namespace inspraak::ingest::outlook {

// The dictionary every compressed RTF stream starts from (207 bytes).
std::string_view compressed_rtf_dictionary();

// The RTF text of a PR_RTF_COMPRESSED stream. The header's sizes are not trusted: the input is
// read up to its real end, the output stops at the declared raw size, and more than
// `max_output` bytes is an error. A stream cut short yields what was decompressed so far.
Result<std::string> decompress_rtf(std::string_view stream, std::size_t max_output);

}  // namespace inspraak::ingest::outlook
