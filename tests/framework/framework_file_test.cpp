#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "framework/framework_import.hpp"

namespace inspraak::core {
namespace {

class FrameworkFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("inspraak-framework-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path write(const std::string& name, const std::string& bytes) {
        std::filesystem::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    std::filesystem::path dir_;
};

TEST_F(FrameworkFile, ReadsUtf8WithByteOrderMark) {
    auto result = read_framework_file(write("kader.txt", "\xEF\xBB\xBF" "1 Inleiding\nTekst.\n2 Financiën\nTekst.\n"));
    ASSERT_TRUE(result.ok()) << render(result.error().message, false);
    ASSERT_EQ(result->sections.size(), 2u);
    EXPECT_EQ(result->sections[0].id, "h1");  // the BOM does not hide the first heading
    EXPECT_EQ(result->sections[1].title, "Financiën");
}

TEST_F(FrameworkFile, ReadsMarkdownByExtension) {
    auto result = read_framework_file(write("kader.MD", "# Kader\n\n## 1. Inleiding\n\nTekst.\n"));
    ASSERT_TRUE(result.ok()) << render(result.error().message, false);
    EXPECT_EQ(result->title, "Kader");
    ASSERT_EQ(result->sections.size(), 1u);
    EXPECT_EQ(result->sections[0].title, "Inleiding");
}

TEST_F(FrameworkFile, UnknownExtensionIsAnErrorNamingTheFile) {
    auto result = read_framework_file(write("kader.doc", "\xD0\xCF\x11\xE0"));
    ASSERT_FALSE(result.ok());
    EXPECT_NE(render(result.error().message, false).find("kader.doc"), std::string::npos);
    EXPECT_NE(render(result.error().message, false).find("bestandstype"), std::string::npos);
}

TEST_F(FrameworkFile, ErrorsAreMessagesWithAKind) {
    auto unknown = read_framework_file(write("kader.doc", "\xD0\xCF\x11\xE0"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::invalid);
    EXPECT_EQ(render(unknown.error().message, true),
              "framework " + (dir_ / "kader.doc").string() + ": unknown file type '.doc' (expected .txt, .md, .docx, .odt or .pdf)");
    auto missing = read_framework_file(dir_ / "bestaat-niet.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
    DocumentReader failing = [](const std::filesystem::path&) -> AppResult<std::string> {
        return AppError{ErrorKind::invalid, Message{"plugin_said", {"versleuteld document"}}};
    };
    auto failed = read_framework_file(write("kader.odt", "x"), failing);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(render(failed.error().message, true), "framework " + (dir_ / "kader.odt").string() + ": versleuteld document");
}

TEST_F(FrameworkFile, NoChaptersIsAnErrorNamingTheFile) {
    auto result = read_framework_file(write("brief.txt", "Beste mensen,\n\nDit is geen kader.\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_NE(render(result.error().message, false).find("brief.txt"), std::string::npos);
    EXPECT_NE(render(result.error().message, false).find("geen hoofdstukken"), std::string::npos);
}

TEST_F(FrameworkFile, EmptyAndMissingFilesAreErrors) {
    auto empty = read_framework_file(write("leeg.md", ""));
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(render(empty.error().message, false).find("leeg.md"), std::string::npos);
    auto missing = read_framework_file(dir_ / "bestaat-niet.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(render(missing.error().message, false).find("bestaat-niet.txt"), std::string::npos);
    auto directory = read_framework_file(dir_);
    EXPECT_FALSE(directory.ok());
}

TEST_F(FrameworkFile, WordDocumentsAreReadThroughTheDocumentReader) {
    auto path = write("kader.docx", "zip bytes the fake reader ignores");
    std::filesystem::path asked;
    DocumentReader reader = [&](const std::filesystem::path& file) -> AppResult<std::string> {
        asked = file;
        return std::string("# Kader Test\n\n# 1 Inleiding\n\nTekst.\n\n## 1.1 Doel\n\n- een punt\n\n# Bijlage 1 Begrippen\n\nUitleg.\n");
    };
    auto result = read_framework_file(path, reader);
    ASSERT_TRUE(result.ok()) << render(result.error().message, false);
    EXPECT_EQ(asked, path);
    ASSERT_EQ(result->sections.size(), 3u);
    EXPECT_EQ(result->sections[0].id, "h1");
    EXPECT_EQ(result->sections[1].number, "1.1");
    EXPECT_EQ(result->sections[2].number, "B1");
}

TEST_F(FrameworkFile, PdfTextKeepsItsPagesAndLosesTheHeadingMarks) {
    auto path = write("kader.pdf", "%PDF-1.7 the fake reader ignores this");
    DocumentReader reader = [&](const std::filesystem::path&) -> AppResult<std::string> {
        return std::string("# 1 Inleiding\n\nEerste pagina tekst.\n\f\n## 2 Visie\n\nTweede pagina tekst.\n");
    };
    auto result = read_framework_file(path, reader);
    ASSERT_TRUE(result.ok()) << render(result.error().message, false);
    ASSERT_EQ(result->sections.size(), 2u);
    EXPECT_EQ(result->sections[1].title, "Visie");
    bool second_page = false;
    for (const auto& passage : result->passages)
        if (passage.text.find("Tweede pagina") != std::string::npos) second_page = passage.page == 2;
    EXPECT_TRUE(second_page);
}

TEST_F(FrameworkFile, DocumentsNeedAReaderAndReportItsError) {
    auto path = write("kader.odt", "x");
    auto without = read_framework_file(path);
    ASSERT_FALSE(without.ok());
    EXPECT_NE(render(without.error().message, false).find("kader.odt"), std::string::npos);
    DocumentReader failing = [](const std::filesystem::path&) -> AppResult<std::string> {
        return AppError{ErrorKind::invalid, Message{"plugin_said", {"versleuteld document"}}};
    };
    auto failed = read_framework_file(path, failing);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(render(failed.error().message, false).find("kader.odt"), std::string::npos);
    EXPECT_NE(render(failed.error().message, false).find("versleuteld"), std::string::npos);
}

TEST_F(FrameworkFile, AnOutlineChapterThatIsNotFoundIsAnError) {
    auto path = write("kader.md", "# 1 Inleiding\n\nTekst.\n\n# 2 Visie\n\nTekst.\n");
    OutlineOverride outline;
    outline.chapters = {"1 Inleiding", "Uitvoering"};
    auto result = read_framework_file(path, {}, outline);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(render(result.error().message, false).find("kader.md"), std::string::npos);
    EXPECT_NE(render(result.error().message, false).find("'Uitvoering'"), std::string::npos);
    EXPECT_NE(render(result.error().message, false).find("round.json"), std::string::npos);
    outline.chapters = {"Inleiding", "2"};
    auto found = read_framework_file(path, {}, outline);
    ASSERT_TRUE(found.ok()) << render(found.error().message, false);
    EXPECT_EQ(found->sections.size(), 2u);
}

TEST_F(FrameworkFile, AChapterLevelNeedsHeadingLevels) {
    OutlineOverride outline;
    outline.chapter_level = 2;
    auto text = read_framework_file(write("kader.txt", "1 Inleiding\nTekst.\n"), {}, outline);
    ASSERT_FALSE(text.ok());
    EXPECT_NE(render(text.error().message, false).find("chapter_level"), std::string::npos);
    auto markdown = read_framework_file(write("kader.md", "# Titel\n\n## Inleiding\n\nTekst.\n\n## Visie\n\nTekst.\n"), {}, outline);
    ASSERT_TRUE(markdown.ok()) << render(markdown.error().message, false);
    ASSERT_EQ(markdown->sections.size(), 2u);
    EXPECT_EQ(markdown->sections[1].id, "h2");
    EXPECT_EQ(markdown->sections[1].title, "Visie");
}

TEST(FrameworkFormatFor, Extensions) {
    EXPECT_EQ(framework_format_for("a.txt"), FrameworkFormat::text);
    EXPECT_EQ(framework_format_for("a.Markdown"), FrameworkFormat::markdown);
    EXPECT_EQ(framework_format_for("a.DOCX"), FrameworkFormat::document);
    EXPECT_EQ(framework_format_for("a.odt"), FrameworkFormat::document);
    EXPECT_EQ(framework_format_for("a.pdf"), FrameworkFormat::pdf);
    EXPECT_FALSE(framework_format_for("a.doc"));
    EXPECT_FALSE(framework_format_for("README"));
}

}  // namespace
}  // namespace inspraak::core
