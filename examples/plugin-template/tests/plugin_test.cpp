// Opens each plugin as inspraak does (dlopen, then the descriptor, then init with a registrar)
// and checks what it reads or writes.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "inspraak/plugin.hpp"
#include "inspraak/report_stream.hpp"

namespace {

// The module and the objects its init registered; the objects go before the module is closed.
class LoadedPlugin final : public inspraak::Registrar {
public:
    explicit LoadedPlugin(const char* file) : handle_(dlopen(file, RTLD_NOW | RTLD_LOCAL)) {
        if (handle_ == nullptr) throw std::runtime_error(dlerror());
        descriptor = static_cast<const inspraak_plugin_descriptor*>(dlsym(handle_, "inspraak_plugin"));
        if (descriptor == nullptr) throw std::runtime_error("no inspraak_plugin symbol");
        inspraak::Error error;
        if (!descriptor->init(this, &error)) throw std::runtime_error(error.message);
    }
    ~LoadedPlugin() override {
        ingester.reset();
        report_writer.reset();
        dlclose(handle_);
    }
    LoadedPlugin(const LoadedPlugin&) = delete;
    LoadedPlugin& operator=(const LoadedPlugin&) = delete;

    void add_ingester(std::unique_ptr<inspraak::Ingester> object) override { ingester = std::move(object); }
    void add_classifier(std::unique_ptr<inspraak::Classifier>) override {}
    void add_reporter(std::unique_ptr<inspraak::Reporter>) override {}
    void add_report_writer(std::unique_ptr<inspraak::ReportWriter> object) override { report_writer = std::move(object); }

    const inspraak_plugin_descriptor* descriptor = nullptr;
    std::unique_ptr<inspraak::Ingester> ingester;
    std::unique_ptr<inspraak::ReportWriter> report_writer;

private:
    void* handle_;
};

TEST(FormPlugin, DescribesItsBuild) {
    LoadedPlugin plugin(FORM_PLUGIN);
    EXPECT_STREQ(plugin.descriptor->name, "ingest-form");
    EXPECT_STREQ(plugin.descriptor->formats, "form");
    EXPECT_EQ(plugin.descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_STREQ(plugin.descriptor->abi, INSPRAAK_BUILD_ABI);
}

TEST(FormPlugin, ReadsTheFieldsAndEveryReaction) {
    LoadedPlugin plugin(FORM_PLUGIN);
    ASSERT_NE(plugin.ingester, nullptr);
    const std::string form =
        "# export van het formuliersysteem\n"
        "naam: J. Jansen\norganisatie: Buurtvereniging Oost\ndatum: 15-01-2025\n"
        "onderwerp: Fietsparkeren\n"
        "reactie: Er zijn te weinig fietsenstallingen\n  bij het station.\n"
        "reactie: De route naar het centrum is onveilig.\n"
        "kleur: blauw\n";
    auto result = plugin.ingester->read(inspraak::SourceFile{"x.form", "x.form", form});
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    const auto& submission = result->submissions[0];
    EXPECT_EQ(submission.stakeholder.organisation, "Buurtvereniging Oost");
    EXPECT_EQ(submission.date, "2025-01-15");  // through the SDK's date reader
    EXPECT_EQ(submission.body,
              "Er zijn te weinig fietsenstallingen bij het station.\n\nDe route naar het centrum is onveilig.");
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_NE(result->warnings[0].find("kleur"), std::string::npos);
}

TEST(FormPlugin, RefusesAFormWithoutAReaction) {
    LoadedPlugin plugin(FORM_PLUGIN);
    auto result = plugin.ingester->read(inspraak::SourceFile{"x.form", "x.form", "naam: J. Jansen\n"});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("reactie"), std::string::npos);
}

TEST(SummaryPlugin, WritesEveryPointWithItsReaction) {
    LoadedPlugin plugin(SUMMARY_PLUGIN);
    ASSERT_NE(plugin.report_writer, nullptr);
    inspraak::ReportModel model;
    model.title = "Reacties op het Kader";
    model.language = "nl";
    inspraak::ReportPoint point;
    point.id = "I001.1";
    point.label = "Buurtvereniging Oost";
    point.text = "Er zijn te weinig fietsenstallingen.";
    point.route_name = "Verwerken in het kader";
    point.reaction = "We nemen dit over.";
    model.points.push_back(point);
    // The SDK runs a writer on a whole model (as a source of its points) into a string.
    auto rendered = inspraak::report::render_to_string(*plugin.report_writer, model);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message;
    EXPECT_NE(rendered->find("Reacties op het Kader\n====="), std::string::npos) << *rendered;
    EXPECT_NE(rendered->find("[I001.1] Buurtvereniging Oost"), std::string::npos) << *rendered;
    EXPECT_NE(rendered->find("reactie: We nemen dit over."), std::string::npos) << *rendered;
}

}  // namespace
