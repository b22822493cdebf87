#include "pipeline/embedded_reader.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <utility>

#include "inspraak/text.hpp"
#include "pipeline/ingest_call.hpp"
#include "util/files.hpp"
#include "util/sha256.hpp"

namespace inspraak::core {
namespace {

constexpr size_t kMaxNameChars = 200;

struct MediaTypeExtension {
    std::string_view media_type;
    std::string_view extension;
};

// The types mail clients and archives give the formats inspraak reads.
constexpr std::array<MediaTypeExtension, 20> kMediaTypes{{
    {"application/pdf", "pdf"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
    {"application/vnd.oasis.opendocument.text", "odt"},
    {"application/msword", "doc"},
    {"message/rfc822", "eml"},
    {"application/vnd.ms-outlook", "msg"},
    {"application/ms-tnef", "dat"},
    {"application/vnd.ms-tnef", "dat"},
    {"application/zip", "zip"},
    {"application/x-zip-compressed", "zip"},
    {"text/plain", "txt"},
    {"text/markdown", "md"},
    {"text/csv", "csv"},
    {"application/json", "json"},
    {"text/html", "html"},
    {"image/png", "png"},
    {"image/jpeg", "jpg"},
    {"image/tiff", "tif"},
    {"image/gif", "gif"},
    {"application/rtf", "rtf"},
}};

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

// At most `limit` code points of valid UTF-8.
std::string first_code_points(std::string_view s, size_t limit) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        if (lead && count++ == limit) return std::string(s.substr(0, i));
    }
    return std::string(s);
}

}  // namespace

std::string extension_for_media_type(std::string_view media_type) {
    std::string type = ascii_lower(text::trim(media_type.substr(0, media_type.find(';'))));
    for (const auto& entry : kMediaTypes)
        if (entry.media_type == type) return std::string(entry.extension);
    return {};
}

std::string tidy_embedded_name(std::string_view name) {
    std::string utf8 = text::to_utf8(name);
    std::string out;
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) continue;  // control characters, tabs and newlines included
        out += c == '\\' ? '/' : c;
    }
    // An archive may name members "../../x" or "/etc/x": only the path inside it is kept.
    std::string kept;
    size_t start = 0;
    while (start <= out.size()) {
        size_t end = std::min(out.find('/', start), out.size());
        std::string part = text::normalize_whitespace(std::string_view(out).substr(start, end - start));
        if (!part.empty() && part != "." && part != "..") {
            if (!kept.empty()) kept += '/';
            kept += part;
        }
        start = end + 1;
    }
    return first_code_points(kept, kMaxNameChars);
}

EmbeddedReader::EmbeddedReader(const PluginHost& host, EmbeddingLimits limits) : host_(host), limits_(limits) {}

std::vector<ReadEmbeddedFile> EmbeddedReader::read(std::vector<EmbeddedFile> files, const std::string& container_name) {
    files_seen_ = 0;
    bytes_seen_ = 0;
    return read_level(std::move(files), container_name, 1);
}

std::vector<ReadEmbeddedFile> EmbeddedReader::read_level(std::vector<EmbeddedFile> files,
                                                         const std::string& parent_chain, int depth) {
    std::vector<ReadEmbeddedFile> level;
    level.reserve(files.size());
    int index = 0;
    for (auto& file : files) level.push_back(read_one(std::move(file), parent_chain, depth, ++index));
    return level;
}

std::string EmbeddedReader::extension_for(const EmbeddedFile& file) const {
    std::string by_name = extension_of(std::filesystem::path(tidy_embedded_name(file.name)).filename());
    if (!by_name.empty() && host_.ingester_for(by_name)) return by_name;
    std::string by_type = extension_for_media_type(file.media_type);
    if (!by_type.empty() && host_.ingester_for(by_type)) return by_type;
    return by_name.empty() ? by_type : by_name;
}

ReadEmbeddedFile EmbeddedReader::read_one(EmbeddedFile file, const std::string& parent_chain, int depth, int index) {
    ReadEmbeddedFile read;
    const std::string extension = extension_for(file);
    read.name = tidy_embedded_name(file.name);
    if (read.name.empty())
        read.name = extension.empty() ? fmt::format("bijlage {}", index) : fmt::format("bijlage {}.{}", index, extension);
    read.chain = parent_chain + "/" + read.name;
    read.sha256 = sha256_hex(file.bytes);
    read.plugin = host_.ingester_name_for(extension);
    read.file = std::move(file);

    ++files_seen_;
    bytes_seen_ += read.file.bytes.size();
    auto refuse = [&](const char* reason, auto limit) {
        read.status = "refused";
        read.error = Message{reason, {std::to_string(limit)}};
        return std::move(read);
    };
    if (depth > limits_.max_depth) return refuse("too_deep", limits_.max_depth);
    if (files_seen_ > limits_.max_files) return refuse("too_many", limits_.max_files);
    if (bytes_seen_ > limits_.max_total_bytes) return refuse("too_big", limits_.max_total_bytes >> 20);

    if (!host_.ingester_for(extension)) {
        read.status = "failed";
        read.error = extension.empty() ? Message{"no_type"} : Message{"no_plugin", {extension}};
        return read;
    }
    AppResult<IngestResult> result = call_ingester(host_, extension, SourceFile{read.name, read.chain, read.file.bytes});
    if (!result) {
        read.status = "failed";
        read.error = result.error().message;
        return read;
    }
    read.result = std::move(result.value());
    read.children = read_level(std::exchange(read.result.embedded, {}), read.chain, depth + 1);
    return read;
}

}  // namespace inspraak::core
