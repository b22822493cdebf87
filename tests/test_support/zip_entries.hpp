// Reads an OOXML package (.docx, .xlsx) the way a test needs to: every zip entry with libzip,
// independent of the plugins' own zip code, and an entry parsed with pugixml. Tests that use it
// link libzip and pugixml.
#pragma once

#include <zip.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include <pugixml.hpp>

namespace inspraak {

// Entry name -> content. Throws std::runtime_error when the bytes are no zip or an entry cannot
// be read, or when a name occurs twice (an archive Word and Excel would reject).
inline std::map<std::string, std::string> read_zip_entries(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) throw std::runtime_error("zip source failed");
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        throw std::runtime_error(std::string("no zip: ") + zip_error_strerror(&error));
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
    std::map<std::string, std::string> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) throw std::runtime_error("zip stat");
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) throw std::runtime_error("zip open entry");
        std::string content(stat.size, '\0');
        const zip_int64_t read = stat.size == 0 ? 0 : zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) throw std::runtime_error("zip read");
        if (!entries.emplace(stat.name, std::move(content)).second) throw std::runtime_error("duplicate entry");
    }
    return entries;
}

// The content of entry `name`; throws std::runtime_error when it is missing.
inline const std::string& zip_entry(const std::map<std::string, std::string>& entries, const std::string& name) {
    const auto found = entries.find(name);
    if (found == entries.end()) throw std::runtime_error("no entry " + name);
    return found->second;
}

// The entry `name` of `entries` parsed as XML (text nodes of white space kept, as Word's w:t
// needs). Throws std::runtime_error when the entry is missing or no well-formed XML.
inline pugi::xml_document parse_zip_entry(const std::map<std::string, std::string>& entries, const std::string& name) {
    const std::string& content = zip_entry(entries, name);
    pugi::xml_document document;
    const auto result = document.load_buffer(content.data(), content.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result) throw std::runtime_error(name + " is no XML: " + result.description());
    return document;
}

}  // namespace inspraak
