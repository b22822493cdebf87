// End to end: the real binary on a round generated here, with a campaign of twelve letters from
// residents (each with their own opening line, some with a word changed) and three other
// letters. Every report format must show each campaign point once, with its count of twelve.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"
#include "xlsx_reader.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The campaign's two paragraphs, written for this test. {X} is a word some residents changed.
const std::string campaign_first =
    "Wij vinden dat de gemeente bij internationale handelsmissies veel te weinig oog heeft voor de "
    "kleine ondernemers en zzp'ers uit onze kernen. Zij hebben niet de middelen om zelf een stand op "
    "een beurs te betalen of een reis naar het buitenland te organiseren. Neem in het kader op dat bij "
    "elke missie plaatsen worden gereserveerd voor kleine bedrijven uit Maasbergen, en dat de gemeente "
    "de {X} daarvan voor een deel vergoedt.";
const std::string campaign_second =
    "Daarnaast vragen wij om de resultaten van elke missie openbaar te maken. Welke contacten zijn er "
    "gelegd, wat heeft het gekost en wat heeft het de inwoners en bedrijven van Maasbergen opgeleverd? "
    "Alleen dan kan de gemeenteraad beoordelen of het geld voor internationalisering goed wordt besteed "
    "en kunnen inwoners zien dat het niet om snoepreisjes gaat.";
const char* campaign_first_fragment = "te weinig oog heeft voor de kleine ondernemers";
const char* campaign_second_fragment = "resultaten van elke missie openbaar te maken";

const std::vector<std::string> own_lines{
    "Ik woon al twintig jaar in Heukelom.",       "Als ondernemer aan de Dorpsstraat lees ik mee.",
    "Mijn buurman wees mij op dit plan.",         "Ik heb het kader met interesse gelezen.",
    "Als zzp'er in de bouw wil ik iets kwijt.",   "Ik reageer namens ons gezin.",
    "Sinds kort woon ik in Maasbergen.",          "Ik ben lid van de ondernemersvereniging.",
    "Het plan stond in de krant.",                "Graag wil ik reageren op het kader.",
    "Ik werk bij een klein bedrijf in de haven.", "Namens mijn eenmanszaak schrijf ik u."};

const std::vector<std::string> other_letters{
    "Geachte college,\n\nDe stedenband met de Poolse regio lijkt ons een goed idee, mits scholen en "
    "sportverenigingen er ook iets aan hebben. Zorg dat uitwisselingen voor jongeren betaalbaar blijven "
    "en dat de kosten in een jaarverslag staan.\n\nMet vriendelijke groet,\nA. de Boer\n",
    "Geachte college,\n\nIn hoofdstuk 4 missen wij aandacht voor de Europese subsidies voor het "
    "platteland. Onze agrarische ondernemers weten vaak niet welke regelingen er zijn; een vast "
    "aanspreekpunt in het gemeentehuis zou veel helpen bij het aanvragen.\n\nMet vriendelijke groet,\nLTO afdeling\n",
    "Beste gemeente,\n\nIk vind het prima dat de gemeente over de grens kijkt, maar houd de reizen van "
    "wethouders beperkt en kies liever voor videogesprekken met de partnersteden. Dat scheelt geld en "
    "het is beter voor het klimaat.\n\nGroeten,\nK. Peters\n"};

