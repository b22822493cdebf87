// The Word reactienota without a template: a valid package, every point once in the table
// under its sender, named styles, escaped text, the campaign count, the draft mark, annexes per
// workstream, problems, English labels, and nothing personal.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "docx_package.hpp"
#include "docx_reporter.hpp"
#include "docx_test_model.hpp"

namespace {

using docx_test::cells_of;
using docx_test::count_of;
using docx_test::DocxPackage;
using docx_test::style_of;
using docx_test::text_of;

DocxPackage render(const inspraak::ReportModel& model) {
    const auto bytes = inspraak::report_docx::DocxReporter{}.render(model);
    if (!bytes) throw std::runtime_error(bytes.error().message);
    return DocxPackage(*bytes);
}

// The body's paragraphs (outside the table) as {style, text}.
std::vector<std::pair<std::string, std::string>> paragraphs(const DocxPackage& package) {
    std::vector<std::pair<std::string, std::string>> result;
    const auto document = package.xml("word/document.xml");
    for (const auto& p : docx_test::body_paragraphs(document)) result.emplace_back(style_of(p), text_of(p));
    return result;
}

// The paragraphs that follow the Heading1 with this text, up to the next Heading1.
std::vector<std::pair<std::string, std::string>> section(const DocxPackage& package, const std::string& heading) {
    std::vector<std::pair<std::string, std::string>> result;
    bool inside = false;
    for (const auto& p : paragraphs(package)) {
        if (p.first == "Heading1") {
            inside = p.second == heading;
            continue;
        }
        if (inside) result.push_back(p);
    }
    return result;
}

bool has_text(const std::vector<std::pair<std::string, std::string>>& paragraphs, const std::string& text) {
    for (const auto& p : paragraphs) {
        if (p.second == text) return true;
    }
    return false;
}

TEST(DocxReport, IsACompletePackage) {
    const auto package = render(docx_test::make_model());
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/settings.xml", "word/numbering.xml", "word/_rels/document.xml.rels",
                             "docProps/core.xml", "docProps/app.xml"}) {
        ASSERT_TRUE(package.has(part)) << part;
        EXPECT_NO_THROW(package.xml(part)) << part;
    }
    const auto types = package.xml("[Content_Types].xml");
    const auto main = types.select_node("//Override[@PartName='/word/document.xml']").node();
    EXPECT_STREQ(main.attribute("ContentType").value(),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    // Every internal relationship points at a part that is there.
    const auto rels = package.xml("word/_rels/document.xml.rels");
    for (const auto& rel : rels.select_nodes("//Relationship")) {
        EXPECT_TRUE(package.has(std::string("word/") + rel.node().attribute("Target").value()))
            << rel.node().attribute("Target").value();
    }
    const auto root_rels = package.xml("_rels/.rels");
    for (const auto& rel : root_rels.select_nodes("//Relationship")) {
        EXPECT_TRUE(package.has(rel.node().attribute("Target").value())) << rel.node().attribute("Target").value();
    }
}

TEST(DocxReport, SubjectDateAndGeneralReaction) {
    const auto package = render(docx_test::make_model());
    const auto all = paragraphs(package);
    ASSERT_GE(all.size(), 3U);
    EXPECT_EQ(all[0], (std::pair<std::string, std::string>{"Title", "Reactienota"}));
    EXPECT_EQ(all[1], (std::pair<std::string, std::string>{"InspraakKenmerk", "Betreft:\tReacties op het proefkader Havens"}));
    EXPECT_EQ(all[2], (std::pair<std::string, std::string>{"InspraakKenmerk", "Datum:\t4 maart 2025"}));

    const auto general = section(package, "Algemene reactie");
    ASSERT_EQ(general.size(), 4U);
    EXPECT_EQ(general[0].second, "Dank voor alle reacties op het proefkader. We hebben ze zorgvuldig gelezen.");
    EXPECT_EQ(general[1].second, "Wat we gedaan hebben:");
    EXPECT_EQ(general[2], (std::pair<std::string, std::string>{"InspraakOpsomming", "de criteria aangescherpt"}));
    EXPECT_EQ(general[3], (std::pair<std::string, std::string>{"InspraakOpsomming", "de rolverdeling verduidelijkt"}));
    const auto document = package.xml("word/document.xml");
    const auto bold = document.select_node("//w:r[w:rPr/w:b][w:t='aangescherpt']");
    EXPECT_TRUE(bold) << "**aangescherpt** is a bold run";
    EXPECT_TRUE(document.select_node("//w:r[w:rPr/w:i][w:t='rolverdeling']"));
    // The list style is a real Word list.
    const auto numbering = package.xml("word/numbering.xml");
    EXPECT_TRUE(numbering.select_node("//w:abstractNum/w:lvl/w:numFmt[@w:val='bullet']"));
}

