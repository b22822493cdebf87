// The zip plugin hands every member back to the host and refuses what would exhaust memory.
#include <gtest/gtest.h>

#include <string>

#include "archive_ingester.hpp"
#include "test_support/zip_writer.hpp"

namespace inspraak::ingest {
namespace {

using test::make_zip;
using test::ZipEntry;

Result<IngestResult> read_zip(const std::string& bytes, ArchiveLimits limits = {}) {
    return ArchiveIngester(limits).read(SourceFile{"brieven.zip", "submissions/brieven.zip", bytes});
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(ArchiveIngester, HandsEveryMemberBackInOrderWithItsPath) {
    auto result = read_zip(make_zip({{"brief-1.txt", "Eerste brief."},
                                      {"map/", ""},
                                      {"map/brief 2.docx", "docx-bytes"},
                                      {"reactie.eml", "From: a@example.org\n\nTekst"}}));
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(result->submissions.empty());
    EXPECT_TRUE(result->warnings.empty());
    ASSERT_EQ(result->embedded.size(), 3u);
    EXPECT_EQ(result->embedded[0].name, "brief-1.txt");
    EXPECT_EQ(result->embedded[0].bytes, "Eerste brief.");
    EXPECT_EQ(result->embedded[1].name, "map/brief 2.docx");
    EXPECT_EQ(result->embedded[1].bytes, "docx-bytes");
    EXPECT_EQ(result->embedded[2].name, "reactie.eml");
    for (const auto& member : result->embedded) EXPECT_EQ(member.belongs_to, -1) << member.name;
}

TEST(ArchiveIngester, LeavesOutTheArchiversFurniture) {
    auto result = read_zip(make_zip({{"__MACOSX/._brief.txt", "resource fork"},
                                     {"._brief.txt", "resource fork"},
                                     {".DS_Store", "x"},
                                     {"map/Thumbs.db", "x"},
                                     {"brief.txt", "De brief."}}));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->embedded.size(), 1u);
    EXPECT_EQ(result->embedded[0].name, "brief.txt");
    EXPECT_TRUE(is_archive_furniture("desktop.ini"));
    EXPECT_TRUE(is_archive_furniture("map/"));
    EXPECT_FALSE(is_archive_furniture("map/brief.pdf"));
}

TEST(ArchiveIngester, AZipBombIsRefusedWithOneWarningAndTheRestIsRead) {
    // 100 MiB of zeros deflate to about 100 KiB: far past the per-member limit and the ratio.
    auto result = read_zip(make_zip({{"bom.txt", std::string(size_t{100} << 20, '\0')}, {"brief.txt", "De brief."}}));
    ASSERT_TRUE(result) << result.error().message;
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_TRUE(contains(result->warnings[0], "'bom.txt'")) << result->warnings[0];
    EXPECT_TRUE(contains(result->warnings[0], "zip-bom")) << result->warnings[0];
    ASSERT_EQ(result->embedded.size(), 1u);
    EXPECT_EQ(result->embedded[0].name, "brief.txt");
}

TEST(ArchiveIngester, TooManyMembersIsOneWarning) {
    std::vector<ZipEntry> entries;
    for (int i = 0; i < 12; ++i) entries.push_back({"brief-" + std::to_string(i) + ".txt", "Brief."});
    ArchiveLimits limits;
    limits.max_members = 10;
    auto result = read_zip(make_zip(entries), limits);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->embedded.size(), 10u);
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_TRUE(contains(result->warnings[0], "meer dan 10 bestanden")) << result->warnings[0];
}

TEST(ArchiveIngester, TheTotalLimitHoldsAcrossMembers) {
    ArchiveLimits limits;
    limits.max_total_bytes = 3000;
    // Random-looking text, so that the ratio check does not fire first.
    std::string text;
    for (int i = 0; i < 1200; ++i) text += static_cast<char>('a' + (i * 7919) % 26);
    auto result = read_zip(make_zip({{"a.txt", text}, {"b.txt", text}, {"c.txt", text}}), limits);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->embedded.size(), 2u);
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_TRUE(contains(result->warnings[0], "'c.txt'")) << result->warnings[0];
}

TEST(ArchiveIngester, DamagedOrEmptyArchivesAreOneClearError) {
    for (const std::string& bytes : {std::string(), std::string("dit is geen zip"),
                                     make_zip({{"brief.txt", "De brief, lang genoeg om te knippen."}}).substr(0, 40)}) {
        auto result = read_zip(bytes);
        ASSERT_FALSE(result);
        EXPECT_TRUE(contains(result.error().message, "zip")) << result.error().message;
        EXPECT_EQ(result.error().message.find('\n'), std::string::npos);
    }
    auto only_folders = read_zip(make_zip({{"map/", ""}}));
    ASSERT_FALSE(only_folders);
    EXPECT_TRUE(contains(only_folders.error().message, "geen bestanden"));
}

}  // namespace
}  // namespace inspraak::ingest
