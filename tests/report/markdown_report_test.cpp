// report-md: the reactienota as Markdown from reports/templates.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "markdown_reporter.hpp"
#include "inspraak/report_view.hpp"
#include "report_fixture.hpp"

namespace {

using inspraak::report_md::escape_markdown;
using inspraak::report_md::MarkdownReporter;
using report_test::count_of;
using report_test::make_model;
using report_test::with_framework_changes;

std::string render_ok(const inspraak::ReportModel& model) {
    auto result = MarkdownReporter{}.render(model);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : std::string{};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (auto end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

// The part of the document between two headings (or to the end).
std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto begin = text.find(from);
    if (begin == std::string::npos) return {};
    const auto end = text.find(to, begin + from.size());
    return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::size_t unescaped_pipes(const std::string& line) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\') {
            ++i;  // skip the escaped character
        } else if (line[i] == '|') {
            ++count;
        }
    }
    return count;
}

TEST(MarkdownReport, HasTheMemoHeadingsInDutch) {
    const auto md = render_ok(make_model());
    EXPECT_NE(md.find("**Betreft:** Reacties op het testkader Samenwerking"), std::string::npos) << md;
    EXPECT_NE(md.find("**Datum:** 12 december 2024"), std::string::npos);
    EXPECT_NE(md.find("## Algemene reactie"), std::string::npos);
    EXPECT_NE(md.find("## Reactie op afzonderlijke punten"), std::string::npos);
    EXPECT_NE(md.find("| INPUT | REACTIE |"), std::string::npos);
    EXPECT_LT(md.find("## Algemene reactie"), md.find("## Reactie op afzonderlijke punten"));
}

TEST(MarkdownReport, HasNoRunsOfBlankLines) {
    const auto md = render_ok(make_model());
    EXPECT_EQ(md.rfind("# Reactienota\n", 0), 0u) << md.substr(0, 80);
    EXPECT_EQ(md.find("\n\n\n"), std::string::npos) << md;
    EXPECT_EQ(md.find("{{"), std::string::npos);
    EXPECT_EQ(md.find("}}"), std::string::npos);
    ASSERT_FALSE(md.empty());
    EXPECT_EQ(md.back(), '\n');
    EXPECT_NE(md.substr(md.size() - 2), "\n\n");
}

TEST(MarkdownReport, KeepsTheGeneralReactionAsMarkdownParagraphs) {
    const auto md = render_ok(make_model());
    EXPECT_NE(md.find("Dank voor de **zorgvuldige** reacties.\n\nWe hebben:\n\n- het kader aangescherpt\n- input doorgezet"),
              std::string::npos)
        << md;
}

TEST(MarkdownReport, SaysSoWhenTheGeneralReactionIsMissing) {
    auto model = make_model();
    model.general_reaction = " \n\n";
    const auto md = render_ok(model);
    EXPECT_NE(md.find("_De algemene reactie moet nog worden geschreven._"), std::string::npos) << md;
}

TEST(MarkdownReport, TableHasEveryPointOnceGroupedBySender) {
    const auto model = make_model();
    const auto md = render_ok(model);
    const auto table = between(md, "| INPUT | REACTIE |", "\n## ");
    for (const auto& point : model.points) {
        EXPECT_EQ(count_of(table, "_" + point.id + " · "), 1u) << point.id << "\n" << table;
    }
    const auto vereniging = table.find("| **Ondernemersvereniging De Kern** | |");
    const auto inwoner = table.find("| **Inwoner** | |");
    ASSERT_NE(vereniging, std::string::npos) << table;
    ASSERT_NE(inwoner, std::string::npos);
    EXPECT_LT(vereniging, table.find("_I001.1 · "));
    EXPECT_LT(table.find("_I001.3 · "), inwoner);
    EXPECT_LT(inwoner, table.find("_I002.1 · "));
}

TEST(MarkdownReport, EveryTableRowHasExactlyTwoCells) {
    const auto md = render_ok(make_model());
    const auto table = between(md, "| INPUT | REACTIE |", "\n## ");
    std::size_t rows = 0;
    for (const auto& line : lines_of(table)) {
        if (line.empty()) continue;
        EXPECT_EQ(unescaped_pipes(line), 3u) << line;
        ++rows;
    }
    EXPECT_EQ(rows, 2u + 2u + 5u);  // header, rule, two sender rows, five points
}

