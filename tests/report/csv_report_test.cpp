// report-csv: RFC 4180 with BOM and CRLF, read back with libcsv.
#include <gtest/gtest.h>

#include <csv.h>

#include <string>
#include <vector>

#include "csv_reporter.hpp"
#include "csv_writer.hpp"
#include "report_fixture.hpp"

namespace {

using inspraak::report_csv::CsvReporter;
using inspraak::report_csv::csv_field;
using inspraak::report_csv::neutralise_formula;
using report_test::make_model;

using Rows = std::vector<std::vector<std::string>>;

constexpr std::string_view bom = "\xEF\xBB\xBF";

struct Reader {
    Rows rows;
    std::vector<std::string> row;
};

// Reads CSV in strict RFC 4180 mode, keeping spaces as they are.
Rows parse_csv(std::string_view csv) {
    csv_parser parser{};
    EXPECT_EQ(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI), 0);
    csv_set_space_func(&parser, [](unsigned char) { return 0; });
    Reader reader;
    const auto on_field = [](void* field, std::size_t length, void* data) {
        static_cast<Reader*>(data)->row.emplace_back(static_cast<const char*>(field), length);
    };
    const auto on_row = [](int, void* data) {
        auto* r = static_cast<Reader*>(data);
        r->rows.push_back(std::move(r->row));
        r->row.clear();
    };
    const auto parsed = csv_parse(&parser, csv.data(), csv.size(), on_field, on_row, &reader);
    EXPECT_EQ(parsed, csv.size()) << csv_strerror(csv_error(&parser));
    EXPECT_EQ(csv_fini(&parser, on_field, on_row, &reader), 0);
    csv_free(&parser);
    return reader.rows;
}

std::string render_ok(const inspraak::ReportModel& model) {
    auto result = CsvReporter{}.render(model);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : std::string{};
}

Rows render_rows(const inspraak::ReportModel& model) {
    const auto csv = render_ok(model);
    EXPECT_EQ(csv.substr(0, bom.size()), bom);
    return parse_csv(std::string_view(csv).substr(bom.size()));
}

const std::vector<std::string> dutch_headers{"id",        "afzender", "groep", "hoofdstuk", "overige hoofdstukken",
                                             "paragraaf", "route",    "zekerheid", "input", "reactie", "status",
                                             "gelijkluidend"};

TEST(CsvReport, StartsWithABomAndEndsRecordsWithCrlf) {
    const auto csv = render_ok(make_model());
    ASSERT_GE(csv.size(), 3u);
    EXPECT_EQ(csv.substr(0, 3), bom);
    EXPECT_EQ(csv.substr(3, csv.find('\n') - 2), "id,afzender,groep,hoofdstuk,overige hoofdstukken,paragraaf,route,"
                                                  "zekerheid,input,reactie,status,gelijkluidend\r\n");
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
}

TEST(CsvReport, ReadsBackToOneRowPerPointWithTheSameValues) {
    const auto model = make_model();
    const auto rows = render_rows(model);
    ASSERT_EQ(rows.size(), 1u + model.points.size());
    EXPECT_EQ(rows[0], dutch_headers);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), dutch_headers.size()) << "row " << i;
        EXPECT_EQ(rows[i][0], model.points[i - 1].id);
        EXPECT_EQ(rows[i][1], model.points[i - 1].label);
        EXPECT_EQ(rows[i][10], model.points[i - 1].status);
    }
    EXPECT_EQ(rows[1], (std::vector<std::string>{"I001.1", "Ondernemersvereniging De Kern", "bedrijfsleven",
                                                 "5 Strategie", "1 Aanleiding", "5.2", "Economische strategienota",
                                                 "0.74", "Meer aandacht voor handelsmissies | graag met partners\nTweede regel",
                                                 "We nemen dit mee in de strategienota.", "draft", "1"}));
    EXPECT_EQ(rows[2][3], "B1 Criteria voor deelname");
    EXPECT_EQ(rows[2][8], "<script>alert('x')</script> werk samen met scholen");
    EXPECT_EQ(rows[3][3], "");
    EXPECT_EQ(rows[3][6], "Geen vervolg");
    EXPECT_EQ(rows[4][8], "Zorg voor \"heldere\" criteria, ook voor kleine bedrijven");
}

