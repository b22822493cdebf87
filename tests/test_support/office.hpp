// LibreOffice for end-to-end tests: opens our files in a real office suite the way a user would.
// Each conversion uses a private profile, so that parallel tests neither share nor touch a
// user's LibreOffice profile. Tests skip themselves (GTEST_SKIP) when soffice is not installed.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
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

// `soffice --headless --convert-to FILTER --outdir OUT_DIR INPUT` ("pdf", "csv", "xlsx",
// "txt:Text (encoded):UTF8", "docx:MS Word 2007 XML"). Returns the file it wrote, or nothing
// when the conversion failed. `work` holds the private profile (and the command's output).
inline std::optional<std::filesystem::path> office_convert(const std::filesystem::path& soffice,
                                                           const std::filesystem::path& input,
                                                           const std::string& filter,
                                                           const std::filesystem::path& out_dir,
                                                           const std::filesystem::path& work) {
    std::filesystem::create_directories(out_dir);
    std::filesystem::create_directories(work);
    const CommandResult result = run_command(
        soffice.string(),
        {"-env:UserInstallation=file://" + (work / "profile").string(), "--headless", "--convert-to", filter,
         "--outdir", out_dir.string(), input.string()},
        work);
    const auto output = out_dir / (input.stem().string() + "." + filter.substr(0, filter.find(':')));
    if (result.exit_code != 0 || !std::filesystem::exists(output)) return std::nullopt;
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