TEST(DocxReport, MissingGeneralReactionSaysSo) {
    auto model = docx_test::make_model();
    model.general_reaction = "  \n";
    const auto general = section(render(model), "Algemene reactie");
    ASSERT_EQ(general.size(), 1U);
    EXPECT_EQ(general[0], (std::pair<std::string, std::string>{"InspraakToelichting",
                                                                "De algemene reactie moet nog worden geschreven."}));
}

TEST(DocxReport, TableHasARepeatedHeaderASenderRowAndEveryPointOnce) {
    const auto model = docx_test::make_model();
    const auto package = render(model);
    const auto document = package.xml("word/document.xml");
    EXPECT_EQ(document.select_nodes("//w:tbl").size(), 1U);
    const auto rows = docx_test::table_rows(document);
    // header + 3 senders + 4 points
    ASSERT_EQ(rows.size(), 8U);
    EXPECT_TRUE(rows[0].child("w:trPr").child("w:tblHeader"));
    for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_FALSE(rows[i].child("w:trPr").child("w:tblHeader")) << i;
    ASSERT_EQ(cells_of(rows[0]).size(), 2U);
    EXPECT_EQ(text_of(cells_of(rows[0])[0]), "INPUT");
    EXPECT_EQ(text_of(cells_of(rows[0])[1]), "REACTIE");

    const std::vector<std::string> expected_order{"Havenbedrijf Oost", "I001.1", "I001.2", "Inwoner", "I002.1",
                                                  "Stichting Groene Kade", "I003.1"};
    for (std::size_t i = 0; i < expected_order.size(); ++i) {
        const auto row = rows[i + 1];
        const auto cells = cells_of(row);
        if (expected_order[i].rfind('I', 0) == 0 && expected_order[i].find('.') != std::string::npos) {
            ASSERT_EQ(cells.size(), 2U) << expected_order[i];
            EXPECT_NE(text_of(cells[0]).find(expected_order[i]), std::string::npos) << text_of(cells[0]);
        } else {
            ASSERT_EQ(cells.size(), 1U) << expected_order[i];
            EXPECT_STREQ(cells[0].child("w:tcPr").child("w:gridSpan").attribute("w:val").value(), "2");
            EXPECT_EQ(text_of(cells[0]), expected_order[i]);
            EXPECT_EQ(style_of(cells[0].child("w:p")), "InspraakAfzender");
        }
    }
    // Every point's text exactly once in the table, first in its INPUT cell.
    std::string table_text;
    for (const auto& row : rows) table_text += text_of(row) + "\n";
    for (const auto& point : model.points) {
        EXPECT_EQ(count_of(table_text, point.text), 1U) << point.text;
    }
    const auto first = cells_of(rows[2]);
    EXPECT_EQ(style_of(first[0].child("w:p")), "InspraakInput");
    EXPECT_EQ(text_of(first[0].child("w:p")), "De kade heeft meer ligplaatsen nodig.\nLiefst voor 2027.");
    // The small line says where the point belongs.
    const auto where = first[0].select_node("w:p[w:pPr/w:pStyle/@w:val='InspraakWaar']").node();
    EXPECT_EQ(text_of(where), "H4 Koers en doelen, paragraaf 4.2; H1 Inleiding \u00B7 Route: Verwerken in het kader \u00B7 I001.1");
    // A tab in the stakeholder's text is a Word tab.
    EXPECT_TRUE(cells_of(rows[5])[0].select_node(".//w:tab"));
}

