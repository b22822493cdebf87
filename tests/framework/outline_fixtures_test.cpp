// Framework documents shaped like real converted zoning-plan texts (tests/framework/fixtures/
// outline/*), each with a sidecar NAME.expected.json giving the exact outline it must yield:
// chapters and appendices with number, title and (for paged text) their page range, their
// sections nested beneath (so the parent is checked), where some passages must land (and whether
// they are heading lines), what must not be a passage, and optionally round.json's "outline"
// override to import with.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "framework/framework_import.hpp"

namespace inspraak::core {
namespace {

using nlohmann::json;

const std::filesystem::path& fixtures_dir() {
    static const std::filesystem::path dir = std::filesystem::path(INSPRAAK_SOURCE_DIR) / "tests/framework/fixtures/outline";
    return dir;
}

// The fixture names (file stems with a sidecar), sorted.
std::vector<std::string> fixture_names() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures_dir(), ec)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".expected.json";
        if (file.size() > suffix.size() && file.ends_with(suffix)) names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::filesystem::path document_for(const std::string& name) {
    for (const char* extension : {".md", ".txt"})
        if (std::filesystem::exists(fixtures_dir() / (name + extension))) return fixtures_dir() / (name + extension);
    return {};
}

json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

OutlineOverride override_of(const json& expected) {
    OutlineOverride outline;
    if (!expected.contains("override")) return outline;
    const json& o = expected["override"];
    if (o.contains("chapters")) outline.chapters = o["chapters"].get<std::vector<std::string>>();
    if (o.contains("chapter_level")) outline.chapter_level = o["chapter_level"].get<int>();
    return outline;
}

int depth_of(const std::string& number) { return static_cast<int>(std::count(number.begin(), number.end(), '.')) + 1; }

// The outline as the sidecar writes it. A section whose parent is not the chapter above it, or
// whose level is not its number's depth, shows up as a difference.
json outline_of(const Framework& f, bool with_pages) {
    json outline = json::array();
    std::map<std::string, size_t> index_of;  // chapter id -> position in outline
    std::map<std::string, std::string> chapter_of;  // section id -> chapter id
    for (const Section& s : f.sections) {
        if (s.kind != SectionKind::section) {
            index_of[s.id] = outline.size();
            chapter_of[s.id] = s.id;
            outline.push_back({{"kind", s.kind == SectionKind::chapter ? "chapter" : "appendix"},
                               {"number", s.number},
                               {"title", s.title},
                               {"sections", json::array()}});
            continue;
        }
        json section = {{"number", s.number}, {"title", s.title}};
        if (s.level != depth_of(s.number)) section["level"] = s.level;
        chapter_of[s.id] = s.parent;
        auto parent = index_of.find(s.parent);
        if (parent == index_of.end() || parent->second + 1 != outline.size()) {
            section["parent"] = s.parent;  // not under the chapter it follows
            outline.push_back(section);
        } else {
            outline[parent->second]["sections"].push_back(section);
        }
    }
    if (with_pages) {
        std::map<std::string, std::pair<int, int>> pages;
        for (const Passage& p : f.passages) {
            if (p.page <= 0) continue;
            auto [it, added] = pages.try_emplace(chapter_of[p.section_id], p.page, p.page);
            it->second.first = std::min(it->second.first, p.page);
            it->second.second = std::max(it->second.second, p.page);
        }
        for (const auto& [id, index] : index_of)
            if (auto range = pages.find(id); range != pages.end())
                outline[index]["pages"] = {range->second.first, range->second.second};
    }
    return outline;
}

class OutlineFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(OutlineFixture, YieldsExactlyTheExpectedOutline) {
    const std::string name = GetParam();
    const std::filesystem::path document = document_for(name);
    ASSERT_FALSE(document.empty()) << "no document (.md or .txt) for " << name;
    const json expected = read_json(fixtures_dir() / (name + ".expected.json"));
    ASSERT_TRUE(expected.contains("outline")) << name;

    AppResult<Framework> result = read_framework_file(document, {}, override_of(expected));
    ASSERT_TRUE(result.ok()) << render(result.error().message, false);
    const Framework& f = result.value();

    const bool with_pages = !expected["outline"].empty() && expected["outline"][0].contains("pages");
    EXPECT_EQ(outline_of(f, with_pages).dump(1), expected["outline"].dump(1)) << name;

    for (const json& check : expected.value("passages", json::array())) {
        const std::string needle = check["contains"];
        auto found = std::find_if(f.passages.begin(), f.passages.end(),
                                  [&](const Passage& p) { return p.text.find(needle) != std::string::npos; });
        ASSERT_NE(found, f.passages.end()) << name << ": no passage with '" << needle << "'";
        EXPECT_EQ(found->section_id, check["section"].get<std::string>()) << name << ": '" << needle << "'";
        if (check.contains("heading")) {
            EXPECT_EQ(found->is_heading, check["heading"].get<bool>()) << name << ": '" << needle << "'";
        }
    }
    for (const json& absent : expected.value("not_in_passages", json::array())) {
        const std::string needle = absent;
        for (const Passage& p : f.passages)
            EXPECT_EQ(p.text.find(needle), std::string::npos) << name << ": '" << needle << "' in passage " << p.text;
    }
    if (expected.contains("title")) {
        EXPECT_EQ(f.title, expected["title"].get<std::string>()) << name;
    }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(FrameworkOutline, OutlineFixture, ::testing::ValuesIn(fixture_names()), test_name);

// The comparison above must be able to fail: enough fixtures are there, and a changed outline
// differs from its sidecar.
TEST(FrameworkOutlineFixtures, AreThereAndTheComparisonSeesADifference) {
    const std::vector<std::string> names = fixture_names();
    ASSERT_GE(names.size(), 6u);
    const std::string name = names.front();
    const json expected = read_json(fixtures_dir() / (name + ".expected.json"));
    AppResult<Framework> result = read_framework_file(document_for(name), {}, override_of(expected));
    ASSERT_TRUE(result.ok());
    Framework changed = result.value();
    ASSERT_FALSE(changed.sections.empty());
    changed.sections.back().title += " (anders)";
    const bool with_pages = expected["outline"][0].contains("pages");
    EXPECT_NE(outline_of(changed, with_pages).dump(1), expected["outline"].dump(1));
}

}  // namespace
}  // namespace inspraak::core
