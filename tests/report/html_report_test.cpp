// report-html: one self-contained, printable, escaped HTML5 file.
#include <gtest/gtest.h>

#include <string>

#include "html_reporter.hpp"
#include "light_markdown.hpp"
#include "report_fixture.hpp"

namespace {

using inspraak::report_html::HtmlReporter;
using inspraak::report_html::light_markdown_to_html;
using report_test::count_of;
using report_test::make_model;
using report_test::with_framework_changes;

std::string render_ok(const inspraak::ReportModel& model) {
    auto result = HtmlReporter{}.render(model);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : std::string{};
}

TEST(HtmlReport, IsOneHtml5DocumentWithItsLanguage) {
    const auto html = render_ok(make_model());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u) << html.substr(0, 200);
    EXPECT_EQ(count_of(html, "<html"), 1u);
    EXPECT_EQ(count_of(html, "</html>"), 1u);
    EXPECT_NE(html.find("<html lang=\"nl\">"), std::string::npos);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_EQ(html.find("<html"), html.find('\n') + 1) << "only the doctype comes before <html>";
    EXPECT_EQ(html.find("{{"), std::string::npos);
    EXPECT_EQ(html.find("}}"), std::string::npos);
}

TEST(HtmlReport, IsSelfContained) {
    const auto html = render_ok(make_model());
    for (const char* external : {"http://", "https://", "<link", "src=", "@import", "url("}) {
        EXPECT_EQ(html.find(external), std::string::npos) << external;
    }
    EXPECT_NE(html.find("<style>"), std::string::npos);
}

TEST(HtmlReport, PrintsWithTheTableHeaderOnEveryPage) {
    const auto html = render_ok(make_model());
    EXPECT_NE(html.find("<thead>"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("display: table-header-group"), std::string::npos);
    EXPECT_NE(html.find("break-inside: avoid"), std::string::npos);
    EXPECT_NE(html.find("@page"), std::string::npos);
}

TEST(HtmlReport, EscapesEverythingFromThePoints) {
    const auto html = render_ok(make_model());
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; werk samen met scholen"), std::string::npos);
    EXPECT_NE(html.find("Zorg voor &quot;heldere&quot; criteria"), std::string::npos);
}

TEST(HtmlReport, HasHeadingsTableRowsAndSenders) {
    const auto model = make_model();
    const auto html = render_ok(model);
    EXPECT_NE(html.find("<dd>Reacties op het testkader Samenwerking</dd>"), std::string::npos);
    EXPECT_NE(html.find("<dd>12 december 2024</dd>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Algemene reactie</h2>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Reactie op afzonderlijke punten</h2>"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">INPUT</th><th scope=\"col\">REACTIE</th>"), std::string::npos);
    for (const auto& point : model.points) {
        EXPECT_EQ(count_of(html, "<tr id=\"punt-" + point.id + "\">"), 1u) << point.id;
    }
    const auto vereniging = html.find("<th colspan=\"2\" scope=\"rowgroup\">Ondernemersvereniging De Kern</th>");
    const auto inwoner = html.find("<th colspan=\"2\" scope=\"rowgroup\">Inwoner</th>");
    ASSERT_NE(vereniging, std::string::npos);
    ASSERT_NE(inwoner, std::string::npos);
    EXPECT_LT(vereniging, html.find("punt-I001.1"));
    EXPECT_LT(inwoner, html.find("punt-I002.1"));
    EXPECT_NE(html.find("I001.1 · H5 Strategie, paragraaf 5.2; H1 Aanleiding · Route: Economische strategienota"),
              std::string::npos);
    EXPECT_EQ(count_of(html, "<p class=\"status\">(concept)</p>"), 3u);
}

TEST(HtmlReport, RendersTheGeneralReactionFromLightMarkdown) {
    const auto html = render_ok(make_model());
    EXPECT_NE(html.find("<p>Dank voor de <strong>zorgvuldige</strong> reacties.</p>"), std::string::npos) << html;
    EXPECT_NE(html.find("<ul><li>het kader aangescherpt</li><li>input doorgezet</li></ul>"), std::string::npos);
}

TEST(HtmlReport, AnnexOnlyForWorkstreamsOtherThanTheFramework) {
    const auto html = render_ok(make_model());
    EXPECT_NE(html.find("<h2>Bijlage 1: input voor Economische strategienota</h2>"), std::string::npos);
    EXPECT_EQ(html.find("input voor Verwerken in het kader"), std::string::npos);
    EXPECT_EQ(html.find("Bijlage 2:"), std::string::npos);
    EXPECT_EQ(count_of(html, "<article class=\"input\">"), 2u);
}

TEST(HtmlReport, ACampaignIsOneRowWithItsCount) {
    auto model = make_model();
    EXPECT_EQ(render_ok(model).find("gelijkluidende"), std::string::npos);
    model.points[3].group_size = 12;
    const auto html = render_ok(model);
    EXPECT_EQ(count_of(html, "<p class=\"group\">12 gelijkluidende reacties</p>"), 1u) << html;
    EXPECT_EQ(count_of(html, "id=\"punt-I002.1\""), 1u);
}

TEST(HtmlReport, ListsWhatTheRoundCouldNotRead) {
    auto model = make_model();
    EXPECT_EQ(render_ok(model).find("<section class=\"problems\">"), std::string::npos);
    model.language = "en";
    model.problems = {"submissions/S09.pdf: <geen tekst>"};
    const auto html = render_ok(model);
    EXPECT_NE(html.find("<h2>Not processed</h2>"), std::string::npos);
    EXPECT_NE(html.find("<li>submissions/S09.pdf: &lt;geen tekst&gt;</li>"), std::string::npos) << html;
}

TEST(HtmlReport, UsesEnglishLabelsForEnglish) {
    auto model = make_model();
    model.language = "en";
    const auto html = render_ok(model);
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("<dt>Subject:</dt>"), std::string::npos);
    EXPECT_NE(html.find("<dd>12 December 2024</dd>"), std::string::npos);
    EXPECT_NE(html.find("<h2>General response</h2>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Response to individual points</h2>"), std::string::npos);
    EXPECT_NE(html.find(">RESPONSE</th>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Annex 1: input for Economische strategienota</h2>"), std::string::npos);
}