TEST(DocxReport, TableIsFullWidthWithFixedColumnsOnA4) {
    const auto document = render(docx_test::make_model()).xml("word/document.xml");
    const auto table = document.select_node("//w:tbl").node();
    EXPECT_STREQ(table.child("w:tblPr").child("w:tblStyle").attribute("w:val").value(), "InspraakTabel");
    EXPECT_STREQ(table.child("w:tblPr").child("w:tblW").attribute("w:type").value(), "pct");
    EXPECT_STREQ(table.child("w:tblPr").child("w:tblW").attribute("w:w").value(), "5000");
    EXPECT_STREQ(table.child("w:tblPr").child("w:tblLayout").attribute("w:type").value(), "fixed");
    int width = 0;
    for (auto col : table.child("w:tblGrid").children("w:gridCol")) width += col.attribute("w:w").as_int();
    EXPECT_EQ(width, 11906 - 2 * 1418);
    const auto section = document.select_node("/w:document/w:body/w:sectPr").node();
    ASSERT_TRUE(section);
    EXPECT_EQ(section, document.child("w:document").child("w:body").last_child());
    EXPECT_EQ(section.child("w:pgSz").attribute("w:w").as_int(), 11906);
    EXPECT_EQ(section.child("w:pgSz").attribute("w:h").as_int(), 16838);
    EXPECT_FALSE(section.child("w:pgSz").attribute("w:orient"));
    EXPECT_GT(section.child("w:pgMar").attribute("w:left").as_int(), 0);
}

TEST(DocxReport, TextIsEscaped) {
    auto model = docx_test::make_model();
    model.points[0].text = "Regel met \x01stuurteken en kapotte \xC3 byte.";
    const auto package = render(model);
    const std::string& raw = package.entry("word/document.xml");
    EXPECT_NE(raw.find("Kosten &lt; baten &amp; "), std::string::npos);
    EXPECT_EQ(raw.find("<w:t> 'verwacht'"), std::string::npos);
    const auto document = package.xml("word/document.xml");
    std::string all = text_of(document.child("w:document"));
    EXPECT_EQ(count_of(all, docx_test::escaped_text), 2U);  // table and annex
    EXPECT_NE(all.find("Regel met stuurteken en kapotte \uFFFD byte."), std::string::npos);
}

TEST(DocxReport, CampaignShowsTheNumberOfIdenticalResponses) {
    const auto document = render(docx_test::make_model()).xml("word/document.xml");
    const auto rows = docx_test::table_rows(document);
    const std::string campaign_cell = text_of(cells_of(rows.back())[0]);
    EXPECT_NE(campaign_cell.find(docx_test::campaign_text), std::string::npos);
    EXPECT_NE(campaign_cell.find("3 gelijkluidende reacties"), std::string::npos) << campaign_cell;
    EXPECT_EQ(count_of(text_of(document.child("w:document")), "gelijkluidende reacties"), 2U);  // table and annex
    // A point that stands alone has no count.
    EXPECT_EQ(text_of(cells_of(rows[2])[0]).find("gelijkluidende"), std::string::npos);
}

TEST(DocxReport, DraftReactionsCarryAVisibleConceptMark) {
    const auto document = render(docx_test::make_model()).xml("word/document.xml");
    const auto rows = docx_test::table_rows(document);
    const auto mark = [](const pugi::xml_node& cell) {
        return cell.select_node(".//w:r[w:rPr/w:rStyle/@w:val='InspraakConcept'][w:t='concept']");
    };
    EXPECT_TRUE(mark(cells_of(rows[2])[1]));   // I001.1, draft
    EXPECT_FALSE(mark(cells_of(rows[3])[1]));  // I001.2, approved
    EXPECT_TRUE(mark(cells_of(rows[5])[1]));   // I002.1, draft without a reaction
    EXPECT_NE(text_of(cells_of(rows[5])[1]).find("nog geen reactie"), std::string::npos);
    // The reaction's list is a list.
    EXPECT_EQ(cells_of(rows[3])[1].select_nodes(".//w:p[w:pPr/w:pStyle/@w:val='InspraakOpsomming']").size(), 2U);
    EXPECT_NE(text_of(cells_of(rows[3])[1]).find("Dit geven we door aan de strategienota:"), std::string::npos);
}

