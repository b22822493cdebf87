// End to end: a campaign of four letters where two residents each wrote a sentence of their own
// into the campaign's paragraph (long enough that the copies still group at the default 0.8). Those sentences become points of their own, under their
// senders, classified and answered; the campaign is shown once with its common text; running
// again adds nothing; and each of the two gets a reply letter that answers their own sentence.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/zip_entries.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Written for this test.
const std::string campaign =
    "Wij vragen de gemeente om bij elke handelsmissie plaatsen te reserveren voor kleine bedrijven uit de kernen. "
    "Zij hebben niet de middelen om zelf een stand op een beurs te betalen. Vergoed daarom een deel van de reiskosten "
    "en maak na afloop openbaar wat de missie heeft opgeleverd voor de inwoners. Welke contacten zijn er gelegd, welke "
    "orders zijn er binnengehaald en wat heeft de reis gekost? Alleen dan kan de gemeenteraad beoordelen of het geld "
    "voor internationalisering goed wordt besteed, en kunnen inwoners zien dat het niet om snoepreisjes gaat. Leg dit "
    "vast in het kader, zodat ook een volgend college zich eraan moet houden.";
const std::string own_bakery = "Mijn bakkerij exporteert al tien jaar naar Duitsland zonder enige steun van de gemeente.";
const std::string own_school = "Betrek ook de beroepsopleidingen in de regio bij de missies naar het buitenland.";

class CampaignAdditions : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        scratch_ = new TempDir();
        round_ = scratch_->path() / "ronde";
        fs::create_directories(round_ / "submissions");
        fs::copy_file(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo/kader.md", round_ / "kader.md");
        const std::vector<std::string> paragraphs{campaign, campaign + " " + own_bakery, campaign,
                                                  own_school + " " + campaign};
        json stakeholders = json::object();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const std::string file = "bewoner-" + std::to_string(i + 1) + ".txt";
            std::ofstream(round_ / "submissions" / file)
                << "Beste gemeente,\n\n" << paragraphs[i] << "\n\nMet vriendelijke groet,\nBewoner " << i + 1 << "\n";
            stakeholders[file] = {{"name", "Bewoner " + std::to_string(i + 1)}, {"group", "inwoners"},
                                  {"email", "bewoner" + std::to_string(i + 1) + "@example.nl"}};
        }
        std::ofstream(round_ / "round.json") << json{{"title", "Campagneronde"}, {"date", "2025-03-14"}, {"language", "nl"},
                                                     {"framework", "kader.md"}, {"stakeholders", stakeholders}}
                                                    .dump(2);
        out_ = scratch_->path() / "out";
        first_ = run_command(INSPRAAK_BINARY, {"run", round_.string(), "--out", out_.string()}, scratch_->path());
        first_json_ = slurp(out_ / "reactienota.json");
        second_ = run_command(INSPRAAK_BINARY, {"run", round_.string(), "--out", out_.string()}, scratch_->path());
        report_ = json::parse(slurp(out_ / "reactienota.json"), nullptr, false);
    }
    static void TearDownTestSuite() {
        delete scratch_;
        scratch_ = nullptr;
    }

    static std::vector<json> points_containing(const std::string& fragment) {
        std::vector<json> found;
        for (const auto& point : report_["points"])
            if (point["text"].get<std::string>().find(fragment) != std::string::npos) found.push_back(point);
        return found;
    }

    static std::string submission_of(const std::string& file) {
        for (const auto& submission : report_["submissions"])
            if (submission["source"].get<std::string>().ends_with(file)) return submission["id"];
        return "";
    }

    static inline TempDir* scratch_ = nullptr;
    static inline fs::path round_, out_;
    static inline CommandResult first_, second_;
    static inline std::string first_json_;
    static inline json report_;
};

TEST_F(CampaignAdditions, EachAddedSentenceIsAnAnsweredPointUnderItsSender) {
    ASSERT_EQ(first_.exit_code, 0) << first_.err;
    ASSERT_FALSE(report_.is_discarded());
    for (const auto& [sentence, file] : {std::pair{own_bakery, "bewoner-2.txt"}, std::pair{own_school, "bewoner-4.txt"}}) {
        SCOPED_TRACE(sentence);
        const auto points = points_containing(sentence);
        ASSERT_EQ(points.size(), 1u) << report_["points"].dump(1);
        EXPECT_EQ(points[0]["text"], sentence) << "the sentence alone is the point";
        EXPECT_EQ(points[0]["submission"], submission_of(file));
        EXPECT_EQ(points[0]["group_size"], 1);
        EXPECT_FALSE(points[0]["reaction"].get<std::string>().empty()) << "answered";
        EXPECT_FALSE(points[0]["chapters"].empty()) << "classified";
    }
}

