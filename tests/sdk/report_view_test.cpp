// The SDK for template-based report plugins: the templates folder, the view data and rendering.
#include "inspraak/report_templates.hpp"
#include "inspraak/report_view.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using inspraak::ReportChapter;
using inspraak::ReportModel;
using inspraak::ReportPoint;
using inspraak::Workstream;
namespace report = inspraak::report;

namespace {

// A templates folder of its own per test, removed afterwards.
class TemplatesFolder : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("inspraak_sdk_templates_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "nl");
        fs::create_directories(dir_ / "en");
    }
    void TearDown() override { fs::remove_all(dir_); }

    void write(const std::string& relative, const std::string& text) const {
        std::ofstream(dir_ / relative, std::ios::binary) << text;
    }
    std::string dir() const { return dir_.string(); }

private:
    fs::path dir_;
};

ReportPoint point(const std::string& id, const std::string& submission, const std::string& route) {
    ReportPoint p;
    p.id = id;
    p.submission_id = submission;
    p.label = "Afzender " + submission;
    p.text = "tekst " + id;
    p.route = route;
    return p;
}

}  // namespace

TEST_F(TemplatesFolder, TemplateOfTheLanguageElseDutch) {
    write("nl/a.mustache", "nl");
    write("en/a.mustache", "en");
    write("nl/b.mustache", "alleen nl");
    EXPECT_EQ(report::read_template_file(dir(), "en", "a.mustache").value(), "en");
    EXPECT_EQ(report::read_template_file(dir(), "en", "b.mustache").value(), "alleen nl");
    EXPECT_EQ(report::read_template_file(dir(), "", "a.mustache").value(), "nl");
}

TEST_F(TemplatesFolder, MissingTemplateNamesEveryPathTried) {
    const auto result = report::read_template_file(dir(), "en", "x.mustache");
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find((fs::path(dir()) / "en" / "x.mustache").string()), std::string::npos);
    EXPECT_NE(result.error().message.find((fs::path(dir()) / "nl" / "x.mustache").string()), std::string::npos);
}

TEST_F(TemplatesFolder, LanguageMustBeAFolderName) {
    write("nl/a.mustache", "nl");
    const auto result = report::read_template_file(dir(), "../nl", "a.mustache");
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("ongeldige taal"), std::string::npos);
    EXPECT_FALSE(report::read_labels(dir(), "e n"));
    EXPECT_FALSE(report::read_template_file("", "nl", "a.mustache"));
}

TEST_F(TemplatesFolder, LabelsOfTheLanguageOverDutch) {
    write("nl/labels.json", R"({"a": "nl-a", "b": "nl-b"})");
    write("en/labels.json", R"({"a": "en-a"})");
    const auto labels = report::read_labels(dir(), "en");
    ASSERT_TRUE(labels);
    EXPECT_EQ(labels.value().at("a"), "en-a");
    EXPECT_EQ(labels.value().at("b"), "nl-b");
}

TEST_F(TemplatesFolder, BadOrMissingLabelsAreAnError) {
    EXPECT_FALSE(report::read_labels(dir(), "nl"));
    write("nl/labels.json", "[1, 2]");
    const auto labels = report::read_labels(dir(), "nl");
    ASSERT_FALSE(labels);
    EXPECT_NE(labels.error().message.find("geen geldig JSON-object"), std::string::npos);
}

TEST(ReportView, LongDates) {
    EXPECT_EQ(report::long_date("2024-12-12", "nl"), "12 december 2024");
    EXPECT_EQ(report::long_date("2024-03-05T10:00", "en"), "5 March 2024");
    EXPECT_EQ(report::long_date("12-12-2024", "nl"), "12-12-2024");
    EXPECT_EQ(report::long_date("2024-00-12", "nl"), "2024-00-12");
}

TEST(ReportView, ChapterReferences) {
    const nlohmann::json labels{{"chapter_prefix", "H"}, {"appendix_prefix", "Bijlage "}};
    EXPECT_EQ(report::chapter_reference(ReportChapter{"c5", "5", "Strategie", 0}, labels), "H5 Strategie");
    EXPECT_EQ(report::chapter_reference(ReportChapter{"b1", "B1", "Criteria", 0}, labels), "Bijlage 1 Criteria");
    EXPECT_EQ(report::chapter_reference(ReportChapter{"x", "", "Inleiding", 0}, labels), "Inleiding");
    EXPECT_EQ(report::chapter_reference(ReportChapter{"b", "B", "", 0}, labels), "HB");
}

TEST_F(TemplatesFolder, RendersGroupsAnnexesAndTheFormatsOwnParts) {
    write("nl/labels.json", R"({"chapter_prefix": "H", "no_chapter": "geen"})");
    write("nl/r.mustache",
          "{{date}}|{{#general}}[{{text}}]{{/general}}|"
          "{{#groups}}{{label}}:{{#points}}{{id}}@{{where}} {{/points}};{{/groups}}|"
          "{{#annexes}}{{number}}={{name}}:{{#points}}{{id}}{{/points}};{{/annexes}}|{{title}}");
    ReportModel model;
    model.date = "2025-01-03";
    model.title = "a<b";
    model.general_reaction = "Eerste.\n\nTweede.";
    model.templates_dir = dir();
    model.workstreams = {Workstream{"kader", "Kader", "", {}, {}}, Workstream{"verkeer", "Verkeer", "", {}, {}},
                         Workstream{"leeg", "Leeg", "", {}, {}}};
    model.framework_route = "kader";
    // In round order, as ReportModel::points are: a submission's points together (the template is
    // rendered a row at a time, and a group is a run of one submission's rows).
    model.points = {point("I1.1", "I1", "kader"), point("I1.2", "I1", "verkeer"), point("I2.1", "I2", "verkeer")};
    model.points[0].chapters = {ReportChapter{"c2", "2", "Wonen", 1}};

    report::TemplateFormat format;
    format.template_name = "r.mustache";
    format.general = [](const std::string& text) {
        kainjow::mustache::data list{kainjow::mustache::data::type::list};
        list.push_back(kainjow::mustache::data{"text", std::to_string(text.size())});
        return list;
    };
    format.escape = [](const std::string& value) { return "<" + value + ">"; };
    const auto rendered = report::render_template(model, format);
    ASSERT_TRUE(rendered) << rendered.error().message;
    EXPECT_EQ(rendered.value(),
              "<3 januari 2025>|[<16>]|"
              "<Afzender I1>:<I1.1>@<H2 Wonen> <I1.2>@<geen> ;<Afzender I2>:<I2.1>@<geen> ;|"
              "<1>=<Verkeer>:<I1.2><I2.1>;|<a<b>");
}

TEST_F(TemplatesFolder, DefaultEscapingIsHtmlAndBrokenTemplatesAreNamed) {
    write("nl/labels.json", "{}");
    write("nl/ok.mustache", "{{title}}");
    write("nl/broken.mustache", "{{#groups}}");
    ReportModel model;
    model.title = "a<b";
    model.templates_dir = dir();
    report::TemplateFormat format;
    format.template_name = "ok.mustache";
    EXPECT_EQ(report::render_template(model, format).value(), "a&lt;b");
    format.template_name = "broken.mustache";
    const auto broken = report::render_template(model, format);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().message.rfind("broken.mustache: ", 0), 0u);
    format.template_name = "missing.mustache";
    EXPECT_FALSE(report::render_template(model, format));
}
