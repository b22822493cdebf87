// The built modules: each exports a descriptor with its name and single format, and its init
// registers a reporter that renders.
#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

#include "inspraak/plugin.hpp"
#include "inspraak/report_stream.hpp"
#include "test_support/plugin_module.hpp"
#include "report_fixture.hpp"

namespace {

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
    const inspraak::test::PluginModule module(c.name);
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->api_minor, INSPRAAK_API_MINOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::report));
    EXPECT_STREQ(descriptor->name, c.name);
    EXPECT_STREQ(descriptor->formats, c.format);
    EXPECT_STRNE(descriptor->version, "");
    EXPECT_STRNE(descriptor->summary, "");

    {
        inspraak::test::CollectingRegistrar registrar;
        inspraak::Error error;
        ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
        // The in-tree formats stream (API 3.2): they register a ReportWriter.
        ASSERT_EQ(registrar.report_writers.size(), 1u);
        EXPECT_EQ(registrar.registered(), 1u);
        auto rendered = inspraak::report::render_to_string(*registrar.report_writers.front(), report_test::make_model());
        ASSERT_TRUE(rendered.ok()) << rendered.error().message;
        EXPECT_NE(rendered.value().find(c.marker), std::string::npos);
    }  // the reporter dies before its library is closed
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
