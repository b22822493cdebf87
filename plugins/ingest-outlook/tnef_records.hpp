// Checks a TNEF stream's structure before libytnef reads it. libytnef trusts lengths more than
// it should and prints its complaints on stdout; a file that passes here is one it reads
// without either.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"

namespace inspraak::ingest::outlook {

// Walks the attribute records after the signature and key: each length within the file and
// below kMaxStreamBytes, each checksum right, no empty attribute, at most kMaxAttachments
// attachments, and every MAPI property block (attMAPIProps, attAttachment) well formed, in the
// way libytnef will read it. The Error is one Dutch line starting "is geen winmail.dat
// (TNEF-bestand): ".
Result<void> check_tnef_records(std::string_view bytes);

}  // namespace inspraak::ingest::outlook
