// The built module exports the descriptor the host reads before running any plugin code.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "inspraak/plugin.hpp"
#include "test_framework.hpp"

namespace {

class RecordingRegistrar final : public inspraak::Registrar {
public:
    void add_ingester(std::unique_ptr<inspraak::Ingester>) override { ++others; }
    void add_classifier(std::unique_ptr<inspraak::Classifier> c) override { classifier = std::move(c); }
    void add_reporter(std::unique_ptr<inspraak::Reporter>) override { ++others; }
    std::unique_ptr<inspraak::Classifier> classifier;
    int others = 0;
};

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
    ASSERT_NE(descriptor->init, nullptr);

    // init registers exactly one classifier, which works through the module's own code.
    {
        RecordingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_NE(registrar.classifier, nullptr);
        EXPECT_EQ(registrar.others, 0);
        const auto framework = inspraak::classify_bm25::testing::make_test_framework();
        const auto workstreams = inspraak::classify_bm25::testing::make_test_workstreams();
        auto session = registrar.classifier->open({framework, workstreams, "nl"});
        ASSERT_TRUE(session.ok()) << session.error().message;
        inspraak::Point point;
        point.text = "Meer handelsmissies graag.";
        auto result = (*session)->classify(point);
        ASSERT_TRUE(result.ok()) << result.error().message;
        ASSERT_FALSE(result->chapters.empty());
        EXPECT_EQ(result->chapters.front().section_id, "h4");
    }  // every object from the module is gone before it is unloaded
    dlclose(module);
}

}  // namespace