TEST(DocxReport, AnnexPerWorkstreamWithItsPoints) {
    const auto model = docx_test::make_model();
    const auto package = render(model);
    std::vector<std::string> annexes;
    for (const auto& [style, text] : paragraphs(package)) {
        if (style == "Heading1" && text.rfind("Bijlage", 0) == 0) annexes.push_back(text);
    }
    ASSERT_EQ(annexes, (std::vector<std::string>{"Bijlage 1: input voor Economische strategienota",
                                                 "Bijlage 2: input voor Accountmanagement"}));
    const auto economy = section(package, annexes[0]);
    EXPECT_TRUE(has_text(economy, docx_test::escaped_text));
    EXPECT_TRUE(has_text(economy, docx_test::campaign_text));
    EXPECT_TRUE(has_text(economy, "Havenbedrijf Oost"));
    EXPECT_TRUE(has_text(economy, "Stichting Groene Kade"));
    EXPECT_TRUE(has_text(economy, "3 gelijkluidende reacties"));
    EXPECT_FALSE(has_text(economy, model.points[2].text));
    EXPECT_FALSE(has_text(economy, model.points[0].text));
    const auto accounts = section(package, annexes[1]);
    EXPECT_TRUE(has_text(accounts, model.points[2].text));
    EXPECT_TRUE(has_text(accounts, "Inwoner"));
    EXPECT_FALSE(has_text(accounts, docx_test::escaped_text));
    // The first annex starts on a new page.
    const auto document = package.xml("word/document.xml");
    EXPECT_TRUE(document.select_node("//w:p[w:pPr/w:pageBreakBefore][w:r/w:t='Bijlage 1: input voor Economische strategienota']"));
}

TEST(DocxReport, ProblemsAreListedAtTheEndOnlyWhenThereAreAny) {
    auto model = docx_test::make_model();
    auto problems = section(render(model), "Niet verwerkt");
    ASSERT_EQ(problems.size(), 2U);
    EXPECT_EQ(problems[1], (std::pair<std::string, std::string>{"InspraakOpsomming",
                                                                 "submissions/kapot.pdf: niet te lezen (beschadigd)"}));
    model.problems.clear();
    for (const auto& [style, text] : paragraphs(render(model))) EXPECT_NE(text, "Niet verwerkt");
}

TEST(DocxReport, NoPointsSaysSoWithoutATable) {
    auto model = docx_test::make_model();
    model.points.clear();
    const auto package = render(model);
    EXPECT_FALSE(package.xml("word/document.xml").select_node("//w:tbl"));
    const auto points = section(package, "Reactie op afzonderlijke punten");
    ASSERT_FALSE(points.empty());
    EXPECT_EQ(points[0].second, "Er zijn geen punten om op te reageren.");
}

TEST(DocxReport, StylesAreNamedAndDefined) {
    const auto package = render(docx_test::make_model());
    const auto styles = package.xml("word/styles.xml");
    std::set<std::string> ids;
    for (const auto& node : styles.select_nodes("//w:style")) ids.insert(node.node().attribute("w:styleId").value());
    for (const char* id : {"Normal", "Title", "Heading1", "Heading2", "InspraakKenmerk", "InspraakAfzender",
                           "InspraakTabelkop", "InspraakInput", "InspraakReactie", "InspraakWaar", "InspraakOpsomming",
                           "InspraakToelichting", "InspraakConcept", "InspraakTabel"}) {
        EXPECT_EQ(ids.count(id), 1U) << id;
    }
    EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='InspraakTabel']").node().attribute("w:type").value(), "table");
    EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='InspraakConcept']").node().attribute("w:type").value(),
                 "character");
    EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='Heading1']/w:name").node().attribute("w:val").value(),
                 "heading 1");
    // Every style the document uses is defined.
    const auto document = package.xml("word/document.xml");
    for (const auto& used : document.select_nodes("//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val")) {
        EXPECT_EQ(ids.count(used.attribute().value()), 1U) << used.attribute().value();
    }
    // The list style's numbering exists.
    const std::string num_id =
        styles.select_node("//w:style[@w:styleId='InspraakOpsomming']//w:numId").node().attribute("w:val").value();
    EXPECT_TRUE(package.xml("word/numbering.xml").select_node(("//w:num[@w:numId='" + num_id + "']").c_str()));
}

