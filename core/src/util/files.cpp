#include "util/files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/app_error.hpp"

namespace inspraak::core {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw AppException(AppError{ErrorKind::internal, Message{"file.cannot_read", {file.string(), std::strerror(errno)}}});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void write_file_atomically(const std::filesystem::path& file, std::string_view bytes) {
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
    auto temporary = file;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw AppException(AppError{ErrorKind::internal, Message{"file.cannot_write", {file.string()}}});
    }
    std::filesystem::rename(temporary, file);
}

std::string extension_of(const std::filesystem::path& file) {
    auto extension = file.extension().string();
    return extension.empty() ? std::string() : extension.substr(1);
}

}  // namespace inspraak::core
