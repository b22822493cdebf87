// Where plugins are looked for, and why each folder is on the list (`inspraak plugins` says it).
//
// Folders given with --plugins are the whole list. Otherwise: the host's own plugin folder
// (found relative to the program, so that an installed copy finds its own wherever it was
// installed, and the build tree's build/plugins), then each folder of INSPRAAK_PLUGIN_PATH
// (colon-separated), in order. Plugins load in this order and the first plugin of a name wins:
// a plugin from INSPRAAK_PLUGIN_PATH cannot replace one that came with inspraak. The parse
// workers get the same list, so they load the same plugins.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace inspraak::core {

enum class PluginOrigin { own, environment, command_line };

struct PluginFolder {
    std::filesystem::path path;
    PluginOrigin origin = PluginOrigin::own;
};

// `given`: the --plugins folders; `environment`: the value of INSPRAAK_PLUGIN_PATH, or null.
// The same folder reached twice is kept at its first place (it would load every plugin twice).
std::vector<PluginFolder> plugin_folders(const std::vector<std::string>& given, const char* environment);

// The host's own folders: beside the program and in the installed prefix, relative to it.
std::vector<std::filesystem::path> own_plugin_folders();

std::vector<std::filesystem::path> paths_of(const std::vector<PluginFolder>& folders);

}  // namespace inspraak::core
