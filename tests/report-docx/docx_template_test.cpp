// The municipality's house style: a .dotx/.docx named by ReportModel::word_template gives the
// memo its styles, theme, page, header and footer; ours are added only where it has none. A
// missing or broken template is an Error naming the file.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "docx_package.hpp"
#include "docx_reporter.hpp"
#include "docx_test_model.hpp"
#include "house_template.hpp"
#include "test_support/temp_dir.hpp"

namespace {

using docx_test::DocxPackage;
using docx_test::text_of;

class DocxTemplate : public ::testing::Test {
protected:
    inspraak::Result<std::string> render_with(const docx_test::ZipEntries& entries, const std::string& name) {
        const auto file = scratch_.path() / name;
        docx_test::write_zip_file(file, entries);
        auto model = docx_test::make_model();
        model.word_template = file.string();
        return inspraak::report_docx::DocxReporter{}.render(model);
    }

    DocxPackage render_template(bool dotx = true) {
        const auto bytes = render_with(docx_test::house_template_entries(dotx), dotx ? "huisstijl.dotx" : "huisstijl.docx");
        if (!bytes) throw std::runtime_error(bytes.error().message);
        return DocxPackage(*bytes);
    }

    inspraak::Error error_for(const std::string& template_path) {
        auto model = docx_test::make_model();
        model.word_template = template_path;
        const auto bytes = inspraak::report_docx::DocxReporter{}.render(model);
        if (bytes) throw std::runtime_error("expected an error for " + template_path);
        return bytes.error();
    }