TEST(MarkdownReport, EscapesPipesNewlinesAndHtmlInCells) {
    const auto md = render_ok(make_model());
    EXPECT_NE(md.find("handelsmissies \\| graag met partners<br>Tweede regel"), std::string::npos) << md;
    EXPECT_NE(md.find("\\<script\\>alert('x')\\</script\\>"), std::string::npos);
    EXPECT_EQ(md.find("<script>"), std::string::npos);
    // Mustache's HTML escaping must not have touched the quotes and apostrophes.
    EXPECT_NE(md.find("Zorg voor \"heldere\" criteria"), std::string::npos);
    EXPECT_EQ(md.find("&quot;"), std::string::npos);
    EXPECT_EQ(md.find("&#39;"), std::string::npos);
    EXPECT_EQ(md.find("&apos;"), std::string::npos);
}

TEST(MarkdownReport, ShowsChapterSectionRouteAndDraftStatus) {
    const auto md = render_ok(make_model());
    EXPECT_NE(md.find("_I001.1 · H5 Strategie, paragraaf 5.2; H1 Aanleiding · Route: Economische strategienota_"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("Bijlage 1 Criteria voor deelname"), std::string::npos);
    EXPECT_NE(md.find("geen hoofdstuk · Route: Geen vervolg"), std::string::npos);
    EXPECT_NE(md.find("We nemen dit mee in de strategienota.<br><br>_(concept)_"), std::string::npos);
    EXPECT_NE(md.find("_nog geen reactie_<br><br>_(concept)_"), std::string::npos);
    EXPECT_EQ(count_of(md, "(concept)"), 3u);  // approved points carry no status
}

TEST(MarkdownReport, AnnexPerWorkstreamWithInputExceptTheFramework) {
    const auto md = render_ok(make_model());
    EXPECT_NE(md.find("## Bijlage 1: input voor Economische strategienota"), std::string::npos) << md;
    EXPECT_EQ(md.find("input voor Verwerken in het kader"), std::string::npos);
    EXPECT_EQ(md.find("input voor Public affairs"), std::string::npos);  // nothing routed there
    EXPECT_EQ(md.find("## Bijlage 2"), std::string::npos);
    const auto annex = between(md, "## Bijlage 1:", "\n## ");
    EXPECT_NE(annex.find("**Ondernemersvereniging De Kern** · H5 Strategie, paragraaf 5.2; H1 Aanleiding"),
              std::string::npos)
        << annex;
    EXPECT_NE(annex.find("> Meer aandacht voor handelsmissies \\| graag met partners<br>Tweede regel"),
              std::string::npos);
    EXPECT_NE(annex.find("**Inwoner** · H5 Strategie"), std::string::npos);
    EXPECT_EQ(annex.find("I001.2"), std::string::npos);
    EXPECT_EQ(annex.find("I001.3"), std::string::npos);
}

TEST(MarkdownReport, ACampaignIsOneRowWithItsCount) {
    auto model = make_model();
    model.points[4].group_size = 12;
    model.points[4].group_members = {"I003.1", "I004.1"};
    const auto markdown = render_ok(model);
    // In the table and in the annex of the workstream it went to; nowhere else.
    EXPECT_EQ(count_of(markdown, "**12 gelijkluidende reacties**"), 2u) << markdown;
    EXPECT_EQ(count_of(markdown, "gelijkluidende"), 2u);
    for (const auto& line : lines_of(markdown)) {
        if (line.find("12 gelijkluidende") != std::string::npos && line.front() == '|') {
            EXPECT_NE(line.find("Regio's buiten Europa"), std::string::npos) << line;
        }
    }

    model.language = "en";
    EXPECT_NE(render_ok(model).find("**12 identical responses**"), std::string::npos);
}

TEST(MarkdownReport, AnnexesAreNumberedInWorkstreamOrder) {
    auto model = make_model();
    model.points[2].route = "public-affairs";
    const auto md = render_ok(model);
    EXPECT_NE(md.find("## Bijlage 1: input voor Economische strategienota"), std::string::npos);
    EXPECT_NE(md.find("## Bijlage 2: input voor Public affairs"), std::string::npos) << md;
}

TEST(MarkdownReport, UsesEnglishLabelsForEnglish) {
    auto model = make_model();
    model.language = "en";
    const auto md = render_ok(model);
    EXPECT_NE(md.find("**Subject:** Reacties op het testkader"), std::string::npos) << md;
    EXPECT_NE(md.find("**Date:** 12 December 2024"), std::string::npos);
    EXPECT_NE(md.find("## General response"), std::string::npos);
    EXPECT_NE(md.find("## Response to individual points"), std::string::npos);
    EXPECT_NE(md.find("| INPUT | RESPONSE |"), std::string::npos);
    EXPECT_NE(md.find("## Annex 1: input for Economische strategienota"), std::string::npos);
    EXPECT_NE(md.find("Ch. 5 Strategie, section 5.2"), std::string::npos);
    EXPECT_NE(md.find("Appendix 1 Criteria voor deelname"), std::string::npos);
    EXPECT_NE(md.find("_(draft)_"), std::string::npos);
    EXPECT_EQ(md.find("Algemene reactie"), std::string::npos);
}

TEST(MarkdownReport, FallsBackToDutchForALanguageWithoutTemplates) {
    auto model = make_model();
    model.language = "fy";
    const auto md = render_ok(model);
    EXPECT_NE(md.find("## Algemene reactie"), std::string::npos);
}

TEST(MarkdownReport, KeepsADateThatIsNotIso) {
    auto model = make_model();
    model.date = "december 2024";
    EXPECT_NE(render_ok(model).find("**Datum:** december 2024"), std::string::npos);
    EXPECT_EQ(inspraak::report::long_date("2025-01-03", "nl"), "3 januari 2025");
    EXPECT_EQ(inspraak::report::long_date("2025-13-03", "nl"), "2025-13-03");
    EXPECT_EQ(inspraak::report::long_date("", "nl"), "");
}

TEST(MarkdownReport, ListsWhatTheRoundCouldNotReadOnlyWhenThereIsSomething) {
    auto model = make_model();
    EXPECT_EQ(render_ok(model).find("## Niet verwerkt"), std::string::npos);
    model.problems = {"submissions/S09.pdf: geen tekst gevonden | gescand?", "submissions/S10.doc: onbekend formaat"};
    const auto md = render_ok(model);
    const auto section = md.find("## Niet verwerkt");
    ASSERT_NE(section, std::string::npos) << md;
    EXPECT_LT(md.find("## Bijlage 1"), section);
    EXPECT_NE(md.find("- submissions/S09.pdf: geen tekst gevonden \\| gescand?\n- submissions/S10.doc: onbekend formaat\n"),
              std::string::npos)
        << md;
}

TEST(MarkdownReport, SaysSoWhenThereAreNoPoints) {
    auto model = make_model();
    model.points.clear();
    const auto md = render_ok(model);
    EXPECT_NE(md.find("_Er zijn geen punten om op te reageren._"), std::string::npos) << md;
    EXPECT_EQ(md.find("| INPUT |"), std::string::npos);
    EXPECT_EQ(md.find("## Bijlage"), std::string::npos);
}

TEST(MarkdownReport, MissingTemplateFolderIsAnErrorNamingTheFile) {
    auto model = make_model();
    model.templates_dir = "/nonexistent/inspraak-templates";
    auto result = MarkdownReporter{}.render(model);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("/nonexistent/inspraak-templates/nl/report.md.mustache"), std::string::npos)
        << result.error().message;

    model.templates_dir.clear();
    EXPECT_FALSE(MarkdownReporter{}.render(model).ok());
}

