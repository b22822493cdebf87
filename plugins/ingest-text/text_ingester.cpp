#include "text_ingester.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

#include "body_cleanup.hpp"
#include "inspraak/text.hpp"
#include "text_layout.hpp"
#include "letter_header.hpp"
#include "text_decoding.hpp"

namespace inspraak::ingest {
namespace {

bool is_markdown_file(const SourceFile& file) {
    const std::string& name = file.display_path.empty() ? file.path : file.display_path;
    std::string extension = std::filesystem::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".md" || extension == ".markdown";
}

}  // namespace

Result<IngestResult> TextIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        if (text::trim(file.bytes).empty()) return Error{"bevat geen tekst: het bestand is leeg"};
        auto decoded = decode_text_file(file.bytes);
        if (!decoded) return decoded.error();
        const std::string& content = decoded.value();
        const std::vector<std::string_view> lines = text::split_lines(content);

        IngestResult result;
        IngestedSubmission submission;
        // Front matter is a Markdown habit, but a .txt written by the same person may have it too.
        std::optional<LetterHeader> header = read_front_matter(lines);
        const bool has_front_matter = header.has_value();
        if (!header) header = read_header_block(lines);
        size_t body_start = 0;
        if (header) {
            for (const auto& [field, value] : header->fields)
                apply_field(field, value, submission, result.warnings);
            for (const auto& key : header->unknown_keys)
                result.warnings.push_back("onbekend veld in de front matter genegeerd: " + key);
            body_start = header->body_start;
        }

        const std::vector<std::string_view> body_lines(lines.begin() + static_cast<std::ptrdiff_t>(body_start),
                                                       lines.end());
        const bool markdown = is_markdown_file(file) || has_front_matter;
        submission.body = tidy_layout(markdown ? simplify_markdown(body_lines) : simplify_plain_text(body_lines));
        if (submission.body.empty()) {
            return Error{header ? "bevat geen tekst: alleen kopregels, geen inhoud" : "bevat geen tekst"};
        }
        result.submissions.push_back(std::move(submission));
        return result;
    });
}

}  // namespace inspraak::ingest
