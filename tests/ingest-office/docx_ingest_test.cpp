#include <gtest/gtest.h>

#include "docx_fixture.hpp"
#include "office_ingester.hpp"

namespace inspraak {
namespace {

using test::make_docx;
using test::paragraph;
using test::ZipEntry;

const char* const styles_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="EigenKop"><w:name w:val="Tussenkop gemeente"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="AfgeleideKop"><w:name w:val="Afgeleid"/><w:basedOn w:val="EigenKop"/></w:style>
<w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>)";

const char* const numbering_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>)";

const char* const core_xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Zienswijze op het conceptkader</dc:title><dc:creator>Anna de Vries</dc:creator>
<cp:lastModifiedBy>Iemand Anders</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-28T09:12:00Z</dcterms:created>
</cp:coreProperties>)";

const char* const app_xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>Microsoft Office Word</Application><Company>Ondernemersvereniging Noord</Company></Properties>)";

const char* const comments_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:comment w:id="0" w:author="Anna"><w:p><w:r><w:t>INTERNE OPMERKING</w:t></w:r></w:p></w:comment></w:comments>)";

const char* const footnotes_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:id="1"><w:p><w:r><w:t>VOETNOOTTEKST</w:t></w:r></w:p></w:footnote></w:footnotes>)";

std::string numbered(const std::string& text, int num_id, int level = 0) {
    return paragraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                               std::to_string(num_id) + "\"/></w:numPr>");
}

std::string cell(const std::string& text) { return "<w:tc>" + paragraph(text) + "</w:tc>"; }

std::string remarks_table() {
    return "<w:tbl>"
           "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("Hoofdstuk") + cell("Opmerking") + "</w:tr>"
           "<w:tr>" + cell("5") + cell("De ambitie voor de regio mist een concreet doel voor het aantal nieuwe vestigingen.") + "</w:tr>"
           "<w:tr>" + cell("3.1") + cell("Neem de rol van het onderwijs op in de paragraaf over talent en arbeidsmarkt.") + "</w:tr>"
           "<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"A\"/></w:trPr>" + cell("7") + cell("Deze rij is geschrapt en hoort niet in de tekst.") + "</w:tr>"
           "</w:tbl>";
}

std::string full_body() {
    return paragraph("Reactie op het kader", "<w:pStyle w:val=\"Kop1\"/>") +
           // a tracked insertion and deletion, a comment and a footnote reference in one paragraph
           "<w:p><w:r><w:t xml:space=\"preserve\">Wij lezen het kader met </w:t></w:r>"
           "<w:ins w:id=\"1\" w:author=\"Anna\"><w:r><w:t xml:space=\"preserve\">grote </w:t></w:r></w:ins>"
           "<w:del w:id=\"2\" w:author=\"Anna\"><w:r><w:delText xml:space=\"preserve\">weinig </w:delText></w:r></w:del>"
           "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>belangstelling.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
           "<w:r><w:commentReference w:id=\"0\"/></w:r>"
           "<w:r><w:rPr><w:rStyle w:val=\"Voetnootmarkering\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
           paragraph("Acquisitie", "<w:pStyle w:val=\"Heading2\"/>") +
           numbered("Eerste genummerde punt", 1) + numbered("Tweede genummerde punt", 1) +
           numbered("Een onderdeel daarvan", 1, 1) + numbered("Derde genummerde punt", 1) +
           paragraph("Daarnaast:") +
           numbered("Een opsomming", 2) + paragraph("Nog een opsomming", "<w:pStyle w:val=\"Opsomming\"/>") +
           paragraph("Eigen kopstijl", "<w:pStyle w:val=\"AfgeleideKop\"/>") +
           paragraph("Onze opmerkingen per hoofdstuk staan in de tabel.") + remarks_table();
}

Result<IngestResult> read_docx(const std::string& bytes) {
    ingest::OfficeIngester ingester;
    return ingester.read(SourceFile{"/tmp/brief.docx", "submissions/brief.docx", bytes});
}

std::vector<ZipEntry> all_parts() {
    return {{"word/styles.xml", styles_xml},   {"word/numbering.xml", numbering_xml},
            {"word/comments.xml", comments_xml}, {"word/footnotes.xml", footnotes_xml},
            {"docProps/core.xml", core_xml},   {"docProps/app.xml", app_xml}};
}

TEST(DocxIngest, BodyKeepsHeadingsListsAndTableRowsInOrder) {
    auto result = read_docx(make_docx(full_body(), all_parts()));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body,
              "# Reactie op het kader\n\n"
              "Wij lezen het kader met grote belangstelling.\n\n"
              "## Acquisitie\n\n"
              "1. Eerste genummerde punt\n"
              "2. Tweede genummerde punt\n"
              "  1. Een onderdeel daarvan\n"
              "3. Derde genummerde punt\n\n"
              "Daarnaast:\n\n"
              "- Een opsomming\n"
              "- Nog een opsomming\n\n"
              "### Eigen kopstijl\n\n"
              "Onze opmerkingen per hoofdstuk staan in de tabel.\n\n"
              "- (hoofdstuk 5) De ambitie voor de regio mist een concreet doel voor het aantal nieuwe vestigingen.\n"
              "- (paragraaf 3.1) Neem de rol van het onderwijs op in de paragraaf over talent en arbeidsmarkt.\n");
    EXPECT_TRUE(result->warnings.empty());
}

