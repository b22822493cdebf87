// Bytes of a text file to UTF-8, refusing what is not text.
#pragma once

#include <string>
#include <string_view>

#include "inspraak/result.hpp"

namespace inspraak::ingest {

// UTF-16 with a byte-order mark (Notepad's "Unicode") is converted; other NUL bytes or many
// control characters mean the file is not text, which is an Error in Dutch. Everything else goes
// through text::to_utf8 (UTF-8 kept, legacy charsets detected, windows-1252 as fallback).
Result<std::string> decode_text_file(std::string_view bytes);

}  // namespace inspraak::ingest
