// LibreOffice for end-to-end tests: opens our files in a real office suite the way a user would.
// Each conversion uses a private profile, so that parallel tests neither share nor touch a
// user's LibreOffice profile. Tests skip themselves (GTEST_SKIP) when soffice is not installed.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "test_support/run_command.hpp"

namespace inspraak {

// The soffice on PATH, or empty when LibreOffice is not installed.
inline std::filesystem::path find_soffice() {
    const char* path = std::getenv("PATH");
    const std::string dirs = path == nullptr ? "" : path;
    for (std::size_t start = 0; start <= dirs.size();) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = dirs.substr(start, end - start);
        const std::filesystem::path candidate = std::filesystem::path(dir) / "soffice";
        if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}

// Where office_convert keeps what LibreOffice made (INSPRAAK_TEST_OFFICE_CACHE), or empty: no cache.
// scripts/test.sh sets it for one run of both builds, so that the same document converted by
// several tests (and by the sanitizer build's tests again) starts LibreOffice once: each start
// costs seconds, and what it makes of the same bytes is the same input for the test either way.
inline std::filesystem::path office_cache_dir() {
    const char* dir = std::getenv("INSPRAAK_TEST_OFFICE_CACHE");
    return dir == nullptr ? std::filesystem::path() : std::filesystem::path(dir);
}

// The cache's name for converting these bytes with this filter (FNV-1a over both).
inline std::string office_cache_key(const std::filesystem::path& input, const std::string& filter) {
    std::ifstream in(input, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    uint64_t hash = 1469598103934665603ULL;
    for (const std::string* part : {&bytes, &filter})
        for (unsigned char c : *part) hash = (hash ^ c) * 1099511628211ULL;
    char name[32];
    std::snprintf(name, sizeof name, "%016llx-%zx", static_cast<unsigned long long>(hash), bytes.size());
    return name;
}

// `soffice --headless --convert-to FILTER --outdir OUT_DIR INPUT` ("pdf", "csv", "xlsx",
// "txt:Text (encoded):UTF8", "docx:MS Word 2007 XML"). Returns the file it wrote, or nothing
// when the conversion failed. `work` holds the private profile (and the command's output).
inline std::optional<std::filesystem::path> office_convert(const std::filesystem::path& soffice,
                                                           const std::filesystem::path& input,
                                                           const std::string& filter,
                                                           const std::filesystem::path& out_dir,
                                                           const std::filesystem::path& work) {
    namespace fs = std::filesystem;
    fs::create_directories(out_dir);
    fs::create_directories(work);
    const auto output = out_dir / (input.stem().string() + "." + filter.substr(0, filter.find(':')));
    const fs::path cache = office_cache_dir();
    const fs::path cached = cache.empty() ? fs::path() : cache / office_cache_key(input, filter);
    if (!cached.empty() && fs::exists(cached)) {
        fs::copy_file(cached, output, fs::copy_options::overwrite_existing);
        return output;
    }
    const CommandResult result = run_command(
        soffice.string(),
        {"-env:UserInstallation=file://" + (work / "profile").string(), "--headless", "--convert-to", filter,
         "--outdir", out_dir.string(), input.string()},
        work);
    if (result.exit_code != 0 || !fs::exists(output)) return std::nullopt;
    if (!cached.empty()) {  // another test may convert the same at the same time: a whole file or none
        fs::create_directories(cache);
        const fs::path part = cached.string() + "." + std::to_string(::getpid()) + ".part";
        fs::copy_file(output, part, fs::copy_options::overwrite_existing);
        fs::rename(part, cached);
    }
    return output;
}

// A paragraph or heading of a document written for a test.
struct OdtBlock {
    int heading_level = 0;  // 0: a paragraph; 1, 2: Heading 1, Heading 2
    std::string text;
};

// A flat ODF text document (.fodt) that LibreOffice converts to .docx, .odt or .pdf.
inline std::string flat_odt(const std::string& title, const std::vector<OdtBlock>& blocks) {
    auto escaped = [](const std::string& text) {
        std::string out;
        for (char c : text) {
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else out += c;
        }
        return out;
    };
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n"
        "<office:meta><dc:title>" + escaped(title) + "</dc:title></office:meta>\n"
        "<office:styles>"
        "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
        "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
        "style:default-outline-level=\"1\"><style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
        "style:default-outline-level=\"2\"><style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\"/></style:style>"
        "</office:styles>\n<office:body><office:text>\n";
    for (const auto& block : blocks) {
        if (block.heading_level > 0) {
            const std::string level = std::to_string(block.heading_level);
            xml += "<text:h text:style-name=\"Heading_20_" + level + "\" text:outline-level=\"" + level + "\">" +
                   escaped(block.text) + "</text:h>\n";
        } else {
            xml += "<text:p text:style-name=\"Standard\">" + escaped(block.text) + "</text:p>\n";
        }
    }
    xml += "</office:text></office:body></office:document>\n";
    return xml;
}

}  // namespace inspraak