    inspraak::TempDir scratch_;
};

TEST_F(DocxTemplate, ADotxGivesADocx) {
    const auto package = render_template();
    const auto types = package.xml("[Content_Types].xml");
    EXPECT_STREQ(types.select_node("//Override[@PartName='/word/document.xml']").node().attribute("ContentType").value(),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    EXPECT_EQ(package.entry("[Content_Types].xml").find("template.main"), std::string::npos);
    // The template's own body text is not part of the memo.
    EXPECT_EQ(package.entry("word/document.xml").find("Sjabloontekst"), std::string::npos);
    // Every content type override names a part that is there, every part has a type.
    for (const auto& node : types.select_nodes("//Override")) {
        EXPECT_TRUE(package.has(std::string(node.node().attribute("PartName").value()).substr(1)))
            << node.node().attribute("PartName").value();
    }
    EXPECT_TRUE(types.select_node("//Default[@Extension='png'][@ContentType='image/png']"));
}

TEST_F(DocxTemplate, HeaderFooterAndLogoAreTakenOver) {
    const auto package = render_template();
    ASSERT_TRUE(package.has("word/header1.xml"));
    ASSERT_TRUE(package.has("word/footer1.xml"));
    ASSERT_TRUE(package.has("word/_rels/header1.xml.rels"));
    ASSERT_TRUE(package.has("word/media/logo.png"));
    EXPECT_EQ(text_of(package.xml("word/header1.xml").child("w:hdr")), "Gemeente Testdorp");

    const auto document = package.xml("word/document.xml");
    const auto section = document.select_node("/w:document/w:body/w:sectPr").node();
    const std::string header_id = section.child("w:headerReference").attribute("r:id").value();
    const std::string footer_id = section.child("w:footerReference").attribute("r:id").value();
    const auto rels = package.xml("word/_rels/document.xml.rels");
    const auto target_of = [&](const std::string& id) {
        return std::string(
            rels.select_node(("//Relationship[@Id='" + id + "']").c_str()).node().attribute("Target").value());
    };
    EXPECT_EQ(target_of(header_id), "header1.xml");
    EXPECT_EQ(target_of(footer_id), "footer1.xml");
    EXPECT_EQ(target_of(header_id).empty(), false);
    // Relationship ids are unique.
    std::set<std::string> ids;
    for (const auto& rel : rels.select_nodes("//Relationship")) {
        EXPECT_TRUE(ids.insert(rel.node().attribute("Id").value()).second) << rel.node().attribute("Id").value();
    }
    EXPECT_TRUE(rels.select_node("//Relationship[@Target='theme/theme1.xml']"));
    EXPECT_TRUE(package.has("word/theme/theme1.xml"));
}

TEST_F(DocxTemplate, PageAndTableFollowTheTemplate) {
    const auto document = render_template().xml("word/document.xml");
    const auto section = document.select_node("/w:document/w:body/w:sectPr").node();
    EXPECT_EQ(section.child("w:pgSz").attribute("w:w").as_int(), docx_test::template_page_width);
    EXPECT_EQ(section.child("w:pgMar").attribute("w:left").as_int(), 1800);
    int width = 0;
    for (const auto& col : document.select_nodes("//w:tblGrid/w:gridCol")) width += col.node().attribute("w:w").as_int();
    EXPECT_EQ(width, docx_test::template_page_width - docx_test::template_margins);
}

TEST_F(DocxTemplate, TemplateStylesWinAndOursAreAddedWhereMissing) {
    const auto package = render_template();
    const auto styles = package.xml("word/styles.xml");
    // The template's Normal (Verdana) stays, and there is no second "Normal" or "heading 1".
    EXPECT_EQ(styles.select_nodes("//w:style[w:name/@w:val='Normal']").size(), 1U);
    EXPECT_EQ(styles.select_nodes("//w:style[w:name/@w:val='heading 1']").size(), 1U);
    const auto normal = styles.select_node("//w:style[@w:styleId='Standaard']").node();
    EXPECT_STREQ(normal.child("w:rPr").child("w:rFonts").attribute("w:ascii").value(), "Verdana");
    EXPECT_STREQ(styles.select_node("//w:docDefaults//w:rFonts").node().attribute("w:ascii").value(), "Verdana");
    // Its own InspraakWaar is kept as it is, once.
    EXPECT_EQ(styles.select_nodes("//w:style[@w:styleId='InspraakWaar']").size(), 1U);
    EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='InspraakWaar']//w:color").node().attribute("w:val").value(),
                 "00AA00");
    // Ours are added, based on the template's Normal.
    const auto input = styles.select_node("//w:style[@w:styleId='InspraakInput']").node();
    ASSERT_TRUE(input);
    EXPECT_STREQ(input.child("w:basedOn").attribute("w:val").value(), "Standaard");
    EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='InspraakTabel'][@w:type='table']"));
    EXPECT_EQ(styles.select_nodes("//w:style[@w:type='paragraph'][@w:default='1']").size(), 1U);

    // The document uses the template's ids: Kop1 for headings, Standaard for normal text; the
    // template's character style "Title" makes our paragraph Title take another id.
    const auto document = package.xml("word/document.xml");
    EXPECT_TRUE(document.select_node("//w:p[w:pPr/w:pStyle/@w:val='Kop1'][w:r/w:t='Algemene reactie']"));
    EXPECT_FALSE(document.select_node("//w:pStyle[@w:val='Heading1']"));
    EXPECT_FALSE(document.select_node("//w:pStyle[@w:val='Normal']"));
    const std::string title_id = docx_test::style_of(docx_test::body_paragraphs(document).front());
    EXPECT_NE(title_id, "Title");
    EXPECT_STREQ(styles.select_node(("//w:style[@w:styleId='" + title_id + "']").c_str()).node().attribute("w:type").value(),
                 "paragraph");
    std::set<std::string> defined;
    for (const auto& node : styles.select_nodes("//w:style")) defined.insert(node.node().attribute("w:styleId").value());
    for (const auto& used : document.select_nodes("//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val")) {
        EXPECT_EQ(defined.count(used.attribute().value()), 1U) << used.attribute().value();
    }
}

TEST_F(DocxTemplate, SettingsKeepTheHouseStyleButNotTheTemplateLink) {
    const auto package = render_template();
    const auto settings = package.xml("word/settings.xml");
    EXPECT_TRUE(settings.select_node("//w:evenAndOddHeaders"));
    EXPECT_FALSE(settings.select_node("//w:attachedTemplate"));
    EXPECT_FALSE(package.has("word/_rels/settings.xml.rels"));
}

