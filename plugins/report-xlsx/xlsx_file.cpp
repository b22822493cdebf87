#include "xlsx_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace inspraak::report_xlsx {

Result<TemporaryFile> TemporaryFile::create() {
    std::error_code ec;
    const auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) return Error{"geen map voor tijdelijke bestanden: " + ec.message()};
    std::string pattern = (dir / "inspraak-xlsx-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return Error{"tijdelijk bestand in " + dir.string() + " niet te maken: " + std::strerror(errno)};
    ::close(fd);  // libxlsxwriter opens the file again by name
    return TemporaryFile(std::filesystem::path(name.data()));
}

TemporaryFile::TemporaryFile(TemporaryFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }

TemporaryFile::~TemporaryFile() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

Result<std::string> TemporaryFile::read_bytes() const {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return Error{"tijdelijk bestand " + path_.string() + " niet te lezen"};
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{"tijdelijk bestand " + path_.string() + " niet te lezen"};
    return bytes;
}

void fail(std::string_view what, lxw_error error) {
    throw std::runtime_error("werkmap niet te maken (" + std::string(what) + "): " + lxw_strerror(error));
}

void check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) fail(what, error);
}

Workbook::Workbook(const std::filesystem::path& file, const std::filesystem::path& scratch_dir)
    : scratch_dir_(scratch_dir.string()) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;  // keeps shared strings, which Excel and Calc both expect
    options.tmpdir = scratch_dir_.data();
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(file.string().c_str(), &options);
    if (workbook_ == nullptr) throw std::runtime_error("werkmap niet te maken: libxlsxwriter kon niet beginnen");
}

Workbook::~Workbook() {
    if (workbook_ != nullptr) workbook_close(workbook_);
}

void Workbook::close() {
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    check(workbook_close(workbook), "opslaan");
}

}  // namespace inspraak::report_xlsx
