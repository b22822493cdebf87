// The built module: its descriptor, its init, and concurrent reads.
#include <dlfcn.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "inspraak/plugin.hpp"
#include "webform_test_support.hpp"

namespace {

class CollectingRegistrar final : public inspraak::Registrar {
public:
    void add_ingester(std::unique_ptr<inspraak::Ingester> ingester) override { ingesters.push_back(std::move(ingester)); }
    void add_classifier(std::unique_ptr<inspraak::Classifier>) override { ++others; }
    void add_reporter(std::unique_ptr<inspraak::Reporter>) override { ++others; }

    std::vector<std::unique_ptr<inspraak::Ingester>> ingesters;
    int others = 0;
};

}  // namespace

TEST(WebformPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const std::string path = std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-ingest-webform.so";
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle, nullptr) << dlerror();
    const auto* descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(handle, "inspraak_plugin"));
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-webform");
    EXPECT_STREQ(descriptor->formats, "csv,json");

    {
        CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.others, 0);
        inspraak::SourceFile file{"x.csv", "x.csv", "naam;reactie\nA;Tekst\n"};
        auto result = registrar.ingesters[0]->read(file);
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->submissions.size(), 1u);
    }  // the ingester is destroyed before its library is closed
    dlclose(handle);
}

TEST(WebformPlugin, ReadIsSafeToCallConcurrently) {
    const inspraak::webform::WebformIngester ingester;
    std::string csv = "naam;reactie;datum\n";
    for (int i = 0; i < 200; ++i) csv += "N" + std::to_string(i) + ";\"Tekst, met komma\";12 december 2024\n";
    const inspraak::SourceFile csv_file{"a.csv", "a.csv", csv};
    const inspraak::SourceFile json_file{"a.json", "a.json", R"({"reacties": [{"reactie": "x", "datum": "1-2-2024"}]})"};

    std::vector<int> counts(8, -1);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        threads.emplace_back([&, t] {
            auto result = ingester.read(t % 2 == 0 ? csv_file : json_file);
            counts[t] = result.ok() ? static_cast<int>(result->submissions.size()) : -2;
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < counts.size(); ++t) EXPECT_EQ(counts[t], t % 2 == 0 ? 200 : 1) << "thread " << t;
}
