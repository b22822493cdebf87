// Where a point's text came from when that was not the round's file itself but a file inside it:
// "bijlage 'Reactie.docx' bij e-mail 'Reactie op het concept'", "'brief-3.pdf' uit 'brieven.zip'",
// nested ones joined from the inside out. Shown in the review sheet and the JSON report, so that
// an officer can find the original.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "store/store.hpp"

namespace inspraak::core {

// `files`: every embedded file by id; `language` "nl" or "en". "" for an unknown id.
std::string describe_origin(int64_t embedded_file_id, const std::map<int64_t, EmbeddedFileRow>& files,
                            std::string_view language);

}  // namespace inspraak::core
