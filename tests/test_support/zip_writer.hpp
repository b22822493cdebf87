// Builds zip archives in memory with libzip: the tests make their own .docx, .odt and .zip
// files with it. Tests that use it link libzip.
#pragma once

#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace inspraak::test {

struct ZipEntry {
    std::string name;
    std::string content;
    bool stored = false;  // uncompressed, as ODF wants its "mimetype" entry
};

// The bytes of a zip archive holding `entries` in this order.
inline std::string make_zip(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create");
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("zip_open_from_source");
    zip_source_keep(buffer);  // read the bytes after zip_close
    for (const ZipEntry& entry : entries) {
        // The entries' bytes stay alive (in `entries`) until zip_close reads them.
        zip_source_t* source = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
        zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) throw std::runtime_error("zip_file_add " + entry.name);
        if (entry.stored) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) throw std::runtime_error("zip_close");

    std::string bytes;
    if (zip_source_open(buffer) != 0) throw std::runtime_error("zip_source_open");
    char chunk[65536];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<size_t>(n));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

}  // namespace inspraak::test
