#include "framework/framework_import.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "framework/framework_readers.hpp"
#include "framework/outline_entry.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {

namespace {

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (!in || !(bytes << in.rdbuf())) return {};
    return bytes.str();
}

}  // namespace

Framework import_framework(std::string_view utf8_text, FrameworkFormat format, const OutlineOverride& outline) {
    switch (format) {
    case FrameworkFormat::markdown:
    case FrameworkFormat::document:
        return read_markdown_framework(utf8_text, outline);
    case FrameworkFormat::pdf:
        return read_plain_text_framework(utf8_text, outline, /*heading_marks=*/true);
    case FrameworkFormat::text:
        break;
    }
    return read_plain_text_framework(utf8_text, outline);
}

std::vector<std::string> unmatched_outline_chapters(const Framework& framework, const OutlineOverride& outline) {
    std::vector<std::string> unmatched;
    for (const std::string& chapter : outline.chapters) {
        std::optional<OutlineEntry> entry = parse_outline_entry(chapter);
        const bool found = entry && std::any_of(framework.sections.begin(), framework.sections.end(), [&](const Section& s) {
            if (s.kind == SectionKind::section || (s.kind == SectionKind::appendix) != entry->appendix) return false;
            if (entry->number && s.number != (entry->appendix ? "B" : "") + std::to_string(*entry->number)) return false;
            return entry->title.empty() || same_title(entry->title, s.title);
        });
        if (!found) unmatched.push_back(chapter);
    }
    return unmatched;
}

std::optional<FrameworkFormat> framework_format_for(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (extension == ".txt") return FrameworkFormat::text;
    if (extension == ".md" || extension == ".markdown") return FrameworkFormat::markdown;
    if (extension == ".docx" || extension == ".odt") return FrameworkFormat::document;
    if (extension == ".pdf") return FrameworkFormat::pdf;
    return std::nullopt;
}

AppResult<Framework> read_framework_file(const std::filesystem::path& path, const DocumentReader& read_document,
                                         const OutlineOverride& outline) {
    const std::string name = path.string();
    auto error = [&](std::string key, std::vector<std::string> args = {}) {
        args.insert(args.begin(), name);
        return invalid_error(std::move(key), std::move(args));
    };
    try {
        std::optional<FrameworkFormat> format = framework_format_for(path);
        if (!format) return error("framework.unknown_type", {path.extension().string()});
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            return AppError{ErrorKind::not_found, Message{"framework.not_found", {name}}};
        std::string text;
        if (*format == FrameworkFormat::document || *format == FrameworkFormat::pdf) {
            if (!read_document) return error("framework.no_reader", {path.extension().string()});
            AppResult<std::string> body = read_document(path);
            if (!body) return AppError{body.error().kind, reason_in("framework", body.error().message, {name})};
            text = std::move(*body);
        } else {
            std::string bytes = read_bytes(path);
            if (bytes.empty()) return error("framework.empty");
            text = text::to_utf8(bytes);
        }
        if (outline.chapter_level > 0 && *format != FrameworkFormat::markdown && *format != FrameworkFormat::document)
            return error("framework.chapter_level_needs_headings");
        Framework framework = import_framework(text, *format, outline);
        if (std::vector<std::string> missing = unmatched_outline_chapters(framework, outline); !missing.empty())
            return error("framework.outline_chapter_not_found", {missing.front()});
        bool has_chapter = std::any_of(framework.sections.begin(), framework.sections.end(),
                                       [](const Section& s) { return s.kind != SectionKind::section; });
        if (!has_chapter) return error("framework.no_chapters");
        return framework;
    } catch (const AppException& e) {  // a file that cannot be read ("file.cannot_read"): as it is
        return e.error();
    } catch (const std::exception& e) {  // a reader that throws after all: one line naming the file
        return AppError{ErrorKind::internal, Message{"framework.read_failed", {name, e.what()}}};
    } catch (...) {  // a plugin that broke its promise not to throw
        return AppError{ErrorKind::internal, Message{"framework.plugin_threw", {name}}};
    }
}

}  // namespace inspraak::core
