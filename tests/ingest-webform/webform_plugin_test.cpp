// The built module: its descriptor, its init, and concurrent reads.
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "inspraak/plugin.hpp"
#include "test_support/plugin_module.hpp"
#include "webform_test_support.hpp"

namespace {

}  // namespace

TEST(WebformPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const inspraak::test::PluginModule module("ingest-webform");
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-webform");
    EXPECT_STREQ(descriptor->formats, "csv,json");

    {
        inspraak::test::CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.registered(), 1u);
        inspraak::SourceFile file{"x.csv", "x.csv", "naam;reactie\nA;Tekst\n"};
        auto result = registrar.ingesters[0]->read(file);
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->submissions.size(), 1u);
    }
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
