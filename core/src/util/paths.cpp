#include "util/paths.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

namespace inspraak::core {

std::filesystem::path default_templates_dir() {
    boost::dll::fs::error_code ec;
    auto program = boost::dll::program_location(ec);
    if (!ec) {
        auto installed = std::filesystem::path(program.string()).parent_path().parent_path() / "share/inspraak/templates";
        if (std::filesystem::is_directory(installed)) return installed;
    }
    if (auto source = std::filesystem::path(INSPRAAK_SOURCE_DIR) / "reports/templates"; std::filesystem::is_directory(source))
        return source;
    return std::filesystem::path(INSPRAAK_INSTALL_DATA_DIR) / "templates";
}

}  // namespace inspraak::core
