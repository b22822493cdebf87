#include <gtest/gtest.h>

#include <fstream>

#include "host/plugin_host.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

// A plugin folder holding copies of the named fixture libraries (and optionally junk).
fs::path folder_with(const TempDir& dir, std::initializer_list<const char*> fixtures) {
    for (const char* name : fixtures)
        fs::copy_file(fs::path(FIXTURE_PLUGIN_DIR) / (std::string("libfixture-") + name + ".so"),
                      dir.path() / (std::string("libfixture-") + name + ".so"));
    return dir.path();
}

std::string dutch(const Message& message) { return render(message, false); }

std::string host_api() { return std::to_string(INSPRAAK_API_MAJOR) + "." + std::to_string(INSPRAAK_API_MINOR); }

const PluginInfo& info_named(const PluginHost& host, const std::string& file_part) {
    for (const auto& info : host.plugins())
        if (info.file.filename().string().find(file_part) != std::string::npos) return info;
    throw std::runtime_error("no plugin " + file_part);
}

TEST(PluginHost, LoadsAGoodPluginAndReadsItsDescriptor) {
    TempDir dir;
    PluginHost host({folder_with(dir, {"good"})});
    ASSERT_EQ(host.plugins().size(), 1u);
    const auto& info = host.plugins()[0];
    EXPECT_EQ(info.state, PluginState::loaded);
    EXPECT_EQ(info.name, "fixture-good");
    EXPECT_EQ(info.version, "2.3.4");
    EXPECT_EQ(info.kind, PluginKind::report);
    EXPECT_EQ(info.api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(info.formats, std::vector<std::string>{"fixture"});
    auto reporter = host.reporter("fixture");
    ASSERT_NE(reporter, nullptr);
    ReportModel model;
    model.points.resize(3);
    auto rendered = reporter->render(model);
    ASSERT_TRUE(rendered.ok());
    EXPECT_EQ(*rendered, "points=3");
}

TEST(PluginHost, AReportPluginOfApi31KeepsRenderingAWholeModel) {
    TempDir dir;
    PluginHost host({folder_with(dir, {"report-3-1"})});
    ASSERT_EQ(host.plugins().size(), 1u);
    EXPECT_EQ(host.plugins()[0].state, PluginState::loaded);
    EXPECT_EQ(host.plugins()[0].api_minor, 1);
    // No ReportWriter: the report stage builds the model for it.
    EXPECT_EQ(host.report_writer("old31"), nullptr);
    auto reporter = host.reporter("old31");
    ASSERT_NE(reporter, nullptr);
    ReportModel model;
    model.points.resize(2);
    model.points[1].id = "I002.1";
    auto rendered = reporter->render(model);
    ASSERT_TRUE(rendered.ok());
    EXPECT_EQ(*rendered, "rows=2\n \nI002.1 \n");
}

TEST(PluginHost, ReportsEveryBrokenPluginByStateAndKeepsTheGoodOne) {
    TempDir dir;
    auto folder = folder_with(dir, {"good", "no-entry", "other-api", "throws", "wrong-kind"});
    std::ofstream(folder / "libjunk.so") << "this is not an ELF file";
    PluginHost host({folder});
    ASSERT_EQ(host.plugins().size(), 6u);

    EXPECT_EQ(info_named(host, "good").state, PluginState::loaded);
    EXPECT_EQ(info_named(host, "junk").state, PluginState::cannot_open);
    EXPECT_FALSE(dutch(info_named(host, "junk").reason).empty());
    EXPECT_EQ(info_named(host, "no-entry").state, PluginState::missing_entry_point);

    const auto& other = info_named(host, "other-api");
    EXPECT_EQ(other.state, PluginState::incompatible_api);
    EXPECT_EQ(other.api_major, INSPRAAK_API_MAJOR + 1);
    EXPECT_EQ(render(other.reason, true).find("built for API " + std::to_string(INSPRAAK_API_MAJOR + 1) +
                                              ".0, this inspraak offers API " + host_api() +
                                              ": another major version is not interchangeable"),
              0u)
        << render(other.reason, true);
    EXPECT_EQ(dutch(other.reason).find("gebouwd voor API " + std::to_string(INSPRAAK_API_MAJOR + 1) + ".0"), 0u)
        << dutch(other.reason);

    const auto& throws = info_named(host, "throws");
    EXPECT_EQ(throws.state, PluginState::init_failed);
    EXPECT_EQ(dutch(throws.reason), "configuration file missing");  // the plugin's own words
    EXPECT_EQ(render(throws.reason, true), "configuration file missing");

    const auto& wrong = info_named(host, "wrong-kind");
    EXPECT_EQ(wrong.state, PluginState::init_failed);
    EXPECT_EQ(dutch(wrong.reason), "registreert een report-object maar is een ingest-plugin");
    EXPECT_EQ(render(wrong.reason, true), "registers a report object, but its kind is ingest");

    EXPECT_NE(host.reporter("fixture"), nullptr);
    EXPECT_EQ(host.reporter("broken"), nullptr);
    EXPECT_EQ(host.ingester_for("wrong"), nullptr);
    EXPECT_EQ(host.report_formats(), std::vector<std::string>{"fixture"});
}

TEST(PluginHost, RefusesASecondPluginWithTheSameName) {
    TempDir dir;
    auto folder = folder_with(dir, {"good"});
    fs::copy_file(folder / "libfixture-good.so", folder / "libfixture-good-copy.so");
    PluginHost host({folder});
    ASSERT_EQ(host.plugins().size(), 2u);
    EXPECT_EQ(host.plugins()[0].state, PluginState::loaded);
    EXPECT_EQ(host.plugins()[1].state, PluginState::duplicate_name);
    // The reason names the file that won.
    EXPECT_NE(render(host.plugins()[1].reason, true).find("already loaded from " + host.plugins()[0].file.string()),
              std::string::npos)
        << render(host.plugins()[1].reason, true);
}

TEST(PluginHost, LoadsAPluginBuiltForAnOlderMinorWithoutReadingPastItsDescriptor) {
    TempDir dir;
    PluginHost host({folder_with(dir, {"older-minor"})});
    ASSERT_EQ(host.plugins().size(), 1u);
    const auto& info = host.plugins()[0];
    EXPECT_EQ(info.state, PluginState::loaded) << dutch(info.reason);
    EXPECT_EQ(info.api_minor, 0);
    EXPECT_EQ(info.abi, "");  // 3.0 had no such field
    auto reporter = host.reporter("old");
    ASSERT_NE(reporter, nullptr);
    EXPECT_EQ(*reporter->render(ReportModel{}), "old");
}

TEST(PluginHost, RefusesANewerMinorNamingBothVersions) {
    TempDir dir;
    PluginHost host({folder_with(dir, {"newer-minor"})});
    const auto& info = host.plugins().at(0);
    EXPECT_EQ(info.state, PluginState::incompatible_api);
    const std::string plugin_api = std::to_string(INSPRAAK_API_MAJOR) + "." + std::to_string(INSPRAAK_API_MINOR + 1);
    EXPECT_EQ(render(info.reason, true), "built for API " + plugin_api + ", this inspraak offers API " + host_api() +
                                             ": a newer minor version may ask for what this inspraak does not have yet "
                                             "(plugins for " + std::to_string(INSPRAAK_API_MAJOR) + ".x up to this one load)");
}

TEST(PluginHost, RefusesAPluginBuiltWithAnotherStandardLibraryAndSaysWhy) {
    TempDir dir;
    PluginHost host({folder_with(dir, {"other-library", "other-layout", "newer-library", "good"})});
    const auto& library = info_named(host, "other-library");
    EXPECT_EQ(library.state, PluginState::incompatible_abi);
    EXPECT_EQ(library.abi, "libc++-170000 libc++-abi-1 clang-17.0");
    const std::string english = render(library.reason, true);
    EXPECT_EQ(english.find("built with libc++-170000 libc++-abi-1 clang-17.0, this inspraak needs libstdc++ "), 0u) << english;
    EXPECT_NE(english.find("another C++ standard library"), std::string::npos) << english;
    EXPECT_EQ(dutch(library.reason).find("gebouwd met libc++-170000"), 0u) << dutch(library.reason);

    const auto& layout = info_named(host, "other-layout");
    EXPECT_EQ(layout.state, PluginState::incompatible_abi);
    EXPECT_NE(render(layout.reason, true).find("_GLIBCXX_USE_CXX11_ABI"), std::string::npos) << render(layout.reason, true);

    const auto& newer = info_named(host, "newer-library");
    EXPECT_EQ(newer.state, PluginState::incompatible_abi);
    EXPECT_NE(render(newer.reason, true).find("is newer than this inspraak's"), std::string::npos) << render(newer.reason, true);

    EXPECT_EQ(info_named(host, "good").state, PluginState::loaded);
    EXPECT_EQ(info_named(host, "good").abi, INSPRAAK_BUILD_ABI);
}

TEST(PluginHost, ObjectsKeepTheirLibraryLoadedAfterTheHostIsGone) {
    TempDir dir;
    std::shared_ptr<const Reporter> reporter;
    {
        PluginHost host({folder_with(dir, {"good"})});
        reporter = host.reporter("fixture");
    }
    ASSERT_NE(reporter, nullptr);
    auto rendered = reporter->render(ReportModel{});  // would crash if the library were unloaded
    ASSERT_TRUE(rendered.ok());
    EXPECT_EQ(*rendered, "points=0");
}

TEST(PluginHost, AMissingFolderGivesNoPlugins) {
    PluginHost host({"/nonexistent/inspraak/plugins"});
    EXPECT_TRUE(host.plugins().empty());
    EXPECT_EQ(host.classifier(), nullptr);
}

TEST(PluginHost, LoadsTheProjectsOwnPlugins) {
    PluginHost host({INSPRAAK_PLUGIN_DIR});
    for (const auto& info : host.plugins()) EXPECT_EQ(info.state, PluginState::loaded) << info.file << ": " << dutch(info.reason);
    EXPECT_NE(host.ingester_for("eml"), nullptr);
    EXPECT_NE(host.ingester_for("TXT"), nullptr);  // extensions are case-insensitive
    EXPECT_NE(host.ingester_for("csv"), nullptr);
    EXPECT_NE(host.classifier(), nullptr);
    for (const char* format : {"md", "html", "csv", "json"}) EXPECT_NE(host.reporter(format), nullptr) << format;
}

}  // namespace
}  // namespace inspraak::core

namespace inspraak::core {
namespace {

// A host that loads the plugins again after an earlier host released them (tests, benchmarks,
// a long-lived process) must get working plugins; GLib-based ones must not be unloaded.
TEST(PluginHost, LoadingThePluginsASecondTimeInOneProcessWorks) {
    const std::string mail =
        "From: Jan <jan@example.nl>\r\nSubject: Reactie\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nDe criteria missen een vraag over het mkb.\r\n";
    for (int round = 0; round < 2; ++round) {
        PluginHost host({INSPRAAK_PLUGIN_DIR});
        auto ingester = host.ingester_for("eml");
        ASSERT_NE(ingester, nullptr);
        auto result = ingester->read(SourceFile{"mail.eml", "mail.eml", mail});
        ASSERT_TRUE(result.ok()) << result.error().message;
        ASSERT_EQ(result->submissions.size(), 1u);
        EXPECT_NE(result->submissions[0].body.find("mkb"), std::string::npos);
    }
}

}  // namespace
}  // namespace inspraak::core
