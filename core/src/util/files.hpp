#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace inspraak::core {

// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string read_file(const std::filesystem::path& file);

// Writes through a temporary file and a rename, so a reader never sees half a file.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

}  // namespace inspraak::core
