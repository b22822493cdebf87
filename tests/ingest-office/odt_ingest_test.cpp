#include <gtest/gtest.h>

#include "odt_fixture.hpp"
#include "office_ingester.hpp"

namespace inspraak {
namespace {

using test::make_odt;
using test::odt_content;
using test::odt_meta;

const char* const list_styles =
    R"(<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/>)"
    R"(<text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>)"
    R"(<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>)";

const char* const body_text =
    // where ODF keeps deleted text: not the author's last word
    R"(<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>)"
    R"(<office:change-info><dc:creator>Piet</dc:creator></office:change-info><text:p>VERWIJDERDE TEKST</text:p>)"
    R"(</text:deletion></text:changed-region><text:changed-region text:id="ct2"><text:insertion>)"
    R"(<office:change-info><dc:creator>Piet</dc:creator></office:change-info></text:insertion></text:changed-region>)"
    R"(</text:tracked-changes>)"
    R"(<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Tabel"/></text:sequence-decls>)"
    R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">Reactie op het kader</text:h>)"
    R"(<text:p>Wij<text:s/>steunen <text:change-start text:change-id="ct2"/>van harte <text:change-end text:change-id="ct2"/>)"
    R"(het kader<text:change text:change-id="ct1"/>.<office:annotation><dc:creator>Piet</dc:creator>)"
    R"(<text:p>INTERNE OPMERKING</text:p></office:annotation><text:note text:note-class="footnote">)"
    R"(<text:note-citation>1</text:note-citation><text:note-body><text:p>VOETNOOTTEKST</text:p></text:note-body></text:note></text:p>)"
    R"(<text:h text:outline-level="2">Onze <text:span>punten</text:span></text:h>)"
    R"(<text:list text:style-name="L1"><text:list-item><text:p>Eerste punt</text:p></text:list-item>)"
    R"(<text:list-item><text:p>Tweede punt</text:p><text:list><text:list-item><text:p>Een detail</text:p></text:list-item>)"
    R"(</text:list></text:list-item></text:list>)"
    R"(<text:list text:style-name="L2"><text:list-item><text:p>Los punt</text:p></text:list-item></text:list>)"
    R"(<text:section text:name="Tabel"><table:table table:name="Opmerkingen"><table:table-column table:number-columns-repeated="2"/>)"
    R"(<table:table-header-rows><table:table-row><table:table-cell><text:p>Pagina</text:p></table:table-cell>)"
    R"(<table:table-cell><text:p>Opmerking</text:p></table:table-cell></table:table-row></table:table-header-rows>)"
    R"(<table:table-row><table:table-cell><text:p>12</text:p></table:table-cell><table:table-cell>)"
    R"(<text:p>De kaart op deze pagina laat de bedrijventerreinen van de buurgemeenten weg.</text:p></table:table-cell>)"
    R"(</table:table-row></table:table></text:section>)";

Result<IngestResult> read_odt(const std::string& bytes) {
    ingest::OfficeIngester ingester;
    return ingester.read(SourceFile{"/tmp/reactie.odt", "submissions/reactie.odt", bytes});
}

TEST(OdtIngest, BodyKeepsHeadingsListsAndTableRowsInOrder) {
    auto result = read_odt(make_odt(odt_content(list_styles, body_text)));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->submissions.size(), 1u);
    EXPECT_EQ(result->submissions[0].body,
              "# Reactie op het kader\n\n"
              "Wij steunen van harte het kader.\n\n"
              "## Onze punten\n\n"
              "1. Eerste punt\n"
              "2. Tweede punt\n"
              "  - Een detail\n\n"  // another list begins
              "- Los punt\n\n"
              "- (pagina 12) De kaart op deze pagina laat de bedrijventerreinen van de buurgemeenten weg.\n");
}

TEST(OdtIngest, TrackedDeletionsAnnotationsAndNotesAreNoBodyText) {
    auto result = read_odt(make_odt(odt_content(list_styles, body_text)));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const std::string& body = result->submissions[0].body;
    EXPECT_EQ(body.find("VERWIJDERDE"), std::string::npos);
    EXPECT_EQ(body.find("INTERNE OPMERKING"), std::string::npos);
    EXPECT_EQ(body.find("VOETNOOTTEKST"), std::string::npos);
}

TEST(OdtIngest, MetaFillsStakeholderSubjectAndDate) {
    std::string meta = odt_meta(
        "<meta:initial-creator>Piet Jansen</meta:initial-creator><dc:creator>Laatste Bewerker</dc:creator>"
        "<dc:title>Reactie Stichting Groen</dc:title><meta:creation-date>2024-12-01T10:00:00.123</meta:creation-date>"
        R"(<meta:user-defined meta:name="Organisatie">Stichting Groen</meta:user-defined>)");
    auto result = read_odt(make_odt(odt_content("", "<text:p>Een opmerking.</text:p>"), meta));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const IngestedSubmission& submission = result->submissions[0];
    EXPECT_EQ(submission.stakeholder.name, "Piet Jansen");
    EXPECT_EQ(submission.stakeholder.organisation, "Stichting Groen");
    EXPECT_EQ(submission.subject, "Reactie Stichting Groen");
    EXPECT_EQ(submission.date, "2024-12-01");
}

TEST(OdtIngest, CreatorIsTheFallbackWithoutInitialCreator) {
    auto result = read_odt(make_odt(odt_content("", "<text:p>Een opmerking.</text:p>"),
                                    odt_meta("<dc:creator>Karin Smit</dc:creator><meta:creation-date>gisteren</meta:creation-date>")));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].stakeholder.name, "Karin Smit");
    EXPECT_EQ(result->submissions[0].date, "");
}

TEST(OdtIngest, AnOdtNamedDocxIsStillRead) {
    ingest::OfficeIngester ingester;
    auto result = ingester.read(SourceFile{"x.docx", "x.docx", make_odt(odt_content("", "<text:p>Tekst.</text:p>"))});
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions[0].body, "Tekst.\n");
}

}  // namespace
}  // namespace inspraak