TEST_F(CampaignAdditions, TheCampaignIsShownOnceWithItsCommonText) {
    ASSERT_FALSE(report_.is_discarded());
    const auto rows = points_containing("plaatsen te reserveren voor kleine bedrijven");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0]["text"], campaign);
    EXPECT_EQ(rows[0]["group_size"], 4);
}

TEST_F(CampaignAdditions, TheGroupSummaryCountsTheAdditions) {
    EXPECT_NE(first_.out.find("gewijzigd); 2 toevoegingen van campagneleden"), std::string::npos) << first_.out;
    EXPECT_NE(second_.out.find("gewijzigd); 0 toevoegingen van campagneleden"), std::string::npos) << second_.out;
}

// A change of the revised framework confirmed for the campaign's lead answers every member: the
// annex names the campaign's row (with its size), and a member's draft quotes the change as the
// lead's does. On a copy of the store, so that the other tests see the round as it was.
TEST_F(CampaignAdditions, AChangeConfirmedOnTheLeadAnswersTheMembers) {
    ASSERT_FALSE(report_.is_discarded());
    const auto rows = points_containing("plaatsen te reserveren voor kleine bedrijven");
    ASSERT_EQ(rows.size(), 1u);
    const std::string lead = rows[0]["id"];
    const std::string member = rows[0]["group_members"][0];
    TempDir copy;
    const fs::path out = copy.path() / "out";
    fs::copy(out_, out, fs::copy_options::recursive);
    const auto inspraak = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"--out", out.string()});
        auto result = run_command(INSPRAAK_BINARY, args, copy.path());
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result;
    };
    inspraak({"revise", round_.string(), (fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo/kader-herzien.md").string()});
    const json listed = json::parse(inspraak({"changes", round_.string(), "--json"}).out, nullptr, false);
    ASSERT_FALSE(listed["changes"].empty());
    const json& change = listed["changes"][0];
    inspraak({"changes", round_.string(), "--point", lead, "--confirm", std::to_string(change["id"].get<int64_t>())});

    // The round's points go nowhere ("geen"): a template of that route that quotes the changes.
    const fs::path templates = copy.path() / "templates";
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "reports/templates", templates, fs::copy_options::recursive);
    std::ofstream(templates / "nl/reactions/geen.mustache") << "Gewijzigd:{{#changes}} {{verb}}{{/changes}}.";
    inspraak({"draft", round_.string(), "--again", "--templates", templates.string()});
    const json shown = json::parse(inspraak({"show", round_.string(), member, "--json"}).out, nullptr, false);
    const std::string reaction = shown["reaction"].is_string() ? shown["reaction"].get<std::string>() : "";
    EXPECT_TRUE(reaction.starts_with("Gewijzigd: ")) << "the member quotes the lead's change: " << shown.dump(1);

    inspraak({"report", round_.string(), "--format", "json"});
    const json published = json::parse(slurp(out / "reactienota.json"));
    json annexed;
    for (const auto& c : published["framework_changes"])
        if (c["id"] == change["id"]) annexed = c["points"];
    ASSERT_TRUE(annexed.is_array());
    bool campaign_row = false;
    for (const auto& point : annexed) {
        EXPECT_NE(point["id"], member) << "a member is published through its lead";
        if (point["id"] == lead) campaign_row = point["group_size"] == 4;
    }
    EXPECT_TRUE(campaign_row) << annexed.dump();
}

TEST_F(CampaignAdditions, RunningAgainAddsNothing) {
    ASSERT_EQ(second_.exit_code, 0) << second_.err;
    EXPECT_EQ(slurp(out_ / "reactienota.json"), first_json_);
}

TEST_F(CampaignAdditions, TheReplyLetterAnswersTheSendersOwnSentence) {
    ASSERT_EQ(first_.exit_code, 0) << first_.err;
    const auto replies =
        run_command(INSPRAAK_BINARY, {"replies", round_.string(), "--out", out_.string(), "--drafts"}, scratch_->path());
    ASSERT_EQ(replies.exit_code, 0) << replies.err;
    const std::string id = submission_of("bewoner-2.txt");
    EXPECT_TRUE(fs::exists(out_ / "antwoorden" / (id + ".eml")));
    const auto entries = read_zip_entries(slurp(out_ / "antwoorden" / (id + ".docx")));
    ASSERT_TRUE(entries.contains("word/document.xml"));
    const std::string& letter = entries.at("word/document.xml");
    EXPECT_NE(letter.find("Uw punt 2"), std::string::npos) << "the campaign point and the own sentence";
    EXPECT_NE(letter.find(own_bakery), std::string::npos);
    EXPECT_EQ(letter.find(own_school), std::string::npos) << "another sender's sentence";
}

}  // namespace
}  // namespace inspraak
