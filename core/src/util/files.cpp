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
    AtomicFile out(file);
    out.write(bytes);
    out.commit();
}

AtomicFile::AtomicFile(std::filesystem::path file) : file_(std::move(file)) {
    if (file_.has_parent_path()) std::filesystem::create_directories(file_.parent_path());
    temporary_ = file_;
    temporary_ += ".tmp";
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_) throw AppException(AppError{ErrorKind::internal, Message{"file.cannot_write", {file_.string()}}});
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    out_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::write(std::string_view bytes) {
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out_) throw AppException(AppError{ErrorKind::internal, Message{"file.cannot_write", {file_.string()}}});
}

void AtomicFile::commit() {
    out_.close();
    if (!out_) throw AppException(AppError{ErrorKind::internal, Message{"file.cannot_write", {file_.string()}}});
    std::filesystem::rename(temporary_, file_);
    committed_ = true;
}

std::string extension_of(const std::filesystem::path& file) {
    auto extension = file.extension().string();
    return extension.empty() ? std::string() : extension.substr(1);
}

}  // namespace inspraak::core
