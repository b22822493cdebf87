// The built module exports the descriptor the host reads before running any plugin code.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <string>

#include "inspraak/plugin.hpp"

namespace {

TEST(ClassifyBm25Module, ExportsItsDescriptor) {
    const std::string path = std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-classify-bm25.so";
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr) << dlerror();
    const auto* descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(module, "inspraak_plugin"));
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::classify));
    EXPECT_STREQ(descriptor->name, "classify-bm25");
    EXPECT_STREQ(descriptor->formats, "");
    EXPECT_NE(descriptor->init, nullptr);
    dlclose(module);
}

}  // namespace
