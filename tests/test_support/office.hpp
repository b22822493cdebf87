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

}  // namespace inspraak
