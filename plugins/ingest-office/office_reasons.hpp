// The short Dutch reasons this plugin gives for a file it cannot read, in one place so that the
// readers and the tests agree on them.
#pragma once

#include <string>
#include <string_view>

#include "inspraak/result.hpp"
#include "zip_archive.hpp"  // zip_bomb_reason, encrypted_reason

namespace inspraak::ingest {

// "beschadigd .docx-bestand: word/document.xml ontbreekt"
inline std::string damaged(std::string_view extension, std::string_view what) {
    return "beschadigd ." + std::string(extension) + "-bestand: " + std::string(what);
}

// A part that could not be read: a zip bomb or encryption is said as such, anything else makes
// the file damaged.
inline Error as_damage(std::string_view extension, const Error& error) {
    if (error.message == zip_bomb_reason || error.message == encrypted_reason) return error;
    return Error{damaged(extension, error.message)};
}

}  // namespace inspraak::ingest