TEST(CsvReport, NeutralisesCellsThatWouldBeFormulas) {
    const auto rows = render_rows(make_model());
    EXPECT_EQ(rows[3][8], "'=SUM(A1:A2) hoort niet in een rekenblad");
    EXPECT_EQ(rows[4][9], "'+1: de criteria zijn verduidelijkt.");
    for (const auto& row : rows) {
        for (const auto& cell : row) {
            ASSERT_FALSE(!cell.empty() && std::string("=+-@\t\r").find(cell.front()) != std::string::npos) << cell;
        }
    }
}

TEST(CsvReport, NeutraliseFormulaCoversEveryDangerousFirstCharacter) {
    for (const char* dangerous : {"=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"}) {
        EXPECT_EQ(neutralise_formula(dangerous), std::string("'") + dangerous);
    }
    EXPECT_EQ(neutralise_formula("gewoon = tekst"), "gewoon = tekst");
    EXPECT_EQ(neutralise_formula(""), "");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("zeg \"ja\""), "\"zeg \"\"ja\"\"\"");
    EXPECT_EQ(csv_field("=1,2"), "\"'=1,2\"");
    EXPECT_EQ(csv_field("plain"), "plain");
}

TEST(CsvReport, HasNoPersonalDataUnlessAskedFor) {
    auto model = make_model();
    const auto csv = render_ok(model);
    EXPECT_EQ(csv.find("Jan Jansen"), std::string::npos);
    EXPECT_EQ(csv.find("jan@example.org"), std::string::npos);
    EXPECT_EQ(csv.find("naam"), std::string::npos);

    model.with_personal_data = true;
    const auto rows = render_rows(model);
    ASSERT_EQ(rows[0].size(), dutch_headers.size() + 2);
    EXPECT_EQ(rows[0][3], "naam");
    EXPECT_EQ(rows[0][4], "e-mail");
    EXPECT_EQ(rows[1][3], "Jan Jansen");
    EXPECT_EQ(rows[1][4], "jan@example.org");
    EXPECT_EQ(rows[4][3], "Piet Pieters");
    EXPECT_EQ(rows[4][5], "B1 Criteria voor deelname");
}

TEST(CsvReport, UsesEnglishHeadersForEnglish) {
    auto model = make_model();
    model.language = "en";
    const auto rows = render_rows(model);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "stakeholder", "group", "chapter", "other chapters", "section",
                                                 "route", "confidence", "input", "response", "status", "identical"}));
}

TEST(CsvReport, ACampaignRowSaysHowManyIdenticalPointsItStandsFor) {
    auto model = make_model();
    model.points[3].group_size = 12;
    model.points[3].group_members = {"I003.1", "I004.1"};
    const auto rows = render_rows(model);
    ASSERT_EQ(rows.size(), 1u + model.points.size());
    EXPECT_EQ(rows[0].back(), "gelijkluidend");
    EXPECT_EQ(rows[4].back(), "12");
    EXPECT_EQ(rows[1].back(), "1");
}

TEST(CsvReport, AnEmptyRoundGivesTheHeaderOnly) {
    auto model = make_model();
    model.points.clear();
    const auto rows = render_rows(model);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0], dutch_headers);
}

}  // namespace

namespace {

TEST(CsvReport, TheFrameworksChangesAreASectionAfterThePointsWithATypeColumn) {
    const auto model = report_test::with_framework_changes(make_model());
    const auto csv = render_ok(model);
    EXPECT_NE(csv.find("\r\n\r\nsoort,nummer,wijziging,hoofdstuk,paragraaf,pagina,oude tekst,nieuwe tekst,punten\r\n"),
              std::string::npos)
        << "an empty record, then the section's own header";
    const auto rows = render_rows(model);
    std::vector<std::vector<std::string>> changes;
    for (const auto& row : rows)
        if (!row.empty() && row[0] == "wijziging") changes.push_back(row);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0], (std::vector<std::string>{"wijziging", "1", "rewritten", "5 Strategie", "5.2", "7",
                                                     "We werken samen met grote bedrijven.",
                                                     "We werken samen met kleine en grote bedrijven.",
                                                     "I001.2 (Ondernemersvereniging De Kern); I002.1 (Inwoner)"}));
    EXPECT_EQ(changes[1][2], "added");
    EXPECT_EQ(changes[1][6], "");
    EXPECT_EQ(render_ok(make_model()).find("wijziging"), std::string::npos) << "no section without a revision";
}

}  // namespace
