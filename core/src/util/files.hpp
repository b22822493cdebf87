#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace inspraak::core {

// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string read_file(const std::filesystem::path& file);

// Writes through a temporary file and a rename, so a reader never sees half a file.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

// The same a piece at a time: writes go to `<file>.tmp`, commit() renames it into place; without
// a commit (a failure on the way) the destructor removes it and `file` stays as it was.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path file);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();
    void write(std::string_view bytes);
    void commit();

private:
    std::filesystem::path file_;
    std::filesystem::path temporary_;
    std::ofstream out_;
    bool committed_ = false;
};

// "brief.docx" -> "docx" (as written; the plugin host compares without case); "" without one.
std::string extension_of(const std::filesystem::path& file);

}  // namespace inspraak::core
