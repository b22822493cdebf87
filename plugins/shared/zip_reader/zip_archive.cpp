#include "zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <array>

namespace inspraak::ingest {

struct ZipArchive::Handle {
    zip_t* archive = nullptr;
    ~Handle() {
        if (archive) zip_discard(archive);  // read only: nothing to write back
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, ZipLimits limits)
    : handle_(std::move(handle)), limits_(limits) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes, ZipLimits limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error{"geen zip-archief"};
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);  // still ours when opening failed
        return Error{"geen zip-archief"};
    }
    auto handle = std::make_unique<Handle>();
    handle->archive = archive;
    return ZipArchive(std::move(handle), limits);
}

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(handle_->archive, name.c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> found;
    const zip_int64_t count = zip_get_num_entries(handle_->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        // libzip gives UTF-8, converting from the archive's CP437 when the entry is not flagged UTF-8.
        const char* name = zip_get_name(handle_->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        if (name != nullptr) found.emplace_back(name);
    }
    return found;
}

Result<std::string> ZipArchive::read(const std::string& name) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(handle_->archive, name.c_str(), 0, &stat) != 0) return Error{name + " ontbreekt"};
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error{std::string(encrypted_reason)};

    // What the archive declares, checked before anything is unpacked.
    const std::uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    const std::uint64_t stored = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
    auto over_ratio = [&](std::uint64_t unpacked) {
        return unpacked >= limits_.ratio_applies_from &&
               static_cast<double>(unpacked) > limits_.max_ratio * static_cast<double>(std::max<std::uint64_t>(stored, 1));
    };
    const std::uint64_t room = std::min(
        limits_.max_entry_unpacked, limits_.max_total_unpacked - std::min(unpacked_so_far_, limits_.max_total_unpacked));
    if (declared > room || over_ratio(declared)) return Error{std::string(zip_bomb_reason)};

    zip_file_t* file = zip_fopen(handle_->archive, name.c_str(), 0);
    if (!file) return Error{name + " kan niet worden uitgepakt"};
    std::string content;
    content.reserve(static_cast<size_t>(declared));
    std::array<char, 64 * 1024> chunk{};
    bool too_big = false;
    bool failed = false;
    for (;;) {
        zip_int64_t n = zip_fread(file, chunk.data(), chunk.size());
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0) break;
        content.append(chunk.data(), static_cast<size_t>(n));
        // The declared sizes may lie: enforce the same limits on what really comes out.
        if (content.size() > room || over_ratio(content.size())) {
            too_big = true;
            break;
        }
    }
    zip_fclose(file);
    if (too_big) return Error{std::string(zip_bomb_reason)};
    if (failed) return Error{name + " kan niet worden uitgepakt"};
    unpacked_so_far_ += content.size();
    return content;
}

}  // namespace inspraak::ingest