// Writes the round (framework, twelve campaign letters, three others, round.json) into `round`.
void write_campaign_round(const fs::path& round) {
    fs::create_directories(round / "submissions");
    fs::copy_file(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo/kader.md", round / "kader.md");
    json stakeholders = json::object();
    for (std::size_t i = 0; i < own_lines.size(); ++i) {
        std::string first = campaign_first;
        first.replace(first.find("{X}"), 3, i % 3 == 0 ? "reiskosten" : "kosten");
        const std::string file = "bewoner-" + std::to_string(i + 1) + ".txt";
        std::ofstream(round / "submissions" / file)
            << "Beste mensen van de gemeente,\n\n" << own_lines[i] << "\n\n" << first << "\n\n"
            << campaign_second << "\n\nMet vriendelijke groet,\nBewoner " << i + 1 << "\n";
        stakeholders[file] = {{"name", "Bewoner " + std::to_string(i + 1)}, {"group", "inwoners"}};
    }
    for (std::size_t i = 0; i < other_letters.size(); ++i) {
        const std::string file = "brief-" + std::to_string(i + 1) + ".txt";
        std::ofstream(round / "submissions" / file) << other_letters[i];
        stakeholders[file] = {{"organisation", "Vereniging " + std::to_string(i + 1)}, {"group", "partners"}};
    }
    // One workstream, so that no annex repeats a point's text and every text shows once.
    std::ofstream(round / "round.json")
        << json{{"title", "Campagneronde"},
                {"date", "2025-03-14"},
                {"language", "nl"},
                {"framework", "kader.md"},
                {"duplicate_threshold", 0.8},
                {"workstreams", json::array({{{"id", "kader"}, {"name", "Verwerken in het kader"},
                                              {"description", "Het kader zelf"}, {"keywords", {"kader"}}}})},
                {"stakeholders", stakeholders}}
               .dump(2);
}

class CampaignRound : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        scratch_ = new TempDir();
        const fs::path round = scratch_->path() / "campagne";
        write_campaign_round(round);
        out_ = scratch_->path() / "out";
        first_ = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out_.string()}, scratch_->path());
        first_json_ = slurp(out_ / "reactienota.json");
        second_ = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out_.string()}, scratch_->path());
        group_again_ = run_command(INSPRAAK_BINARY, {"group", round.string(), "--out", out_.string()}, scratch_->path());
        report_ = json::parse(slurp(out_ / "reactienota.json"), nullptr, false);
    }
    static void TearDownTestSuite() {
        delete scratch_;
        scratch_ = nullptr;
    }

    static std::size_t count_of(const std::string& haystack, const std::string& needle) {
        std::size_t n = 0;
        for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
        return n;
    }

    static std::vector<json> points_containing(const std::string& fragment) {
        std::vector<json> found;
        for (const auto& point : report_["points"])
            if (point["text"].get<std::string>().find(fragment) != std::string::npos) found.push_back(point);
        return found;
    }

    static inline TempDir* scratch_ = nullptr;
    static inline fs::path out_;
    static inline CommandResult first_, second_, group_again_;
    static inline std::string first_json_;
    static inline json report_;
};

TEST_F(CampaignRound, RunsGroupsAndIsIdempotent) {
    ASSERT_EQ(first_.exit_code, 0) << first_.err;
    EXPECT_NE(first_.out.find("Gegroepeerd: 2 groepen"), std::string::npos) << first_.out;
    ASSERT_EQ(second_.exit_code, 0) << second_.err;
    EXPECT_NE(second_.out.find("0 gewijzigd"), std::string::npos) << second_.out;
    ASSERT_EQ(group_again_.exit_code, 0) << group_again_.err;
    EXPECT_NE(group_again_.out.find("Gegroepeerd: 2 groepen van gelijkluidende punten (24 punten, 0 gewijzigd)"),
              std::string::npos)
        << group_again_.out;
    EXPECT_EQ(slurp(out_ / "reactienota.json"), first_json_);
}

TEST_F(CampaignRound, JsonHasEachCampaignPointOnceWithTwelveSenders) {
    ASSERT_FALSE(report_.is_discarded());
    for (const char* fragment : {campaign_first_fragment, campaign_second_fragment}) {
        SCOPED_TRACE(fragment);
        auto found = points_containing(fragment);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0]["group_size"], 12);
        ASSERT_EQ(found[0]["group_members"].size(), 11u);
        // The lead is the first letter in submission order; the members are the others' points.
        for (const auto& member : found[0]["group_members"]) EXPECT_NE(member, found[0]["id"]);
    }
    // Every submission is still listed, and the other letters stand alone.
    EXPECT_EQ(report_["submissions"].size(), 15u);
    for (const char* fragment : {"stedenband met de Poolse regio", "Europese subsidies", "videogesprekken"}) {
        auto found = points_containing(fragment);
        ASSERT_EQ(found.size(), 1u) << fragment;
        EXPECT_EQ(found[0]["group_size"], 1);
    }
}

TEST_F(CampaignRound, MarkdownAndHtmlShowTheCampaignOnceWithItsCount) {
    const std::string markdown = slurp(out_ / "reactienota.md");
    const std::string html = slurp(out_ / "reactienota.html");
    for (const char* fragment : {campaign_first_fragment, campaign_second_fragment}) {
        EXPECT_EQ(count_of(markdown, fragment), 1u) << fragment;
        EXPECT_EQ(count_of(html, fragment), 1u) << fragment;  // no entity in the fragment
    }
    EXPECT_EQ(count_of(markdown, "12 gelijkluidende reacties"), 2u);
    EXPECT_EQ(count_of(html, "12 gelijkluidende reacties"), 2u);
}

