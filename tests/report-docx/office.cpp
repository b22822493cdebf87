#include "office.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "test_support/run_command.hpp"

namespace docx_test {

std::filesystem::path find_soffice() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return {};
    const std::string dirs = path;
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "soffice";
        if (!candidate.parent_path().empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}

std::optional<std::string> docx_to_text(const std::filesystem::path& soffice, const std::filesystem::path& docx,
                                        const std::filesystem::path& work) {
    const auto out = work / "converted";
    std::filesystem::create_directories(out);
    const auto result = inspraak::run_command(
        soffice.string(),
        {"-env:UserInstallation=file://" + (work / "profile").string(), "--headless", "--convert-to",
         "txt:Text (encoded):UTF8", "--outdir", out.string(), docx.string()},
        work);
    const auto text_file = out / (docx.stem().string() + ".txt");
    if (result.exit_code != 0 || !std::filesystem::exists(text_file)) return std::nullopt;
    return inspraak::slurp(text_file);
}

std::string squash_whitespace(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace docx_test