TEST(MarkdownReport, RefusesALanguageThatIsNotAFolderName) {
    auto model = make_model();
    model.language = "../../etc";
    auto result = MarkdownReporter{}.render(model);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("../../etc"), std::string::npos);
}

TEST(MarkdownReport, BrokenTemplateIsAnErrorNamingTheTemplate) {
    const auto dir = std::filesystem::temp_directory_path() / "inspraak-report-md-broken";
    std::filesystem::create_directories(dir / "nl");
    std::ofstream(dir / "nl" / "report.md.mustache") << "{{#groups}} never closed";
    std::ofstream(dir / "nl" / "labels.json") << "{}";
    auto model = make_model();
    model.templates_dir = dir.string();
    auto result = MarkdownReporter{}.render(model);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("report.md.mustache"), std::string::npos) << result.error().message;

    std::ofstream(dir / "nl" / "report.md.mustache", std::ios::trunc) << "{{title}}";
    std::ofstream(dir / "nl" / "labels.json", std::ios::trunc) << "[not json";
    result = MarkdownReporter{}.render(model);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find((dir / "nl" / "labels.json").string()), std::string::npos)
        << result.error().message;
    std::filesystem::remove_all(dir);
}

TEST(MarkdownReport, APartialTranslationKeepsTheDutchLabelsItLacks) {
    const auto source = std::filesystem::path(INSPRAAK_SOURCE_DIR) / "reports" / "templates" / "nl";
    const auto dir = std::filesystem::temp_directory_path() / "inspraak-report-md-partial";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "nl");
    std::filesystem::create_directories(dir / "fy");
    std::filesystem::copy(source / "labels.json", dir / "nl" / "labels.json");
    std::filesystem::copy(source / "report.md.mustache", dir / "nl" / "report.md.mustache");
    std::ofstream(dir / "fy" / "labels.json") << R"({"subject": "Oangeande"})";
    auto model = make_model();
    model.templates_dir = dir.string();
    model.language = "fy";
    const auto md = render_ok(model);
    EXPECT_NE(md.find("**Oangeande:** Reacties op het testkader"), std::string::npos) << md;
    EXPECT_NE(md.find("## Algemene reactie"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(MarkdownEscape, EscapesWhatBreaksATableAndNothingElse) {
    EXPECT_EQ(escape_markdown("a | b"), "a \\| b");
    EXPECT_EQ(escape_markdown("one\ntwo\r\nthree\rfour"), "one<br>two<br>three<br>four");
    EXPECT_EQ(escape_markdown("<b>x</b>"), "\\<b\\>x\\</b\\>");
    EXPECT_EQ(escape_markdown("C:\\map"), "C:\\\\map");
    EXPECT_EQ(escape_markdown("\"citaat\" & 'zo'"), "\"citaat\" & 'zo'");
    EXPECT_EQ(escape_markdown(""), "");
}

}  // namespace

namespace {

TEST(MarkdownReport, AnnexOfTheFrameworksChangesWithOldNewAndMarkedText) {
    const std::string md = render_ok(with_framework_changes(make_model()));
    const std::string annex = between(md, "## Bijlage 2: Wijzigingen in het kader", "## Niet verwerkt");
    ASSERT_FALSE(annex.empty()) << md;
    EXPECT_NE(annex.find("### W1 · H5 Strategie, paragraaf 5.2, pagina 7 · herschreven"), std::string::npos) << annex;
    EXPECT_NE(annex.find("**Was:** We werken samen met grote bedrijven."), std::string::npos) << annex;
    EXPECT_NE(annex.find("**Wordt:** We werken samen met kleine en grote bedrijven."), std::string::npos) << annex;
    EXPECT_NE(annex.find("**Verschil:** We werken samen met **kleine en** grote bedrijven."), std::string::npos) << annex;
    EXPECT_NE(annex.find("_Naar aanleiding van: I001.2 (Ondernemersvereniging De Kern); I002.1 (Inwoner)_"),
              std::string::npos)
        << annex;
    EXPECT_NE(annex.find("### W2 · Bijlage 1 Criteria voor deelname · toegevoegd"), std::string::npos) << annex;
    EXPECT_NE(annex.find("geen punt uit de inspraak"), std::string::npos) << annex;
    EXPECT_NE(annex.find("\\<b\\>met"), std::string::npos) << "escaped for Markdown";
}

TEST(MarkdownReport, NoAnnexOfChangesWithoutARevisionAndEnglishUnderAnEnglishRound) {
    EXPECT_EQ(render_ok(make_model()).find("Wijzigingen in het kader"), std::string::npos);
    auto model = with_framework_changes(make_model());
    model.language = "en";
    const std::string md = render_ok(model);
    EXPECT_NE(md.find(": Changes to the framework"), std::string::npos) << md;
    EXPECT_NE(md.find("### C1 · Ch. 5 Strategie, section 5.2, page 7 · rewritten"), std::string::npos) << md;
    EXPECT_NE(md.find("_In response to: I001.2"), std::string::npos) << md;
}

}  // namespace
