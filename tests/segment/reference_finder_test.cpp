#include <gtest/gtest.h>

#include "segment/reference_finder.hpp"

namespace inspraak::core {
namespace {

using Refs = std::vector<std::string>;

TEST(ReferenceFinder, ChaptersInTheirManyForms) {
    EXPECT_EQ(find_references("Zie hoofdstuk 4."), Refs{"hoofdstuk 4"});
    EXPECT_EQ(find_references("In H5 staat het."), Refs{"hoofdstuk 5"});
    EXPECT_EQ(find_references("In H 5 staat het."), Refs{"hoofdstuk 5"});
    EXPECT_EQ(find_references("See chapter 4"), Refs{"hoofdstuk 4"});
    EXPECT_EQ(find_references("Hoofdstukken 2 en 3"), (Refs{"hoofdstuk 2", "hoofdstuk 3"}));
    EXPECT_EQ(find_references("hoofdstuk 3-5"), (Refs{"hoofdstuk 3", "hoofdstuk 4", "hoofdstuk 5"}));
}

TEST(ReferenceFinder, SectionsPagesAndAppendices) {
    EXPECT_EQ(find_references("paragraaf 3.1.2"), Refs{"paragraaf 3.1.2"});
    EXPECT_EQ(find_references("par. 3.1"), Refs{"paragraaf 3.1"});
    EXPECT_EQ(find_references("§ 3.1"), Refs{"paragraaf 3.1"});
    EXPECT_EQ(find_references("section 3.1"), Refs{"paragraaf 3.1"});
    EXPECT_EQ(find_references("H3.1"), Refs{"paragraaf 3.1"});
    EXPECT_EQ(find_references("pagina 22"), Refs{"pagina 22"});
    EXPECT_EQ(find_references("p. 22"), Refs{"pagina 22"});
    EXPECT_EQ(find_references("blz. 22"), Refs{"pagina 22"});
    EXPECT_EQ(find_references("page 22"), Refs{"pagina 22"});
    EXPECT_EQ(find_references("bijlage 2"), Refs{"bijlage 2"});
    EXPECT_EQ(find_references("Appendix 1"), Refs{"bijlage 1"});
}

TEST(ReferenceFinder, CombinedInOrderWithoutDuplicates) {
    EXPECT_EQ(reference_text("Zie ‘strategie’ (in H5 p. 24-25) en hoofdstuk 5."), "hoofdstuk 5; pagina 24-25");
    EXPECT_EQ(reference_text("Op pagina 17 en in hoofdstuk 4"), "pagina 17; hoofdstuk 4");
    EXPECT_EQ(reference_text("blz. 3 t/m 5"), "pagina 3-5");
}

TEST(ReferenceFinder, NoFalseReferences) {
    EXPECT_EQ(reference_text("Wij willen 1000 banen erbij in 2030."), "");
    EXPECT_EQ(reference_text("Het H2O-project en de 5G uitrol"), "");
    EXPECT_EQ(reference_text("Een bijlage sturen we later."), "");
    EXPECT_EQ(reference_text("Hoofdstuk 2020 bestaat niet"), "");
    EXPECT_EQ(reference_text("op 3 punten"), "");
    EXPECT_EQ(reference_text(""), "");
}

}  // namespace
}  // namespace inspraak::core
