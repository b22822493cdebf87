// report-json: the contract of docs/json-report.md, extended but not broken.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "json_reporter.hpp"
#include "report_fixture.hpp"

namespace {

using inspraak::report_json::JsonReporter;
using nlohmann::json;
using report_test::make_model;

json render_json(const inspraak::ReportModel& model) {
    auto result = JsonReporter{}.render(model);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    if (!result.ok()) return json{};
    auto parsed = json::parse(result.value(), nullptr, false);
    EXPECT_FALSE(parsed.is_discarded()) << result.value();
    return parsed;
}

void expect_keys(const json& object, std::initializer_list<const char*> keys, const std::string& where) {
    ASSERT_TRUE(object.is_object()) << where;
    for (const char* key : keys) EXPECT_TRUE(object.contains(key)) << where << " lacks " << key;
}

TEST(JsonReport, HasEveryKeyOfTheContract) {
    const auto doc = render_json(make_model());
    expect_keys(doc, {"round", "framework", "submissions", "points"}, "document");
    expect_keys(doc["round"], {"title", "date", "language"}, "round");
    expect_keys(doc["framework"], {"title", "chapters"}, "framework");
    ASSERT_EQ(doc["framework"]["chapters"].size(), 3u);
    for (const auto& chapter : doc["framework"]["chapters"]) expect_keys(chapter, {"id", "number", "title"}, "chapter");
    ASSERT_EQ(doc["submissions"].size(), 2u);
    for (const auto& submission : doc["submissions"]) {
        expect_keys(submission, {"id", "source", "stakeholder", "group"}, "submission");
    }
    ASSERT_EQ(doc["points"].size(), 5u);
    for (const auto& point : doc["points"]) {
        expect_keys(point, {"id", "submission", "stakeholder", "text", "chapters", "route", "confidence", "why",
                            "reaction", "status", "section", "route_name", "notes", "group_size", "group_members"},
                    "point");
        for (const auto& chapter : point["chapters"]) expect_keys(chapter, {"id", "number", "title", "score"}, "point chapter");
        EXPECT_TRUE(point["confidence"].is_number());
        EXPECT_TRUE(point["why"].is_array());
    }
    ASSERT_EQ(doc["workstreams"].size(), 3u);
    expect_keys(doc["workstreams"][1], {"id", "name", "description", "keywords"}, "workstream");
}

TEST(JsonReport, CarriesTheValuesAsTheyAre) {
    const auto model = make_model();
    const auto doc = render_json(model);
    EXPECT_EQ(doc["round"]["title"], model.title);
    EXPECT_EQ(doc["round"]["date"], "2024-12-12");
    EXPECT_EQ(doc["round"]["language"], "nl");
    EXPECT_EQ(doc["framework"]["chapters"][2]["number"], "B1");
    EXPECT_EQ(doc["submissions"][1]["stakeholder"], "Inwoner");
    EXPECT_EQ(doc["submissions"][1]["group"], "inwoner");
    EXPECT_EQ(doc["submissions"][0]["source"], "submissions/S01.eml");
    const auto& first = doc["points"][0];
    EXPECT_EQ(first["id"], "I001.1");
    EXPECT_EQ(first["submission"], "I001");
    EXPECT_EQ(first["stakeholder"], "Ondernemersvereniging De Kern");
    EXPECT_EQ(first["text"], model.points[0].text);
    EXPECT_EQ(first["chapters"][0]["number"], "5");
    EXPECT_DOUBLE_EQ(first["chapters"][0]["score"].get<double>(), 0.81);
    EXPECT_EQ(first["chapters"][1]["id"], "h1");
    EXPECT_EQ(first["route"], "economische-strategie");
    EXPECT_EQ(first["route_name"], "Economische strategienota");
    EXPECT_DOUBLE_EQ(first["confidence"].get<double>(), 0.74);
    EXPECT_EQ(first["why"], json::array({"handelsmissies", "partners"}));
    EXPECT_EQ(first["status"], "draft");
    EXPECT_EQ(first["section"], "5.2");
    EXPECT_EQ(doc["points"][1]["text"], "<script>alert('x')</script> werk samen met scholen");
    EXPECT_EQ(doc["points"][2]["route"], "geen");
    EXPECT_TRUE(doc["points"][2]["chapters"].empty());
}

TEST(JsonReport, AGroupCarriesItsSizeMembersAndNotes) {
    auto model = make_model();
    model.points[3].group_size = 3;
    model.points[3].group_members = {"I003.1", "I004.2"};
    model.points[3].notes = {"uit OCR, zekerheid 71%"};
    const auto doc = render_json(model);
    EXPECT_EQ(doc["points"][3]["group_size"], 3);
    EXPECT_EQ(doc["points"][3]["group_members"], json::array({"I003.1", "I004.2"}));
    EXPECT_EQ(doc["points"][3]["notes"], json::array({"uit OCR, zekerheid 71%"}));
    // A point that stands alone says so too: one point, no members.
    EXPECT_EQ(doc["points"][0]["group_size"], 1);
    EXPECT_EQ(doc["points"][0]["group_members"], json::array());
    EXPECT_EQ(doc["points"][0]["notes"], json::array());
}

TEST(JsonReport, CarriesTheProblemsOfTheRound) {
    auto model = make_model();
    EXPECT_EQ(render_json(model)["problems"], json::array());
    model.problems = {"submissions/S09.pdf: geen tekst"};
    EXPECT_EQ(render_json(model)["problems"], json::array({"submissions/S09.pdf: geen tekst"}));
}

TEST(JsonReport, ContactOnlyWithPersonalData) {
    auto model = make_model();
    auto doc = render_json(model);
    for (const auto& submission : doc["submissions"]) EXPECT_FALSE(submission.contains("contact"));
    EXPECT_EQ(doc.dump().find("Jan Jansen"), std::string::npos);

    model.with_personal_data = true;
    doc = render_json(model);
    EXPECT_EQ(doc["submissions"][0]["contact"],
              (json{{"name", "Jan Jansen"}, {"email", "jan@example.org"}, {"phone", "0612345678"}}));
}

TEST(JsonReport, IsPrettyPrintedUtf8) {
    auto model = make_model();
    model.title = "Reacties op het kader – één ronde";
    auto result = JsonReporter{}.render(model);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().rfind("{\n  \"round\": {\n", 0), 0u) << result.value().substr(0, 80);
    EXPECT_NE(result.value().find("één ronde"), std::string::npos);  // not \u-escaped
    EXPECT_EQ(result.value().back(), '\n');
}