TEST_F(DocxTemplate, ADocxWorksAsTemplateToo) {
    const auto package = render_template(false);
    EXPECT_EQ(text_of(package.xml("word/header1.xml").child("w:hdr")), "Gemeente Testdorp");
    EXPECT_NE(package.entry("word/document.xml").find(docx_test::campaign_text), std::string::npos);
}

TEST_F(DocxTemplate, TemplateNumberingGetsOurListAdded) {
    auto entries = docx_test::house_template_entries();
    entries.emplace_back("word/numbering.xml",
                         R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                         R"(<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>)"
                         R"(<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num></w:numbering>)");
    const auto bytes = render_with(entries, "genummerd.dotx");
    // Not referenced from the template's document rels: ignored, ours alone.
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;

    auto& rels = entries[2].second;
    rels.insert(rels.find("</Relationships>"),
                R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)");
    const auto with = render_with(entries, "genummerd2.dotx");
    ASSERT_TRUE(with.ok()) << with.error().message;
    const DocxPackage package(*with);
    const auto numbering = package.xml("word/numbering.xml");
    EXPECT_TRUE(numbering.select_node("//w:num[@w:numId='7']"));
    EXPECT_TRUE(numbering.select_node("//w:num[@w:numId='8']/w:abstractNumId[@w:val='5']"));
    // Schema order: every abstractNum before the first num.
    EXPECT_STREQ(numbering.child("w:numbering").first_child().name(), "w:abstractNum");
    EXPECT_STREQ(numbering.child("w:numbering").first_child().next_sibling().name(), "w:abstractNum");
    EXPECT_TRUE(package.xml("word/styles.xml").select_node("//w:style[@w:styleId='InspraakOpsomming']//w:numId[@w:val='8']"));
}

TEST_F(DocxTemplate, MissingTemplateIsAnErrorNamingTheFile) {
    const auto missing = (scratch_.path() / "weg.dotx").string();
    const auto error = error_for(missing);
    EXPECT_NE(error.message.find(missing), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("Word-sjabloon"), std::string::npos) << error.message;
}

TEST_F(DocxTemplate, TemplateThatIsNoZipIsAnError) {
    const auto file = scratch_.path() / "kapot.dotx";
    std::ofstream(file) << "Dit is geen Word-bestand.";
    const auto error = error_for(file.string());
    EXPECT_NE(error.message.find(file.string()), std::string::npos) << error.message;
}

TEST_F(DocxTemplate, ZipThatIsNoWordFileIsAnError) {
    const auto file = scratch_.path() / "werkmap.dotx";
    docx_test::write_zip_file(
        file, {{"[Content_Types].xml",
                R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)"},
               {"_rels/.rels",
                R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
               {"xl/workbook.xml", "<workbook/>"}});
    const auto error = error_for(file.string());
    EXPECT_NE(error.message.find(file.string()), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("geen Word-document"), std::string::npos) << error.message;

    const auto folder = scratch_.path() / "map.dotx";
    std::filesystem::create_directories(folder);
    EXPECT_NE(error_for(folder.string()).message.find(folder.string()), std::string::npos);
}

TEST_F(DocxTemplate, BrokenStylesAreAnErrorNamingTheFile) {
    auto entries = docx_test::house_template_entries();
    for (auto& [name, bytes] : entries) {
        if (name == "word/styles.xml") bytes = "<w:styles><niet-gesloten>";
    }
    const auto bytes = render_with(entries, "stijlen.dotx");
    ASSERT_FALSE(bytes.ok());
    EXPECT_NE(bytes.error().message.find("stijlen.dotx"), std::string::npos) << bytes.error().message;
    EXPECT_NE(bytes.error().message.find("styles.xml"), std::string::npos) << bytes.error().message;
}

}  // namespace
