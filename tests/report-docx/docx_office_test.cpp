// End to end with a real office suite: LibreOffice opens the .docx (with and without a house
// style) and its text export holds the memo: subject, date, every point once in the table with
// its reaction after it and its sender before it. Skipped where LibreOffice is not installed.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "docx_package.hpp"
#include "docx_reporter.hpp"
#include "docx_test_model.hpp"
#include "house_template.hpp"
#include "office.hpp"
#include "test_support/temp_dir.hpp"

namespace {

using docx_test::count_of;
using docx_test::squash_whitespace;

std::filesystem::path write_docx(const inspraak::ReportModel& model, const std::filesystem::path& file) {
    const auto bytes = inspraak::report_docx::DocxReporter{}.render(model);
    if (!bytes) throw std::runtime_error(bytes.error().message);
    std::ofstream(file, std::ios::binary) << *bytes;
    return file;
}

// The text before the first annex: the memo with its table.
std::string memo_part(const std::string& text, const std::string& first_annex) {
    return text.substr(0, text.find(first_annex));
}

TEST(DocxOffice, LibreOfficeReadsTheTablePointByPoint) {
    const auto soffice = docx_test::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    inspraak::TempDir scratch;
    const auto model = docx_test::make_model();
    const auto text = docx_test::docx_to_text(soffice, write_docx(model, scratch.path() / "nota.docx"), scratch.path());
    ASSERT_TRUE(text.has_value());
    const std::string all = squash_whitespace(*text);
    EXPECT_NE(all.find("Betreft: Reacties op het proefkader Havens"), std::string::npos) << all;
    EXPECT_NE(all.find("Datum: 4 maart 2025"), std::string::npos);
    EXPECT_NE(all.find("INPUT REACTIE"), std::string::npos);

    const std::string annexes_start = "Bijlage 1: input voor Economische strategienota";
    ASSERT_NE(all.find(annexes_start), std::string::npos);
    const std::string memo = memo_part(all, annexes_start);
    std::size_t at = memo.find("INPUT REACTIE");
    std::string sender;
    for (const auto& point : model.points) {
        const std::string point_text = squash_whitespace(point.text);
        EXPECT_EQ(count_of(memo, point_text), 1U) << point_text;
        // Row by row: the sender's row (once per sender), the input, then its reaction.
        if (point.label != sender) {
            const auto sender_at = memo.find(point.label, at);
            ASSERT_NE(sender_at, std::string::npos) << point.label;
            at = sender_at;
            sender = point.label;
        }
        const auto text_at = memo.find(point_text, at);
        ASSERT_NE(text_at, std::string::npos) << point_text;
        const std::string reaction = point.reaction.empty() ? "nog geen reactie"
                                                            : squash_whitespace(point.reaction.substr(0, 30));
        const auto reaction_at = memo.find(reaction, text_at);
        ASSERT_NE(reaction_at, std::string::npos) << reaction;
        at = reaction_at;
    }
    EXPECT_NE(memo.find("3 gelijkluidende reacties"), std::string::npos);
    EXPECT_EQ(count_of(memo, "concept"), 2U);  // the two drafts
    // The escaped text comes back as written, in the table and once in its annex.
    EXPECT_EQ(count_of(all, docx_test::escaped_text), 2U);
    EXPECT_NE(all.find("Niet verwerkt"), std::string::npos);
}

TEST(DocxOffice, LibreOfficeUsesTheHouseStyle) {
    const auto soffice = docx_test::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    inspraak::TempDir scratch;
    const auto dotx = scratch.path() / "huisstijl.dotx";
    docx_test::write_zip_file(dotx, docx_test::house_template_entries());
    auto model = docx_test::make_model();
    model.word_template = dotx.string();
    const auto docx = write_docx(model, scratch.path() / "nota.docx");

    const auto text = docx_test::docx_to_text(soffice, docx, scratch.path());
    ASSERT_TRUE(text.has_value());
    const std::string all = squash_whitespace(*text);
    for (const auto& point : model.points) EXPECT_NE(all.find(squash_whitespace(point.text)), std::string::npos);

    // As OpenDocument the header and the fonts are in styles.xml: LibreOffice took them over.
    const auto out = scratch.path() / "odt";
    std::filesystem::create_directories(out);
    const std::string command = soffice.string() + " -env:UserInstallation=file://" +
                                (scratch.path() / "profile").string() + " --headless --convert-to odt --outdir " +
                                out.string() + " " + docx.string() + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(out / "nota.odt", std::ios::binary);
    const std::string odt((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const docx_test::DocxPackage package(odt);
    const std::string& styles = package.entry("styles.xml");
    EXPECT_NE(styles.find("Gemeente Testdorp"), std::string::npos);
    EXPECT_NE(styles.find("Verdana"), std::string::npos);
    EXPECT_NE(styles.find("InspraakInput"), std::string::npos);
}

}  // namespace

namespace {

// LibreOffice opens the tracked changes of the annex of the framework's changes and shows the
// inserted text.
TEST(DocxOffice, LibreOfficeReadsTheAnnexOfTheFrameworksChanges) {
    const auto soffice = docx_test::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    inspraak::TempDir scratch;
    const auto model = docx_test::with_framework_changes(docx_test::make_model());
    const auto text = docx_test::docx_to_text(soffice, write_docx(model, scratch.path() / "nota.docx"), scratch.path());
    ASSERT_TRUE(text.has_value());
    const std::string all = squash_whitespace(*text);
    EXPECT_NE(all.find("Bijlage 3: Wijzigingen in het kader"), std::string::npos) << all;
    EXPECT_NE(all.find("twintig extra"), std::string::npos) << all;
    EXPECT_NE(all.find("Wij evalueren het kader na twee jaar."), std::string::npos) << all;
}

}  // namespace
