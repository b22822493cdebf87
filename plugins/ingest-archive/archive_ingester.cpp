#include "archive_ingester.hpp"

#include "inspraak/text.hpp"

#include <fmt/core.h>

#include <string>

#include "zip_archive.hpp"

namespace inspraak::ingest {
namespace {

std::string_view last_component(std::string_view name) {
    while (!name.empty() && name.back() == '/') name.remove_suffix(1);
    const size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

}  // namespace

bool is_archive_furniture(std::string_view name) {
    if (name.empty() || name.back() == '/') return true;  // a folder
    if (name.starts_with("__MACOSX/") || name.find("/__MACOSX/") != std::string_view::npos) return true;
    const std::string_view base = last_component(name);
    return base.empty() || base.front() == '.' || base == "Thumbs.db" || base == "desktop.ini" || base.back() == '~';
}

Result<IngestResult> ArchiveIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        if (file.bytes.empty()) return Error{"leeg zip-archief: het bestand is leeg"};
        // The reader refuses a member that declares or unpacks past these limits, or far more
        // than it is stored (a bomb), before it fills memory.
        ZipLimits zip_limits;
        zip_limits.max_total_unpacked = limits_.max_total_bytes;
        zip_limits.max_entry_unpacked = limits_.max_member_bytes;
        auto archive = ZipArchive::open(file.bytes, zip_limits);
        if (!archive) return Error{"is geen zip-archief of is beschadigd"};

        IngestResult result;
        size_t members = 0;
        for (const std::string& name : archive->names()) {
            if (is_archive_furniture(name)) continue;
            if (++members > limits_.max_members) {
                result.warnings.push_back(
                    fmt::format("meer dan {} bestanden in het archief; de rest is niet gelezen", limits_.max_members));
                break;
            }
            // The name as it is read by people: a zip may store it in any 8-bit charset (found by
            // fuzz_archive); the raw name still finds the member.
            const std::string shown = text::to_utf8(name);
            auto bytes = archive->read(name);
            if (!bytes) {
                if (bytes.error().message == zip_bomb_reason) {
                    result.warnings.push_back(fmt::format(
                        "'{}': {} (meer dan {} MiB, of veel groter dan opgeslagen); niet gelezen", shown,
                        zip_bomb_reason, limits_.max_member_bytes >> 20));
                    continue;
                }
                if (bytes.error().message == encrypted_reason) {
                    result.warnings.push_back(fmt::format("'{}' is versleuteld; niet gelezen", shown));
                    continue;
                }
                result.warnings.push_back(fmt::format("'{}' is beschadigd en kan niet worden uitgepakt", shown));
                continue;
            }
            result.embedded.push_back(EmbeddedFile{shown, "", std::move(*bytes), -1});
        }
        if (result.embedded.empty() && result.warnings.empty()) return Error{"zip-archief bevat geen bestanden"};
        return result;
    });
}

}  // namespace inspraak::ingest
