// The built module: its descriptor, its init, and concurrent reads.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "ingest-scan/scan_fixtures.hpp"
#include "inspraak/plugin.hpp"
#include "test_support/plugin_module.hpp"
#include "pdf_ingester.hpp"

namespace {

TEST(PdfPlugin, ModuleDescribesItselfAndRegistersOneIngester) {
    const inspraak::test::PluginModule module("ingest-pdf");
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-pdf");
    EXPECT_STREQ(descriptor->formats, "pdf");
    {
        inspraak::test::CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.ingesters.size(), 1u);
        EXPECT_EQ(registrar.registered(), 1u);
        const std::string bytes = inspraak::test::read_bytes(inspraak::test::pdf_fixture_path("twee_kolommen.pdf"));
        auto result = registrar.ingesters[0]->read(inspraak::SourceFile{"a.pdf", "a.pdf", bytes});
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->submissions.size(), 1u);
        auto bad = registrar.ingesters[0]->read(inspraak::SourceFile{"b.pdf", "b.pdf", "%PDF-1.4 kapot"});
        EXPECT_FALSE(bad.ok());
    }
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
