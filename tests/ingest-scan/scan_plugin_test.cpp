// The built module: its descriptor and init.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "inspraak/plugin.hpp"
#include "test_support/plugin_module.hpp"
#include "scan_fixtures.hpp"

namespace {

TEST(ScanPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const inspraak::test::PluginModule module("ingest-scan");
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-scan");
    EXPECT_STREQ(descriptor->formats, "png,jpg,jpeg,tif,tiff");
    {
        inspraak::test::CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.registered(), 1u);
        inspraak::ingest::PixPtr blank = inspraak::test::blank_image(300, 200);
        auto result = registrar.ingesters[0]->read(inspraak::SourceFile{"a.png", "a.png", inspraak::test::png_bytes(blank.get())});
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().message, "geen tekst gevonden in de afbeelding");
    }
}

}  // namespace
