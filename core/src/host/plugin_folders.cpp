#include "host/plugin_folders.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <algorithm>
#include <string_view>

namespace inspraak::core {

std::vector<std::filesystem::path> own_plugin_folders() {
    std::vector<std::filesystem::path> folders;
    boost::dll::fs::error_code ec;
    auto program = boost::dll::program_location(ec);
    if (ec) return folders;
    auto bin = std::filesystem::path(program.string()).parent_path();
    folders.push_back(bin / "plugins");                          // plugins beside the binary
    folders.push_back(bin.parent_path() / "plugins");            // build tree: build/bin + build/plugins
    folders.push_back(bin / INSPRAAK_PLUGIN_DIR_FROM_BIN);       // installed: <prefix>/bin -> <prefix>/lib/inspraak/plugins
    return folders;
}

std::vector<PluginFolder> plugin_folders(const std::vector<std::string>& given, const char* environment) {
    std::vector<PluginFolder> candidates;
    if (!given.empty()) {
        for (const auto& folder : given) candidates.push_back({folder, PluginOrigin::command_line});
    } else {
        for (auto& folder : own_plugin_folders()) candidates.push_back({std::move(folder), PluginOrigin::own});
        std::string_view list = environment ? environment : "";
        while (!list.empty()) {
            auto colon = list.find(':');
            auto item = list.substr(0, colon);
            if (!item.empty()) candidates.push_back({std::filesystem::path(item), PluginOrigin::environment});
            list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
        }
    }
    std::vector<PluginFolder> unique;
    for (auto& candidate : candidates) {
        std::error_code ec;
        auto canonical = std::filesystem::weakly_canonical(candidate.path, ec);
        if (!ec) candidate.path = canonical;
        bool seen = std::any_of(unique.begin(), unique.end(), [&](const auto& f) { return f.path == candidate.path; });
        if (!seen) unique.push_back(std::move(candidate));
    }
    return unique;
}

std::vector<std::filesystem::path> paths_of(const std::vector<PluginFolder>& folders) {
    std::vector<std::filesystem::path> paths;
    for (const auto& folder : folders) paths.push_back(folder.path);
    return paths;
}

}  // namespace inspraak::core
