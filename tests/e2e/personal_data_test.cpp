// A resident's letter with an IBAN, a BSN, a street address, a postcode and the resident's own
// name in its body, run through the real inspraak binary: none of them is in any published
// format (.json, .md, .html, .csv, and the text of every XML part of .docx and .xlsx) while the
// remarks around them are; the store keeps the letter as written. Undoing the IBAN's redaction
// through the application layer publishes exactly that text and nothing else.
#include <gtest/gtest.h>

#include <fstream>

#include "app/round_session.hpp"
#include "test_support/published_text.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

constexpr const char* iban = "NL91ABNA0417164300";
const std::vector<std::string> personal = {iban, "123456782", "Dorpsstraat 12", "5211 AB", "Petra", "de Vries"};
// What the letter says around them, and the labels that stand in their place.
const std::vector<std::string> remarks = {"fietsstraat", "extra oversteekplaats bij de school", "tegemoetkoming",
                                          "[IBAN]", "[BSN]", "[adres]", "[postcode]"};
const std::vector<std::string> formats = {"json", "md", "html", "csv", "docx", "xlsx"};

class PersonalData : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("USER", "ria", 1);
        fs::create_directories(round_ / "submissions");
        std::ofstream(round_ / "round.json") << R"({"title": "Fietsstraten", "date": "2025-03-01", "language": "nl",
            "framework": "kader.md", "submissions": "submissions"})";
        std::ofstream(round_ / "kader.md") << "# Kader fietsstraten\n\n## 1 Fietsstraten\n\nDe Dorpsstraat wordt een fietsstraat.\n\n"
                                              "## 2 Kosten\n\nBewoners krijgen een tegemoetkoming in de kosten.\n";
        std::ofstream(round_ / "submissions/brief-1.txt")
            << "Geachte heer, mevrouw,\n\n"
               "Mijn naam is Petra de Vries en ik woon op Dorpsstraat 12, 5211 AB Berghem; ik ben blij dat de Dorpsstraat "
               "een fietsstraat wordt.\n\n"
               "Voor de tegemoetkoming in de kosten van de nieuwe stoep kunt u het geld overmaken op NL91ABNA0417164300; "
               "mijn BSN is 123456782, mocht u dat nodig hebben voor de regeling.\n\n"
               "Wel vraag ik om een extra oversteekplaats bij de school, want de kinderen steken nu op een gevaarlijke plek over.\n\n"
               "Met vriendelijke groet,\n\nPetra de Vries\n";
        auto run = inspraak({"-q", "run", round_.string(), "--out", out_.string()});
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }

    CommandResult inspraak(const std::vector<std::string>& args) { return run_command(INSPRAAK_BINARY, args, dir_.path()); }

    std::map<std::string, std::string> published() {
        std::map<std::string, std::string> texts;
        for (const auto& format : formats) {
            const fs::path file = out_ / ("reactienota." + format);
            EXPECT_TRUE(fs::exists(file)) << file;
            if (fs::exists(file)) texts[format] = published_text(file);
        }
        return texts;
    }

    TempDir dir_;
    const fs::path round_ = dir_.path() / "ronde";
    const fs::path out_ = dir_.path() / "uit";
};

TEST_F(PersonalData, NoneOfItIsPublishedInAnyFormatAndTheRemarksAre) {
    const auto texts = published();
    ASSERT_EQ(texts.size(), formats.size());
    for (const auto& [format, text] : texts) {
        for (const auto& data : personal) EXPECT_EQ(text.find(data), std::string::npos) << format << " publishes " << data;
        // The csv and xlsx carry the points only; the labels stand in every format's point text.
        for (const auto& remark : remarks) EXPECT_NE(text.find(remark), std::string::npos) << format << " lost " << remark;
    }
    // The store keeps the letter as written: the reply to the sender needs it.
    auto round = core::RoundSession::open(core::RoundAddress{round_, out_, ""}, "ria");
    ASSERT_TRUE(round);
    core::PointFilter filter;
    filter.text = iban;
    auto listed = round->list_points(filter);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->points.size(), 1u);
    EXPECT_NE(listed->points[0].point.text.find("mijn BSN is 123456782"), std::string::npos);
}

TEST_F(PersonalData, UndoingOneRedactionPublishesExactlyThatText) {
    std::string point;
    {
        auto round = core::RoundSession::open(core::RoundAddress{round_, out_, ""}, "ria");
        ASSERT_TRUE(round);
        core::PointFilter filter;
        filter.text = iban;
        point = round->list_points(filter)->points.at(0).point.id;
        auto kept = round->keep_public(point, "iban", iban);
        ASSERT_TRUE(kept) << core::render(kept.error().message, false);
        EXPECT_TRUE(*kept);
    }
    auto report = inspraak({"-q", "report", round_.string(), "--out", out_.string()});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    for (const auto& [format, text] : published()) {
        EXPECT_NE(text.find(iban), std::string::npos) << format << " does not publish the IBAN kept public";
        EXPECT_EQ(text.find("[IBAN]"), std::string::npos) << format;
        for (const auto& data : personal) {
            if (data != iban) {
                EXPECT_EQ(text.find(data), std::string::npos) << format << " publishes " << data;
            }
        }
    }
}

}  // namespace
}  // namespace inspraak
