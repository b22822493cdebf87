// The zip container of a Word file, with libzip: reading a house-style template into memory
// (with limits, since the template is a file from outside) and writing our package.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <cstdio>
#include <string>
#include <vector>

#include "inspraak/result.hpp"

namespace inspraak::word_package {

// Every entry of a zip file, read at once: a template is a few hundred kilobytes.
class ZipContents {
public:
    // An Error names the file and what is wrong with it (missing, no zip, too big, encrypted).
    static Result<ZipContents> read_file(const std::filesystem::path& file);
    static Result<ZipContents> read_bytes(const std::string& bytes, const std::string& name);

    bool has(const std::string& entry) const { return entries_.count(entry) > 0; }
    // The entry's bytes, or nullptr when it is absent.
    const std::string* find(const std::string& entry) const;
    const std::map<std::string, std::string>& entries() const { return entries_; }

private:
    std::map<std::string, std::string> entries_;
};

struct ZipEntry {
    std::string name;
    std::string bytes;
    // When set, the entry's bytes are this file's from its start instead (a part too large to
    // hold in memory); write_zip closes it.
    std::FILE* file = nullptr;
};

// A zip with the entries in the given order (deflated, with a fixed time stamp so that the same
// report gives the same bytes). Throws std::runtime_error when libzip fails.
std::string write_zip(const std::vector<ZipEntry>& entries);

}  // namespace inspraak::word_package
