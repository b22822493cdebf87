// The core's xlsx reader on workbooks written by libxlsxwriter (shared strings, and inline
// strings in constant-memory mode), on hand-made packages with what other writers do, and on a
// workbook re-saved by LibreOffice Calc.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <unistd.h>

#include <cstdlib>

#include "test_support/office.hpp"
#include "review/xlsx_reader.hpp"
#include "sheet_edit.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

// One workbook with the kinds of cells a review sheet holds, in two sheets (the second hidden).
void write_sample(const fs::path& file, bool constant_memory) {
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(file.c_str(), &options);
    ASSERT_NE(workbook, nullptr);
    lxw_worksheet* points = workbook_add_worksheet(workbook, "Punten");
    lxw_worksheet* hidden = workbook_add_worksheet(workbook, "Origineel");
    worksheet_write_string(points, 0, 0, "id", nullptr);
    worksheet_write_string(points, 0, 2, "reactie", nullptr);  // B1 left empty
    worksheet_write_string(points, 1, 0, "I001.1", nullptr);
    worksheet_write_number(points, 1, 1, 0.74, nullptr);
    worksheet_write_string(points, 1, 2, "Twee regels:\nde tweede. €, ë en \"aanhalingstekens\"", nullptr);
    worksheet_write_boolean(points, 1, 3, 1, nullptr);
    worksheet_write_number(points, 1, 27, 3, nullptr);  // AB2
    worksheet_write_string(points, 3, 0, "I002.1", nullptr);  // row 3 left out
    worksheet_write_string(points, 3, 2, "=SUM(A1)", nullptr);
    worksheet_write_string(hidden, 0, 0, "verborgen", nullptr);
    worksheet_hide(hidden);
    lxw_doc_properties properties{};
    properties.author = const_cast<char*>("Tester");
    workbook_set_properties(workbook, &properties);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
}

void expect_sample(const XlsxWorkbook& workbook) {
    EXPECT_EQ(workbook.sheet_names(), (std::vector<std::string>{"Punten", "Origineel"}));
    const auto& rows = workbook.rows("Punten");
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0], (XlsxRow{"id", "", "reactie"}));
    ASSERT_EQ(rows[1].size(), 28U);
    EXPECT_EQ(rows[1][0], "I001.1");
    EXPECT_EQ(rows[1][1], "0.74");
    EXPECT_EQ(rows[1][2], "Twee regels:\nde tweede. €, ë en \"aanhalingstekens\"");
    EXPECT_EQ(rows[1][3], "TRUE");
    EXPECT_EQ(rows[1][26], "");
    EXPECT_EQ(rows[1][27], "3");
    EXPECT_TRUE(rows[2].empty());
    EXPECT_EQ(xlsx_cell(rows[3], 2), "=SUM(A1)");
    EXPECT_EQ(xlsx_cell(rows[3], 99), "");
    EXPECT_EQ(workbook.rows("Origineel").at(0).at(0), "verborgen");
}

TEST(XlsxReader, ReadsSharedStringsNumbersBooleansAndColumnsBeyondZ) {
    TempDir dir;
    write_sample(dir.path() / "a.xlsx", false);
    auto workbook = XlsxWorkbook::open(dir.path() / "a.xlsx");
    expect_sample(workbook);
    EXPECT_EQ(workbook.last_modified_by(), "Tester");
}

TEST(XlsxReader, ReadsInlineStrings) {
    TempDir dir;
    write_sample(dir.path() / "a.xlsx", true);  // constant memory: every string inline
    auto entries = review_test::unzip(dir.path() / "a.xlsx");
    ASSERT_NE(entries.at("xl/worksheets/sheet1.xml").find("inlineStr"), std::string::npos);
    expect_sample(XlsxWorkbook::open(dir.path() / "a.xlsx"));
}