TEST(DocxIngest, AutomaticallyNumberedHeadingsShowTheirNumbers) {
    // Word's outline numbering: the heading styles sit in a numbered list, the text has no number.
    const std::string styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/></w:style>
</w:styles>)";
    const std::string numbering = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>)";
    std::string body = paragraph("Aanleiding", "<w:pStyle w:val=\"Kop1\"/>") + paragraph("Tekst.") +
                       paragraph("Visie", "<w:pStyle w:val=\"Kop1\"/>") +
                       paragraph("Criteria", "<w:pStyle w:val=\"Kop2\"/>") +
                       paragraph("Netwerken", "<w:pStyle w:val=\"Kop2\"/>") +
                       paragraph("Zonder nummer", "<w:pStyle w:val=\"Kop3\"/>") +
                       paragraph("Uitvoering", "<w:pStyle w:val=\"Kop1\"/>") +
                       paragraph("Een eigen nummer", "<w:pStyle w:val=\"Kop1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>");
    auto result = read_docx(make_docx(body, {{"word/styles.xml", styles}, {"word/numbering.xml", numbering}}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].body,
              "# 1 Aanleiding\n\nTekst.\n\n# 2 Visie\n\n## 2.1 Criteria\n\n## 2.2 Netwerken\n\n"
              "### Zonder nummer\n\n# 3 Uitvoering\n\n# Een eigen nummer\n");
}

TEST(DocxIngest, CommentsFootnotesAndDeletionsAreNoBodyText) {
    auto result = read_docx(make_docx(full_body(), all_parts()));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const std::string& body = result->submissions[0].body;
    EXPECT_EQ(body.find("INTERNE OPMERKING"), std::string::npos);
    EXPECT_EQ(body.find("VOETNOOTTEKST"), std::string::npos);
    EXPECT_EQ(body.find("weinig"), std::string::npos);
    EXPECT_EQ(body.find("geschrapt"), std::string::npos);
}

TEST(DocxIngest, CorePropertiesFillStakeholderSubjectAndDate) {
    auto result = read_docx(make_docx(full_body(), all_parts()));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const IngestedSubmission& submission = result->submissions[0];
    EXPECT_EQ(submission.stakeholder.name, "Anna de Vries");
    EXPECT_EQ(submission.stakeholder.organisation, "Ondernemersvereniging Noord");
    EXPECT_EQ(submission.subject, "Zienswijze op het conceptkader");
    EXPECT_EQ(submission.date, "2024-11-28");
}

TEST(DocxIngest, PlaceholderAuthorIsNoName) {
    std::string core = R"(<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/">)"
                       R"(<dc:creator>Microsoft Office User</dc:creator></cp:coreProperties>)";
    auto result = read_docx(make_docx(paragraph("Een opmerking over het kader."), {{"docProps/core.xml", core}}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].stakeholder.name, "");
}

TEST(DocxIngest, WithoutStylesEveryParagraphIsText) {
    auto result = read_docx(make_docx(paragraph("Eerste alinea.", "<w:pStyle w:val=\"Kop1\"/>") + paragraph("Tweede alinea.")));
    ASSERT_TRUE(result.ok()) << result.error().message;
    // The style id alone ("Kop1") still says heading, as Dutch Word names it.
    EXPECT_EQ(result->submissions[0].body, "# Eerste alinea.\n\nTweede alinea.\n");
    EXPECT_EQ(result->submissions[0].stakeholder.name, "");
    EXPECT_EQ(result->submissions[0].date, "");
}

TEST(DocxIngest, HiddenTextFieldCodesAndTabs) {
    std::string body =
        "<w:p><w:r><w:t>Zie</w:t></w:r><w:r><w:tab/></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://x\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>de website</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>VERBORGEN</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>";
    auto result = read_docx(make_docx(body));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].body, "Zie de website.\n");
}

TEST(DocxIngest, TableWithoutLongTextIsPlainParagraphs) {
    std::string table = "<w:tbl><w:tr>" + cell("Naam") + cell("Plaats") + "</w:tr><w:tr>" + cell("BOM") + cell("Tilburg") +
                        "</w:tr></w:tbl>";
    auto result = read_docx(make_docx(table));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].body, "Naam\n\nPlaats\n\nBOM\n\nTilburg\n");
}

TEST(DocxIngest, EmptyDocumentIsAnError) {
    auto result = read_docx(make_docx(paragraph("   ")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "bevat geen tekst: het document is leeg");
}

TEST(DocxIngest, MalformedStylesAreAWarningNotAFailure) {
    auto result = read_docx(make_docx(paragraph("Tekst.", "<w:pStyle w:val=\"Kop1\"/>"), {{"word/styles.xml", "<w:styles><oops"}}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_NE(result->warnings[0].find("word/styles.xml is geen geldige XML"), std::string::npos);
}

}  // namespace
}  // namespace inspraak
