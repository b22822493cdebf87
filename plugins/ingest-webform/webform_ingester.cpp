#include "webform_ingester.hpp"

#include <string>
#include <string_view>

#include "csv_reader.hpp"
#include "inspraak/text.hpp"
#include "json_reader.hpp"
#include "submission_builder.hpp"

namespace inspraak::webform {

namespace {

enum class Format { csv, json };

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && text::starts_with_ci(s.substr(s.size() - suffix.size()), suffix);
}

// By extension; a file without a known one is JSON when it looks like JSON.
Format format_of(const SourceFile& file, std::string_view utf8) {
    for (std::string_view path : {std::string_view(file.display_path), std::string_view(file.path)}) {
        if (ends_with_ci(path, ".json")) return Format::json;
        if (ends_with_ci(path, ".csv")) return Format::csv;
    }
    std::string_view start = text::trim(utf8);
    return !start.empty() && (start.front() == '[' || start.front() == '{') ? Format::json : Format::csv;
}

}  // namespace

Result<IngestResult> WebformIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        // Excel writes windows-1252 or UTF-8 with a BOM; to_utf8 handles both.
        const std::string utf8 = text::to_utf8(file.bytes);
        Result<Table> table = format_of(file, utf8) == Format::json ? read_json(utf8) : read_csv(utf8);
        if (!table) return table.error();
        return build_submissions(table.value());
    });
}

}  // namespace inspraak::webform
