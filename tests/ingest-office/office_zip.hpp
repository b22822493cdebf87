// Builds zip archives in memory with libzip, so the tests make their own .docx and .odt files.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace inspraak::test {

struct ZipEntry {
    std::string name;
    std::string content;
    bool stored = false;  // uncompressed, as ODF wants its "mimetype" entry
};

// The bytes of a zip archive holding `entries` in this order.
std::string make_zip(const std::vector<ZipEntry>& entries);

}  // namespace inspraak::test
