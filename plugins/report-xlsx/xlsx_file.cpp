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

Result<void> TemporaryFile::copy_to(ReportSink& sink) const {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return Error{"tijdelijk bestand " + path_.string() + " niet te lezen"};
    std::vector<char> block(64 * 1024);
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto read = static_cast<std::size_t>(in.gcount());
        if (read == 0) break;
        if (Result<void> written = sink.write(std::string_view(block.data(), read)); !written) return written;
    }
    if (in.bad()) return Error{"tijdelijk bestand " + path_.string() + " niet te lezen"};
    return {};
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
    // Constant memory: each sheet's rows go to a temporary file as they are written, and strings
    // are stored in their cells (inline) rather than in a shared table built up in memory. Calc
    // and Excel read inline strings, and so does inspraak import-review (review/xlsx_reader.cpp);
    // tests/report-xlsx opens the sheet in LibreOffice.
    options.constant_memory = LXW_TRUE;
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