TEST_F(CampaignRound, CsvHasOneRowPerCampaignPointWithCountTwelve) {
    const std::string csv = slurp(out_ / "reactienota.csv");
    const auto header_end = csv.find("\r\n");
    ASSERT_NE(header_end, std::string::npos);
    EXPECT_NE(csv.substr(0, header_end).rfind(",gelijkluidend"), std::string::npos) << csv.substr(0, header_end);
    for (const char* fragment : {campaign_first_fragment, campaign_second_fragment}) {
        ASSERT_EQ(count_of(csv, fragment), 1u) << fragment;
        const auto at = csv.find(fragment);
        const auto row_end = csv.find("\r\n", at);
        EXPECT_EQ(csv.substr(row_end - 3, 3), ",12") << csv.substr(at, row_end - at);
    }
    // One row per published point; the members have none.
    EXPECT_EQ(count_of(csv, "\r\n"), 1 + report_["points"].size());
}

TEST_F(CampaignRound, XlsxHasOneRowPerCampaignPointWithCountTwelve) {
    const xlsx_test::XlsxPackage package(slurp(out_ / "reactienota.xlsx"));
    const auto rows = package.rows("Punten");
    ASSERT_EQ(rows.size(), report_["points"].size() + 1);
    std::string count_column;
    for (const auto& cell : rows.at(1))
        if (cell.value == "gelijkluidend") count_column = cell.ref.substr(0, cell.ref.size() - 1);
    ASSERT_FALSE(count_column.empty());
    int campaign_rows = 0;
    for (const auto& [number, cells] : rows) {
        bool campaign = false;
        for (const auto& cell : cells)
            campaign = campaign || cell.value.find(campaign_first_fragment) != std::string::npos ||
                       cell.value.find(campaign_second_fragment) != std::string::npos;
        if (!campaign) continue;
        ++campaign_rows;
        EXPECT_EQ(xlsx_test::cell_in(cells, count_column), "12") << "row " << number;
    }
    EXPECT_EQ(campaign_rows, 2);
}


// What the officer decides for one point of a campaign holds for the whole campaign: the
// reactienota shows it once, so its members must not keep a machine draft of their own.
class CampaignDecisions : public ::testing::Test {
protected:
    void SetUp() override {
        round_ = scratch_.path() / "campagne";
        write_campaign_round(round_);
        out_ = scratch_.path() / "out";
        ASSERT_EQ(inspraak({"run", round_.string()}).exit_code, 0);
        const json report = json::parse(slurp(out_ / "reactienota.json"));
        for (const auto& point : report["points"])
            if (point["text"].get<std::string>().find(campaign_second_fragment) != std::string::npos) {
                lead_ = point["id"];
                for (const auto& member : point["group_members"]) members_.push_back(member);
            }
    }

    CommandResult inspraak(std::vector<std::string> args) const {
        args.insert(args.end(), {"--out", out_.string()});
        return run_command(INSPRAAK_BINARY, args, scratch_.path());
    }

    json lead_point() const {
        const auto report = inspraak({"report", round_.string()});
        EXPECT_EQ(report.exit_code, 0) << report.err;
        const json written = json::parse(slurp(out_ / "reactienota.json"));
        for (const auto& point : written["points"])
            if (point["id"] == lead_) return point;
        ADD_FAILURE() << "no point " << lead_ << " in the report";
        return {};
    }

    TempDir scratch_;
    fs::path round_, out_;
    std::string lead_;  // of the campaign's second paragraph, the same in every letter
    std::vector<std::string> members_;
};

TEST_F(CampaignDecisions, AReactionSetOnAMemberHoldsForTheGroupAndIsPublished) {
    ASSERT_EQ(members_.size(), 11u);
    const std::string reaction = "Wij nemen een jaarlijks overzicht van de missies op in het kader.";
    auto set = inspraak({"set", round_.string(), members_[4], "--reaction", reaction, "--who", "piet"});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_NE(set.out.find(members_[4] + ": geldt ook voor de 11 gelijkluidende punten van de groep (" + lead_),
              std::string::npos)
        << set.out;
    EXPECT_EQ(lead_point()["reaction"], reaction);
    // Every other member holds it already: the same decision on one of them changes nothing.
    auto again = inspraak({"set", round_.string(), members_[9], "--reaction", reaction, "--who", "piet"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, members_[9] + ": niets gewijzigd (was al zo)\n");
}

TEST_F(CampaignDecisions, ApprovingTheLeadApprovesTheGroupOnce) {
    auto approve = inspraak({"approve", round_.string(), lead_, members_[0], "--who", "piet"});
    ASSERT_EQ(approve.exit_code, 0) << approve.err;
    EXPECT_EQ(approve.out, "Goedgekeurd: 12 punten (0 waren al goedgekeurd)\n");
    EXPECT_EQ(lead_point()["status"], "approved");
    auto again = inspraak({"approve", round_.string(), members_[3]});
    EXPECT_EQ(again.out, "Goedgekeurd: 0 punten (1 waren al goedgekeurd)\n");
}

}  // namespace
}  // namespace inspraak
