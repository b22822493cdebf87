#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace inspraak::core {

// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string read_file(const std::filesystem::path& file);

// Writes through a temporary file and a rename, so a reader never sees half a file.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

// "brief.docx" -> "docx" (as written; the plugin host compares without case); "" without one.
std::string extension_of(const std::filesystem::path& file);

}  // namespace inspraak::core
