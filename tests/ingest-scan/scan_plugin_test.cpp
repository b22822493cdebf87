// The built module: its descriptor and init.
#include <dlfcn.h>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "inspraak/plugin.hpp"
#include "scan_fixtures.hpp"

namespace {

class CollectingRegistrar final : public inspraak::Registrar {
public:
    void add_ingester(std::unique_ptr<inspraak::Ingester> ingester) override { ingesters.push_back(std::move(ingester)); }
    void add_classifier(std::unique_ptr<inspraak::Classifier>) override { ++others; }
    void add_reporter(std::unique_ptr<inspraak::Reporter>) override { ++others; }

    std::vector<std::unique_ptr<inspraak::Ingester>> ingesters;
    int others = 0;
};

TEST(ScanPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const std::string path = std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-ingest-scan.so";
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle, nullptr) << dlerror();
    const auto* descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(handle, "inspraak_plugin"));
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-scan");
    EXPECT_STREQ(descriptor->formats, "png,jpg,jpeg,tif,tiff");
    {
        CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.others, 0);
        inspraak::ingest::PixPtr blank = inspraak::test::blank_image(300, 200);
        auto result = registrar.ingesters[0]->read(inspraak::SourceFile{"a.png", "a.png", inspraak::test::png_bytes(blank.get())});
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().message, "geen tekst gevonden in de afbeelding");
    }  // the ingester is destroyed before its library is closed
    dlclose(handle);
}

}  // namespace
