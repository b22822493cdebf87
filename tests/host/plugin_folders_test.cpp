// Where plugins are looked for: --plugins alone, else the host's own folders, then
// INSPRAAK_PLUGIN_PATH in order, each folder once.
#include <gtest/gtest.h>

#include "host/plugin_folders.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

TEST(PluginFolders, GivenFoldersAreTheWholeList) {
    TempDir dir;
    auto folders = plugin_folders({dir.path().string()}, "/elsewhere");
    ASSERT_EQ(folders.size(), 1u);
    EXPECT_EQ(folders[0].path, fs::weakly_canonical(dir.path()));
    EXPECT_EQ(folders[0].origin, PluginOrigin::command_line);
}

TEST(PluginFolders, TheOwnFoldersComeBeforeTheEnvironmentsInItsOrder) {
    TempDir dir;
    fs::create_directories(dir.path() / "a");
    fs::create_directories(dir.path() / "b");
    const std::string a = (dir.path() / "a").string(), b = (dir.path() / "b").string();
    auto folders = plugin_folders({}, (b + "::" + a + ":" + b + "/").c_str());
    ASSERT_GE(folders.size(), 3u);
    EXPECT_EQ(folders.front().origin, PluginOrigin::own);
    const auto& second_last = folders[folders.size() - 2];
    const auto& last = folders.back();
    EXPECT_EQ(second_last.path, fs::weakly_canonical(b));  // b once, at its first place
    EXPECT_EQ(second_last.origin, PluginOrigin::environment);
    EXPECT_EQ(last.path, fs::weakly_canonical(a));
}

TEST(PluginFolders, WithoutTheVariableOnlyTheOwnFolders) {
    for (const auto& folder : plugin_folders({}, nullptr)) EXPECT_EQ(folder.origin, PluginOrigin::own);
    EXPECT_EQ(plugin_folders({}, nullptr).size(), plugin_folders({}, "").size());
}

}  // namespace
}  // namespace inspraak::core
