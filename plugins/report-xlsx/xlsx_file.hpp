// The plumbing around libxlsxwriter, which writes only to a file: a temporary file that removes
// itself, a workbook that is always closed (and so freed), and lxw_error turned into an Error.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <xlsxwriter.h>

#include "inspraak/plugin.hpp"
#include "inspraak/result.hpp"

namespace inspraak::report_xlsx {

// A fresh, empty file in std::filesystem::temp_directory_path(), made with mkstemp so that no
// other process can take its name; removed when this object goes away.
class TemporaryFile {
public:
    static Result<TemporaryFile> create();
    ~TemporaryFile();
    TemporaryFile(TemporaryFile&& other) noexcept;
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    Result<std::string> read_bytes() const;
    // The file's bytes into the sink, a block at a time.
    Result<void> copy_to(ReportSink& sink) const;

private:
    explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
};

// Thrown inside the reporter's guard when libxlsxwriter reports an error; guard() turns it into
// an Error with this message.
[[noreturn]] void fail(std::string_view what, lxw_error error);

// Throws (see fail) unless error is LXW_NO_ERROR.
void check(lxw_error error, std::string_view what);

// An open workbook. close() writes the file; when close() was not reached (an error on the way)
// the destructor still closes it, because that is the only way libxlsxwriter frees it.
class Workbook {
public:
    // Writes to `file` with libxlsxwriter's own scratch files in `scratch_dir`.
    Workbook(const std::filesystem::path& file, const std::filesystem::path& scratch_dir);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return workbook_; }
    // Writes the file and frees the workbook; throws on failure.
    void close();

private:
    std::string scratch_dir_;  // outlives the workbook, which keeps a pointer to it
    lxw_workbook* workbook_ = nullptr;
};

}  // namespace inspraak::report_xlsx
