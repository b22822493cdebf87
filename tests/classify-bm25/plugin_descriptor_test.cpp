// The built module exports the descriptor the host reads before running any plugin code.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "inspraak/plugin.hpp"
#include "test_support/plugin_module.hpp"
#include "test_framework.hpp"

namespace {

TEST(ClassifyBm25Module, ExportsItsDescriptor) {
    const inspraak::test::PluginModule module("classify-bm25");
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::classify));
    EXPECT_STREQ(descriptor->name, "classify-bm25");
    EXPECT_STREQ(descriptor->formats, "");
    ASSERT_NE(descriptor->init, nullptr);

    // init registers exactly one classifier, which works through the module's own code.
    {
        inspraak::test::CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.classifiers.size(), 1u);
        EXPECT_EQ(registrar.registered(), 1u);
        const auto framework = inspraak::classify_bm25::testing::make_test_framework();
        const auto workstreams = inspraak::classify_bm25::testing::make_test_workstreams();
        auto session = registrar.classifiers.front()->open({framework, workstreams, "nl"});
        ASSERT_TRUE(session.ok()) << session.error().message;
        inspraak::Point point;
        point.text = "Meer handelsmissies graag.";
        auto result = (*session)->classify(point);
        ASSERT_TRUE(result.ok()) << result.error().message;
        ASSERT_FALSE(result->chapters.empty());
        EXPECT_EQ(result->chapters.front().section_id, "h4");
    }  // every object from the module is gone before it is unloaded
}

}  // namespace
