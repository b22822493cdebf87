// Names and types of files found inside a file (e-mail attachments, archive members).
#include <gtest/gtest.h>

#include "pipeline/embedded_reader.hpp"

namespace inspraak::core {
namespace {

TEST(EmbeddedNames, KeepOnlyThePathInsideTheContainer) {
    EXPECT_EQ(tidy_embedded_name("../../etc/passwd"), "etc/passwd");
    EXPECT_EQ(tidy_embedded_name("/absoluut/brief.docx"), "absoluut/brief.docx");
    EXPECT_EQ(tidy_embedded_name("map\\sub\\brief.pdf"), "map/sub/brief.pdf");
    EXPECT_EQ(tidy_embedded_name("reacties/./brief 1.txt"), "reacties/brief 1.txt");
}

TEST(EmbeddedNames, LoseControlCharactersAndExtraSpaceAndStayShort) {
    EXPECT_EQ(tidy_embedded_name("Reactie\r\n  EB\t.docx"), "Reactie EB.docx");
    EXPECT_EQ(tidy_embedded_name(""), "");
    const std::string long_name(500, 'a');
    EXPECT_EQ(tidy_embedded_name(long_name).size(), 200u);
    // Cut on a character, never inside one.
    std::string accents;
    for (int i = 0; i < 250; ++i) accents += "\xC3\xA9";  // é
    EXPECT_EQ(tidy_embedded_name(accents).size(), 400u);
}

TEST(EmbeddedNames, NamesInAnOldCharsetBecomeUtf8) {
    EXPECT_EQ(tidy_embedded_name("caf\xE9.txt"), "caf\xC3\xA9.txt");  // windows-1252
}

TEST(EmbeddedTypes, MediaTypesOfTheFormatsInspraakReads) {
    EXPECT_EQ(extension_for_media_type("application/pdf"), "pdf");
    EXPECT_EQ(extension_for_media_type("Application/PDF; name=\"x\""), "pdf");
    EXPECT_EQ(extension_for_media_type("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx");
    EXPECT_EQ(extension_for_media_type("message/rfc822"), "eml");
    EXPECT_EQ(extension_for_media_type("application/ms-tnef"), "dat");
    EXPECT_EQ(extension_for_media_type("image/jpeg"), "jpg");
    EXPECT_EQ(extension_for_media_type("application/x-unknown"), "");
}

}  // namespace
}  // namespace inspraak::core
