#include "compressed_rtf.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_support/msg_writer.hpp"

namespace {

using inspraak::ingest::outlook::decompress_rtf;

// [MS-OXRTFCP] 3.1.1, "Simple Compressed RTF".
const std::string kSpecExample(
    "\x2d\x00\x00\x00\x2b\x00\x00\x00\x4c\x5a\x46\x75\xf1\xc5\xc7\xa7"
    "\x03\x00\x0a\x00\x72\x63\x70\x67\x31\x32\x35\x42\x32\x0a\xf3\x20\x68\x65\x6c\x09\x00\x20\x62\x77\x05"
    "\xb0\x6c\x64\x7d\x0a\x80\x0f\xa0",
    49);
const std::string kSpecText = "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n";

TEST(CompressedRtf, DecompressesTheSpecificationsExample) {
    const auto rtf = decompress_rtf(kSpecExample, 1 << 20);
    ASSERT_TRUE(rtf.ok()) << rtf.error().message;
    EXPECT_EQ(*rtf, kSpecText);
}

TEST(CompressedRtf, WriterCrcMatchesTheSpecificationsExample) {
    EXPECT_EQ(inspraak::test::rtf_crc(std::string_view(kSpecExample).substr(16)), 0xa7c7c5f1u);
}

TEST(CompressedRtf, RoundTripsThroughTheTestWriter) {
    std::string rtf = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 ";
    for (int i = 0; i < 400; ++i) rtf += "{\\*\\htmltag64 <p>}tekst " + std::to_string(i % 7) + "\\par ";
    rtf += "}";
    const std::string compressed = inspraak::test::lzfu_compress(rtf);
    EXPECT_LT(compressed.size(), rtf.size() / 2);  // it really compresses
    const auto back = decompress_rtf(compressed, 1 << 20);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, rtf);
}

TEST(CompressedRtf, UncompressedForm) {
    const auto back = decompress_rtf(inspraak::test::lzfu_uncompressed(kSpecText), 1 << 20);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, kSpecText);
}

TEST(CompressedRtf, DeclaredSizesAreNotTrusted) {
    // A raw size beyond the cap is refused before anything is allocated.
    std::string huge = kSpecExample;
    huge[4] = '\xff';
    huge[5] = '\xff';
    huge[6] = '\xff';
    huge[7] = '\x7f';
    EXPECT_FALSE(decompress_rtf(huge, 1 << 20).ok());
    // A compressed size beyond the stream reads only what is there.
    std::string cut = kSpecExample.substr(0, 30);
    const auto partial = decompress_rtf(cut, 1 << 20);
    ASSERT_TRUE(partial.ok());
    EXPECT_TRUE(kSpecText.starts_with(*partial));
    // Shorter than a header, or an unknown type.
    EXPECT_FALSE(decompress_rtf(kSpecExample.substr(0, 10), 1 << 20).ok());
    std::string unknown = kSpecExample;
    unknown[8] = 'X';
    EXPECT_FALSE(decompress_rtf(unknown, 1 << 20).ok());
}

TEST(CompressedRtf, OutputStopsAtTheDeclaredRawSize) {
    // A reference repeating its own output could run on; the raw size ends it.
    std::string stream = inspraak::test::lzfu_compress(std::string(300, 'a'));
    stream[4] = 10;  // claim 10 bytes
    stream[5] = 0;
    const auto rtf = decompress_rtf(stream, 1 << 20);
    ASSERT_TRUE(rtf.ok());
    EXPECT_EQ(*rtf, std::string(10, 'a'));
}

}  // namespace