TEST(JsonReport, ReplacesInvalidUtf8InsteadOfFailing) {
    auto model = make_model();
    model.points[0].text = "kapot \xff\xfe teken";
    const auto doc = render_json(model);
    EXPECT_EQ(doc["points"][0]["text"], "kapot \xEF\xBF\xBD\xEF\xBF\xBD teken");
}

TEST(JsonReport, AnEmptyModelIsStillAValidDocument) {
    const auto doc = render_json(inspraak::ReportModel{});
    EXPECT_TRUE(doc["points"].is_array());
    EXPECT_TRUE(doc["submissions"].empty());
    EXPECT_TRUE(doc["framework"]["chapters"].is_array());
}

}  // namespace

namespace {

TEST(JsonReport, CarriesTheFrameworksChangesWithTheirDiffAndPoints) {
    EXPECT_EQ(render_json(make_model())["framework_changes"], json::array()) << "empty without a revision";
    const json report = render_json(report_test::with_framework_changes(make_model()));
    ASSERT_EQ(report["framework_changes"].size(), 2u);
    const json& change = report["framework_changes"][0];
    expect_keys(change, {"number", "id", "kind", "scope", "chapter", "section", "page", "old", "old_text", "new_text",
                         "diff", "points"},
                "change");
    EXPECT_EQ(change["number"], 1);
    EXPECT_EQ(change["id"], 11);
    EXPECT_EQ(change["kind"], "rewritten");
    EXPECT_EQ(change["chapter"], (json{{"number", "5"}, {"title", "Strategie"}}));
    EXPECT_EQ(change["page"], 7);
    EXPECT_EQ(change["old"]["section"], "5.2");
    EXPECT_EQ(change["old_text"], "We werken samen met grote bedrijven.");
    EXPECT_EQ(change["new_text"], "We werken samen met kleine en grote bedrijven.");
    EXPECT_EQ(change["diff"][1], (json{{"op", "ins"}, {"text", "kleine en"}}));
    EXPECT_EQ(change["points"][0], (json{{"id", "I001.2"}, {"stakeholder", "Ondernemersvereniging De Kern"}, {"group_size", 1}}));
}

}  // namespace
