// The built modules: each exports a descriptor with its name and single format, and its init
// registers a reporter that renders.
#include <gtest/gtest.h>

#include <dlfcn.h>

#include <memory>
#include <ostream>
#include <string>

#include "inspraak/plugin.hpp"
#include "report_fixture.hpp"

namespace {

class CollectingRegistrar final : public inspraak::Registrar {
public:
    void add_ingester(std::unique_ptr<inspraak::Ingester>) override { ++others; }
    void add_classifier(std::unique_ptr<inspraak::Classifier>) override { ++others; }
    void add_reporter(std::unique_ptr<inspraak::Reporter> reporter) override { reporters.push_back(std::move(reporter)); }

    std::vector<std::unique_ptr<inspraak::Reporter>> reporters;
    int others = 0;
};

struct Case {
    const char* name;
    const char* format;
    const char* marker;  // something the rendered report must contain
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ReportModule : public testing::TestWithParam<Case> {};

TEST_P(ReportModule, DescribesItselfAndRegistersAWorkingReporter) {
    const Case& c = GetParam();
    const std::string path = std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-" + c.name + ".so";
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle, nullptr) << dlerror();
    const auto* descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(handle, "inspraak_plugin"));
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->api_minor, INSPRAAK_API_MINOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::report));
    EXPECT_STREQ(descriptor->name, c.name);
    EXPECT_STREQ(descriptor->formats, c.format);
    EXPECT_STRNE(descriptor->version, "");
    EXPECT_STRNE(descriptor->summary, "");

    {
        CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        ASSERT_EQ(registrar.reporters.size(), 1u);
        EXPECT_EQ(registrar.others, 0);
        auto rendered = registrar.reporters.front()->render(report_test::make_model());
        ASSERT_TRUE(rendered.ok()) << rendered.error().message;
        EXPECT_NE(rendered.value().find(c.marker), std::string::npos);
    }  // the reporter dies before its library is closed
    dlclose(handle);
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ReportModule,
                         testing::Values(Case{"report-md", "md", "## Algemene reactie"},
                                         Case{"report-html", "html", "<h2>Algemene reactie</h2>"},
                                         Case{"report-csv", "csv", "I002.2,Inwoner"},
                                         Case{"report-json", "json", "\"points\": ["}),
                         [](const testing::TestParamInfo<Case>& param_info) {
                             return std::string(param_info.param.format);
                         });

}  // namespace
