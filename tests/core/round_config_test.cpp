#include <gtest/gtest.h>

#include "app/app_error.hpp"
#include "inspraak/text.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {
namespace {

TEST(RoundConfig, ReadsTheDesignContractAndResolvesPaths) {
    auto config = parse_round(R"({
      "title": "Reacties", "date": "2024-12-12", "language": "nl", "framework": "kader.txt",
      "submissions": "in", "general_reaction": "alg.md",
      "workstreams": [{"id": "kader", "name": "Verwerken", "description": "d", "keywords": ["a", "b"]},
                      {"id": "public-affairs"}],
      "stakeholders": {"brief.txt": {"organisatie": "Vereniging", "groep": "ondernemers", "name": "Piet"}}
    })", "/rounds/demo");
    EXPECT_EQ(config.name, "demo");
    EXPECT_EQ(config.title, "Reacties");
    EXPECT_EQ(config.framework, "/rounds/demo/kader.txt");
    EXPECT_EQ(config.submissions, "/rounds/demo/in");
    EXPECT_EQ(config.general_reaction, "/rounds/demo/alg.md");
    ASSERT_EQ(config.workstreams.size(), 2u);
    EXPECT_EQ(config.workstreams[0].keywords, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(config.workstreams[1].name, "public-affairs");  // the id when no name is given
    EXPECT_EQ(config.stakeholders.at("brief.txt").organisation, "Vereniging");
    EXPECT_EQ(config.stakeholders.at("brief.txt").group, "ondernemers");
    EXPECT_TRUE(config.warnings.empty());
}

TEST(RoundConfig, DefaultsAndUnknownKeys) {
    auto config = parse_round(R"({"title": "T", "framework": "k.md", "colour": "blue"})", "/r/x");
    EXPECT_EQ(config.language, "nl");
    EXPECT_EQ(config.submissions, "/r/x/submissions");
    ASSERT_EQ(config.warnings.size(), 1u);
    EXPECT_EQ(config.warnings[0].key, "round.unknown_key");
    EXPECT_NE(render(config.warnings[0], true).find("unknown key 'colour'"), std::string::npos);
}

TEST(RoundConfig, ErrorsNameTheFileAndTheProblem) {
    auto message = [](const std::string& json) {
        try {
            parse_round(json, "/r/x");
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(message("{").find("/r/x/round.json"), std::string::npos);
    EXPECT_NE(message(R"({"framework": "k.md"})").find("title"), std::string::npos);
    EXPECT_NE(message(R"({"title": "T"})").find("framework"), std::string::npos);
    EXPECT_NE(message(R"({"title": "T", "framework": "k", "language": "fr"})").find("fr"), std::string::npos);
    EXPECT_NE(message(R"({"title": "T", "framework": "k", "workstreams": [{"id": "a"}, {"id": "a"}]})").find("twee keer"),
              std::string::npos);
    EXPECT_NE(message(R"({"title": "T", "framework": "k", "workstreams": [{"id": "geen"}]})").find("geen"),
              std::string::npos);
    // Found by fuzz_round: a number too large for a double is nlohmann's out_of_range, not a
    // parse_error, and escaped as an exception of nlohmann's.
    EXPECT_THROW(parse_round(R"({"title": "T", "framework": "k", "duplicate_threshold": 1e999})", "/r/x"), AppException);
}

// The route whose points are worked into the framework itself (no annex of its own, answered by
// the revision's changes): the workstream marked "framework", else the first.
TEST(RoundConfig, TheFrameworkRouteIsTheMarkedWorkstreamElseTheFirst) {
    const std::string head = R"({"title": "T", "framework": "k", "workstreams": )";
    EXPECT_EQ(parse_round(head + R"([{"id": "kader"}, {"id": "eco"}]})", "/r/x").framework_route, "kader");
    EXPECT_EQ(parse_round(head + R"([{"id": "eco"}, {"id": "plan", "framework": true}]})", "/r/x").framework_route,
              "plan");
    EXPECT_EQ(parse_round(R"({"title": "T", "framework": "k"})", "/r/x").framework_route, "");
    EXPECT_THROW(parse_round(head + R"([{"id": "a", "framework": true}, {"id": "b", "framework": true}]})", "/r/x"),
                 AppException);
    EXPECT_THROW(parse_round(head + R"([{"id": "a", "framework": "ja"}]})", "/r/x"), AppException);
}

// Found by fuzz_round: a round.json that is no UTF-8 ("\xFF") made nlohmann quote the raw byte in
// its message. The message stays UTF-8 (the workspace and the JSON output show it).
TEST(RoundConfig, NotJsonMessageIsUtf8) {
    try {
        parse_round("\xFF", "/r/x");
        FAIL() << "no error";
    } catch (const AppException& e) {
        EXPECT_NE(std::string(e.what()).find("/r/x/round.json"), std::string::npos);
        EXPECT_TRUE(text::is_valid_utf8(e.what())) << e.what();
    }
}

TEST(RoundConfig, OutlineGivesChaptersOrAChapterLevel) {
    auto chapters = parse_round(
        R"({"title": "T", "framework": "k.md", "outline": {"chapters": ["1 Inleiding", "Planbeschrijving", 3, "Bijlage 1 Kaarten"]}})",
        "/r/x");
    EXPECT_EQ(chapters.outline.chapters,
              (std::vector<std::string>{"1 Inleiding", "Planbeschrijving", "3", "Bijlage 1 Kaarten"}));
    EXPECT_EQ(chapters.outline.chapter_level, 0);
    EXPECT_TRUE(chapters.warnings.empty());
    auto level = parse_round(R"({"title": "T", "framework": "k.md", "outline": {"chapter_level": 2}})", "/r/x");
    EXPECT_EQ(level.outline.chapter_level, 2);
    EXPECT_TRUE(level.outline.chapters.empty());
    EXPECT_TRUE(parse_round(R"({"title": "T", "framework": "k.md"})", "/r/x").outline.empty());
}

TEST(RoundConfig, ABadOutlineIsOneLineNamingRoundJson) {
    auto message = [](const std::string& outline) {
        try {
            parse_round(R"({"title": "T", "framework": "k.md", "outline": )" + outline + "}", "/r/x");
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    for (const char* bad : {R"("1 Inleiding")", R"({})", R"({"chapters": []})", R"({"chapters": ["2.1 Rijksbeleid"]})",
                            R"({"chapters": [true]})", R"({"chapter_level": 0})", R"({"chapter_level": 7})",
                            R"({"chapter_level": "2"})", R"({"chapters": ["1 A"], "chapter_level": 2})",
                            R"({"hoofdstukken": ["1 A"]})"}) {
        const std::string error = message(bad);
        EXPECT_NE(error.find("/r/x/round.json: "), std::string::npos) << bad << " -> " << error;
        EXPECT_NE(error.find("outline"), std::string::npos) << bad << " -> " << error;
        EXPECT_EQ(error.find('\n'), std::string::npos) << bad;
    }
}

TEST(RoundConfig, AMissingFolderOrFileIsAnError) {
    EXPECT_THROW(load_round("/nonexistent/round"), std::runtime_error);
    try {
        load_round("/nonexistent/round");
        FAIL();
    } catch (const AppException& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::not_found);
        EXPECT_EQ(render(e.error().message, true), "/nonexistent/round: round folder not found");
    }
}

TEST(RoundConfig, ErrorsAreMessagesTheEdgeRendersInEitherLanguage) {
    try {
        parse_round(R"({"title": "T", "framework": "k", "language": "fr"})", "/r/x");
        FAIL();
    } catch (const AppException& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::invalid);
        EXPECT_EQ(render(e.error().message, true), "/r/x/round.json: language 'fr' is not supported (nl or en)");
        EXPECT_STREQ(e.what(), "/r/x/round.json: taal 'fr' wordt niet ondersteund (nl of en)");
    }
}

}  // namespace
}  // namespace inspraak::core