TEST(XlsxReader, ReadsRichTextRuns) {
    TempDir dir;
    lxw_workbook* workbook = workbook_new((dir.path() / "rich.xlsx").c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Punten");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_rich_string_tuple first{nullptr, const_cast<char*>("We nemen dit ")};
    lxw_rich_string_tuple second{bold, const_cast<char*>("zeker")};
    lxw_rich_string_tuple third{nullptr, const_cast<char*>(" over.")};
    lxw_rich_string_tuple* runs[] = {&first, &second, &third, nullptr};
    ASSERT_EQ(worksheet_write_rich_string(sheet, 0, 0, runs, nullptr), LXW_NO_ERROR);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    EXPECT_EQ(XlsxWorkbook::open(dir.path() / "rich.xlsx").rows("Punten").at(0).at(0), "We nemen dit zeker over.");
}

// What other writers do: namespace prefixes, absolute part names, cells without a reference,
// _xHHHH_ escapes and Windows line ends, phonetic runs, spaces-only text.
TEST(XlsxReader, ReadsWhatOtherWritersWrite) {
    const std::string main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    review_test::Entries entries;
    entries["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
    entries["xl/workbook.xml"] = "<x:workbook xmlns:x=\"" + main_ns + "\" xmlns:rel=\"" + rel_ns +
                                 "\"><x:sheets><x:sheet name=\"Blad\" sheetId=\"1\" rel:id=\"R7\"/></x:sheets></x:workbook>";
    entries["xl/_rels/workbook.xml.rels"] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"R7\" Type=\"" + rel_ns + "/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
        "<Relationship Id=\"R8\" Type=\"" + rel_ns + "/sharedStrings\" Target=\"strings.xml\"/></Relationships>";
    entries["xl/strings.xml"] = "<x:sst xmlns:x=\"" + main_ns +
                                "\"><x:si><x:t>een_x000D_\ntwee</x:t></x:si>"
                                "<x:si><x:r><x:t>ka</x:t></x:r><x:r><x:t>nji</x:t></x:r><x:rPh><x:t>KANA</x:t></x:rPh></x:si>"
                                "<x:si><x:t xml:space=\"preserve\">  </x:t></x:si></x:sst>";
    entries["xl/worksheets/data.xml"] =
        "<x:worksheet xmlns:x=\"" + main_ns + "\"><x:sheetData>"
        "<x:row><x:c t=\"s\"><x:v>0</x:v></x:c><x:c t=\"s\"><x:v>1</x:v></x:c><x:c t=\"s\"><x:v>2</x:v></x:c></x:row>"
        "<x:row r=\"3\"><x:c r=\"B3\" t=\"str\"><x:f>A1</x:f><x:v>uit formule</x:v></x:c>"
        "<x:c r=\"C3\"><x:v>3.1000000000000001</x:v></x:c><x:c r=\"D3\" t=\"b\"><x:v>0</x:v></x:c>"
        "<x:c r=\"AAA3\" t=\"inlineStr\"><x:is><x:t>ver weg</x:t></x:is></x:c></x:row>"
        "</x:sheetData></x:worksheet>";
    auto workbook = XlsxWorkbook::from_bytes(review_test::zip_bytes(entries), "ander.xlsx");
    const auto& rows = workbook.rows("Blad");
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0], (XlsxRow{"een\ntwee", "kanji", "  "}));
    EXPECT_EQ(xlsx_cell(rows[2], 1), "uit formule");
    EXPECT_EQ(xlsx_cell(rows[2], 2), "3.1");
    EXPECT_EQ(xlsx_cell(rows[2], 3), "FALSE");
    EXPECT_EQ(xlsx_cell(rows[2], static_cast<size_t>(xlsx_column_index("AAA"))), "ver weg");
    EXPECT_EQ(workbook.last_modified_by(), "");
}

TEST(XlsxReader, ColumnNames) {
    EXPECT_EQ(xlsx_column_index("A"), 0);
    EXPECT_EQ(xlsx_column_index("Z"), 25);
    EXPECT_EQ(xlsx_column_index("AA"), 26);
    EXPECT_EQ(xlsx_column_index("XFD"), 16383);
    EXPECT_EQ(xlsx_column_index(""), -1);
    EXPECT_EQ(xlsx_column_index("A1"), -1);
    EXPECT_EQ(xlsx_column_index("ABCD"), -1);
}

TEST(XlsxReader, BadInputIsAnErrorNamingTheFile) {
    auto message = [](const std::string& bytes) {
        try {
            XlsxWorkbook::from_bytes(bytes, "lijst.xlsx");
        } catch (const XlsxError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("dit is geen zip"), "lijst.xlsx: geen xlsx-bestand (geen zip)");
    EXPECT_EQ(message(""), "lijst.xlsx: geen xlsx-bestand (leeg bestand)");
    EXPECT_EQ(message(review_test::zip_bytes({{"word/document.xml", "<w/>"}})),
              "lijst.xlsx: geen xlsx-bestand (xl/workbook.xml ontbreekt)");
    EXPECT_NE(message(review_test::zip_bytes({{"xl/workbook.xml", "<workbook><sheets>"},
                                              {"xl/_rels/workbook.xml.rels", "<Relationships/>"}}))
                  .find("xl/workbook.xml is beschadigd"),
              std::string::npos);
    // A shared string index past the end.
    EXPECT_NE(message(review_test::zip_bytes(
                          {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" r:id=\"r1\"/></sheets></workbook>"},
                           {"xl/_rels/workbook.xml.rels",
                            "<Relationships><Relationship Id=\"r1\" Target=\"worksheets/s.xml\"/></Relationships>"},
                           {"xl/worksheets/s.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c>"
                                                   "</row></sheetData></worksheet>"}}))
                  .find("cel A1 verwijst naar een tekst die er niet is"),
              std::string::npos);
    EXPECT_THROW(XlsxWorkbook::open("/nonexistent/lijst.xlsx"), XlsxError);
}

TEST(XlsxReader, AMissingSheetIsAnError) {
    TempDir dir;
    write_sample(dir.path() / "a.xlsx", false);
    auto workbook = XlsxWorkbook::open(dir.path() / "a.xlsx");
    EXPECT_FALSE(workbook.has_sheet("Info"));
    EXPECT_THROW(workbook.rows("Info"), XlsxError);
}

TEST(XlsxReader, ReadsAWorkbookReSavedByLibreOfficeCalc) {
    const auto soffice = inspraak::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    TempDir dir;
    write_sample(dir.path() / "in.xlsx", false);
    ASSERT_TRUE(inspraak::office_convert(soffice, dir.path() / "in.xlsx", "xlsx", dir.path() / "out", dir.path()));
    // Calc writes its own package (other part names, attributes, string table): same values.
    expect_sample(XlsxWorkbook::open(dir.path() / "out/in.xlsx"));
}

}  // namespace
}  // namespace inspraak::core
