#include <gtest/gtest.h>

#include "table_points.hpp"

namespace inspraak::ingest {
namespace {

const std::string long_remark_a = "Het kader noemt de haven niet, terwijl die voor de logistiek in de regio onmisbaar is.";
const std::string long_remark_b = "Graag een concreet doel voor het aantal internationale studenten dat na de studie blijft.";

TableRow row(std::vector<std::string> cells, bool header = false) { return TableRow{std::move(cells), header}; }

TEST(TablePoints, ChapterColumnGoesInFrontOfTheRemark) {
    TableText text = table_to_text({row({"Nr.", "Hoofdstuk", "Opmerking"}), row({"1", "4", long_remark_a}),
                                    row({"2", "H5", long_remark_b})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{"(hoofdstuk 4) " + long_remark_a, "(H5) " + long_remark_b}));
}

TEST(TablePoints, PageAndSectionColumnsTogether) {
    TableText text = table_to_text({row({"Paragraaf", "Blz.", "Reactie"}), row({"3.1.2", "22", long_remark_a})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{"(paragraaf 3.1.2, pagina 22) " + long_remark_a}));
}

TEST(TablePoints, OnderdeelWithTitleAndEmptyCells) {
    TableText text = table_to_text({row({"Onderdeel", "Opmerking"}), row({"2 Visie", long_remark_a}),
                                    row({"Algemeen", long_remark_b}), row({"", long_remark_a}), row({"6", ""})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{"(hoofdstuk 2 Visie) " + long_remark_a, "(Algemeen) " + long_remark_b,
                                                    long_remark_a}));
}

TEST(TablePoints, ProposalColumnJoinsTheRemarkButNamesDoNot) {
    TableText text = table_to_text({row({"Hoofdstuk", "Opmerking", "Voorstel tot wijziging", "Naam"}),
                                    row({"5", long_remark_a, long_remark_b, "Jan Jansen"})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts,
              (std::vector<std::string>{"(hoofdstuk 5) " + long_remark_a + " Voorstel tot wijziging: " + long_remark_b}));
}

TEST(TablePoints, WithoutHeaderEveryRowIsAPointAndRowNumbersAreNoReference) {
    TableText text = table_to_text({row({"1", long_remark_a}), row({"2", long_remark_b})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{long_remark_a, long_remark_b}));
}

TEST(TablePoints, ShortCellsAreParagraphs) {
    TableText text = table_to_text({row({"Organisatie", "Contact"}), row({"BOM", "info"}), row({"", "info"})});
    EXPECT_FALSE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{"Organisatie", "Contact", "BOM", "info"}));
}

TEST(TablePoints, RaggedRowsAndEmptyTable) {
    EXPECT_TRUE(table_to_text({}).texts.empty());
    TableText text = table_to_text({row({"Hoofdstuk", "Opmerking"}, true), row({"7"}), row({"8", long_remark_a})});
    ASSERT_TRUE(text.remarks);
    EXPECT_EQ(text.texts, (std::vector<std::string>{"(hoofdstuk 8) " + long_remark_a}));
}

}  // namespace
}  // namespace inspraak