TEST(DocxReport, EnglishLabels) {
    const auto package = render(docx_test::make_model("en"));
    const auto all = paragraphs(package);
    EXPECT_EQ(all[0].second, "Response memo");
    EXPECT_EQ(all[1].second, "Subject:\tReacties op het proefkader Havens");
    EXPECT_EQ(all[2].second, "Date:\t4 March 2025");
    EXPECT_TRUE(has_text(all, "Response to individual points"));
    EXPECT_TRUE(has_text(all, "Annex 1: input for Economische strategienota"));
    const auto document = package.xml("word/document.xml");
    const auto rows = docx_test::table_rows(document);
    EXPECT_EQ(text_of(cells_of(rows[0])[1]), "RESPONSE");
    EXPECT_NE(text_of(cells_of(rows.back())[0]).find("3 identical responses"), std::string::npos);
    EXPECT_TRUE(document.select_node("//w:r[w:rPr/w:rStyle/@w:val='InspraakConcept'][w:t='draft']"));
    EXPECT_NE(package.entry("word/styles.xml").find("en-GB"), std::string::npos);
}

TEST(DocxReport, NoPersonalDataAndTheSameBytesEveryTime) {
    const auto model = docx_test::make_model();
    const auto first = inspraak::report_docx::DocxReporter{}.render(model);
    const auto second = inspraak::report_docx::DocxReporter{}.render(model);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(*first, *second);
    const DocxPackage package(*first);
    for (const auto& [name, content] : package.entries()) {
        for (const char* personal : {"Greet de Vries", "greet@haven.example", "Kees Bakker", "0611111111"}) {
            EXPECT_EQ(content.find(personal), std::string::npos) << personal << " in " << name;
        }
    }
    const auto core = package.xml("docProps/core.xml");
    EXPECT_STREQ(core.select_node("//dc:title").node().text().get(), "Reacties op het proefkader Havens");
    EXPECT_STREQ(core.select_node("//dc:creator").node().text().get(), "inspraak");
}

TEST(DocxReport, MissingLabelsAreAnError) {
    auto model = docx_test::make_model();
    model.templates_dir = "/nonexistent/templates";
    const auto bytes = inspraak::report_docx::DocxReporter{}.render(model);
    ASSERT_FALSE(bytes.ok());
    EXPECT_NE(bytes.error().message.find("labels.json"), std::string::npos) << bytes.error().message;
}

}  // namespace

namespace {

TEST(DocxReport, TheFrameworksChangesAreAnAnnexWithWordTrackedChanges) {
    const auto package = render(docx_test::with_framework_changes(docx_test::make_model()));
    const std::string document = package.entries().at("word/document.xml");
    EXPECT_NE(document.find("<w:del w:id=\"1\" w:author=\"inspraak\" w:date=\"2025-03-04T00:00:00Z\"><w:r><w:delText "
                            "xml:space=\"preserve\">meer</w:delText></w:r></w:del>"),
              std::string::npos)
        << document;
    EXPECT_NE(document.find("<w:ins w:id=\"2\" w:author=\"inspraak\" w:date=\"2025-03-04T00:00:00Z\"><w:r><w:t "
                            "xml:space=\"preserve\">twintig extra</w:t></w:r></w:ins>"),
              std::string::npos);
    EXPECT_EQ(count_of(document, "<w:ins "), 2U);
    const auto annex = section(package, "Bijlage 3: Wijzigingen in het kader");
    ASSERT_FALSE(annex.empty());
    EXPECT_TRUE(has_text(annex, "W1 \u00B7 H2 Koers, paragraaf 2.1, pagina 5 \u00B7 herschreven"));
    EXPECT_TRUE(has_text(annex, "Naar aanleiding van: I001.1 (Havenbedrijf Oost)"));
    EXPECT_TRUE(has_text(annex, "Naar aanleiding van: geen punt uit de inspraak"));

    const auto without = render(docx_test::make_model());
    EXPECT_EQ(without.entries().at("word/document.xml").find("<w:ins "), std::string::npos);
    EXPECT_TRUE(section(without, "Bijlage 3: Wijzigingen in het kader").empty());
}

}  // namespace