TEST(HtmlReport, MissingTemplateFolderIsAnErrorNamingTheFile) {
    auto model = make_model();
    model.templates_dir = "/nonexistent/inspraak-templates";
    model.language = "en";
    auto result = HtmlReporter{}.render(model);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("/nonexistent/inspraak-templates/en/report.html.mustache"), std::string::npos)
        << result.error().message;
    EXPECT_NE(result.error().message.find("/nonexistent/inspraak-templates/nl/report.html.mustache"), std::string::npos);
}

TEST(LightMarkdown, EscapesAndKnowsOnlyAFewMarks) {
    EXPECT_EQ(light_markdown_to_html("<b>x</b> & *nadruk*"),
              std::vector<std::string>{"<p>&lt;b&gt;x&lt;/b&gt; &amp; <em>nadruk</em></p>"});
    EXPECT_EQ(light_markdown_to_html("5 * 3 * 2"), std::vector<std::string>{"<p>5 * 3 * 2</p>"});
    EXPECT_EQ(light_markdown_to_html("**open"), std::vector<std::string>{"<p>**open</p>"});
    EXPECT_EQ(light_markdown_to_html("een\ntwee\n\n\n- a\n* b"),
              (std::vector<std::string>{"<p>een twee</p>", "<ul><li>a</li><li>b</li></ul>"}));
    // As in the Word memo: items after an introducing line, an item continued on the next line.
    EXPECT_EQ(light_markdown_to_html("Wij doen:\n- **eerst** dit\n  en dat\n- dan *dat*\nSlot."),
              (std::vector<std::string>{"<p>Wij doen:</p>",
                                        "<ul><li><strong>eerst</strong> dit en dat</li><li>dan <em>dat</em> Slot.</li></ul>"}));
    EXPECT_TRUE(light_markdown_to_html(" \n ").empty());
}

}  // namespace

namespace {

TEST(HtmlReport, AnnexOfTheFrameworksChangesMarksDeletionsAndInsertions) {
    auto model = with_framework_changes(make_model());
    model.framework_changes[0].diff = {{"same", "We werken samen met "}, {"del", "grote"}, {"ins", "kleine"},
                                       {"same", " bedrijven."}};
    const auto html = render_ok(model);
    EXPECT_NE(html.find("<h2>Bijlage 2: Wijzigingen in het kader</h2>"), std::string::npos) << html;
    EXPECT_NE(html.find("<h3>W1 · H5 Strategie, paragraaf 5.2, pagina 7 · herschreven</h3>"), std::string::npos);
    EXPECT_NE(html.find("We werken samen met <del>grote</del><ins>kleine</ins> bedrijven."), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"#punt-I001.2\">I001.2</a> (Ondernemersvereniging De Kern); "
                        "<a href=\"#punt-I002.1\">I002.1</a> (Inwoner)"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<ins>Een nieuwe alinea &lt;b&gt;met&lt;/b&gt; criteria.</ins>"), std::string::npos) << "escaped";
    EXPECT_EQ(render_ok(make_model()).find("Wijzigingen in het kader"), std::string::npos);
}

}  // namespace
