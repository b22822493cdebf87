// The built module: its descriptor, its init, and concurrent reads.
#include <dlfcn.h>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "ingest-scan/scan_fixtures.hpp"
#include "inspraak/plugin.hpp"
#include "pdf_ingester.hpp"

namespace {

class CollectingRegistrar final : public inspraak::Registrar {
public:
    void add_ingester(std::unique_ptr<inspraak::Ingester> ingester) override { ingesters.push_back(std::move(ingester)); }
    void add_classifier(std::unique_ptr<inspraak::Classifier>) override { ++others; }
    void add_reporter(std::unique_ptr<inspraak::Reporter>) override { ++others; }

    std::vector<std::unique_ptr<inspraak::Ingester>> ingesters;
    int others = 0;
};

TEST(PdfPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const std::string path = std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-ingest-pdf.so";
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle, nullptr) << dlerror();
    const auto* descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(handle, "inspraak_plugin"));
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-pdf");
    EXPECT_STREQ(descriptor->formats, "pdf");
    {
        CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.others, 0);
        const std::string bytes = inspraak::test::read_bytes(inspraak::test::pdf_fixture_path("twee_kolommen.pdf"));
        auto result = registrar.ingesters[0]->read(inspraak::SourceFile{"a.pdf", "a.pdf", bytes});
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->submissions.size(), 1u);
        auto bad = registrar.ingesters[0]->read(inspraak::SourceFile{"b.pdf", "b.pdf", "%PDF-1.4 kapot"});
        EXPECT_FALSE(bad.ok());
    }  // the ingester is destroyed before its library is closed
    dlclose(handle);
}

TEST(PdfPlugin, ReadIsSafeToCallConcurrently) {
    const inspraak::ingest::PdfIngester ingester;
    const std::string letter = inspraak::test::read_bytes(inspraak::test::pdf_fixture_path("brief_twee_paginas.pdf"));
    const std::string columns = inspraak::test::read_bytes(inspraak::test::pdf_fixture_path("twee_kolommen.pdf"));
    const std::string expected_letter = ingester.read(inspraak::SourceFile{"a.pdf", "a.pdf", letter})->submissions.front().body;
    const std::string expected_columns = ingester.read(inspraak::SourceFile{"b.pdf", "b.pdf", columns})->submissions.front().body;

    std::vector<int> same(8, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < same.size(); ++t) {
        threads.emplace_back([&, t] {
            const bool even = t % 2 == 0;
            auto result = ingester.read(inspraak::SourceFile{"x.pdf", "x.pdf", even ? letter : columns});
            same[t] = result.ok() && result->submissions.front().body == (even ? expected_letter : expected_columns) ? 1 : -1;
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < same.size(); ++t) EXPECT_EQ(same[t], 1) << "thread " << t;
}

}  // namespace
