#include "zip_io.hpp"

#include <algorithm>
#include <zip.h>

#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace inspraak::word_package {
namespace {

// A Word template holds styles, a header with a logo and a few small parts; these limits are
// far above that and keep a damaged or hostile file from filling the memory.
constexpr std::uintmax_t max_file_size = 64U << 20U;
constexpr zip_uint64_t max_entry_size = 64U << 20U;
constexpr zip_uint64_t max_total_size = 256U << 20U;
constexpr zip_int64_t max_entries = 4000;

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::string libzip_message(zip_error_t* error) {
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

}  // namespace

const std::string* ZipContents::find(const std::string& entry) const {
    const auto found = entries_.find(entry);
    return found == entries_.end() ? nullptr : &found->second;
}

Result<ZipContents> ZipContents::read_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return Error{file.string() + ": bestand niet gevonden"};
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return Error{file.string() + ": niet te lezen (" + ec.message() + ")"};
    if (size > max_file_size) return Error{file.string() + ": te groot voor een Word-sjabloon"};
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{file.string() + ": niet te openen"};
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return read_bytes(bytes, file.string());
}

Result<ZipContents> ZipContents::read_bytes(const std::string& bytes, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) return Error{name + ": " + libzip_message(&error)};
    zip_t* raw = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (raw == nullptr) {
        zip_source_free(source);  // still ours when opening failed
        return Error{name + ": geen geldig Word-bestand (" + libzip_message(&error) + ")"};
    }
    zip_error_fini(&error);
    std::unique_ptr<zip_t, ArchiveCloser> archive(raw);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > max_entries) return Error{name + ": te veel onderdelen voor een Word-sjabloon"};
    ZipContents contents;
    zip_uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0) return Error{name + ": beschadigd zip-bestand"};
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
            return Error{name + ": versleuteld, niet te gebruiken als sjabloon"};
        }
        const std::string entry_name = stat.name != nullptr ? stat.name : "";
        if (entry_name.empty() || entry_name.back() == '/') continue;  // folders
        if (stat.size > max_entry_size || total + stat.size > max_total_size) {
            return Error{name + ": onderdeel " + entry_name + " is te groot"};
        }
        zip_file_t* file = zip_fopen_index(archive.get(), index, 0);
        if (file == nullptr) return Error{name + ": onderdeel " + entry_name + " niet te lezen"};
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        const zip_int64_t read = content.empty() ? 0 : zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) return Error{name + ": onderdeel " + entry_name + " niet te lezen"};
        total += stat.size;
        contents.entries_[entry_name] = std::move(content);
    }
    return contents;
}

std::string write_zip(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (target == nullptr) throw std::runtime_error("zip: " + libzip_message(&error));
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        zip_source_free(target);
        throw std::runtime_error("zip: " + libzip_message(&error));
    }
    zip_error_fini(&error);
    zip_source_keep(target);  // read the bytes back after zip_close
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(target, &zip_source_free);

    const auto fail = [&](const std::string& what) {
        const std::string message = std::string("zip: ") + what + ": " + zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error(message);
    };
    // 1 January 2000, local time as zip stores it: a fixed stamp, the same for every run.
    std::tm stamp{};
    stamp.tm_year = 100;
    stamp.tm_mday = 1;
    stamp.tm_isdst = -1;
    const std::time_t fixed_time = std::mktime(&stamp);
    // Files not yet handed to libzip are closed here when something fails on the way.
    std::vector<std::FILE*> files;
    for (const auto& entry : entries)
        if (entry.file != nullptr) files.push_back(entry.file);
    struct CloseFiles {
        std::vector<std::FILE*>& files;
        ~CloseFiles() {
            for (std::FILE* file : files)
                if (file != nullptr) std::fclose(file);
        }
    } close_files{files};
    for (const auto& entry : entries) {
        // The entries' strings (and files) outlive zip_close: libzip reads them only then.
        zip_source_t* source = nullptr;
        if (entry.file != nullptr) {
            source = zip_source_filep(archive, entry.file, 0, -1);
            if (source != nullptr) std::replace(files.begin(), files.end(), entry.file, static_cast<std::FILE*>(nullptr));
        } else {
            source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        }
        if (source == nullptr) fail(entry.name);
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(entry.name);
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 0) != 0) fail(entry.name);
        if (zip_file_set_mtime(archive, at, fixed_time, 0) != 0) fail(entry.name);
    }
    if (zip_close(archive) != 0) fail("schrijven");

    if (zip_source_open(target) != 0) throw std::runtime_error("zip: teruglezen mislukt");
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(target, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
        zip_source_close(target);
        throw std::runtime_error("zip: grootte onbekend");
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = bytes.empty() ? 0 : zip_source_read(target, bytes.data(), stat.size);
    zip_source_close(target);
    if (read != static_cast<zip_int64_t>(stat.size)) throw std::runtime_error("zip: teruglezen mislukt");
    return bytes;
}

}  // namespace inspraak::word_package
