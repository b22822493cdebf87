// Review sheets in report-xlsx's layout, written with libxlsxwriter, for the tests of
// import-review and the fuzz target's seeds: a points sheet ("Punten"/"Points"), the "Info" sheet
// and the hidden sheet of values as written ("Origineel"/"Original").
#pragma once

#include <xlsxwriter.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace inspraak::test {

// One row of the review sheet, as report-xlsx writes it.
struct ReviewSheetPoint {
    std::string id, chapter, others, section, route, status, reaction;
};

struct ReviewSheet {
    std::vector<ReviewSheetPoint> points;     // the "Punten" rows
    std::vector<ReviewSheetPoint> original;   // the hidden "Origineel" rows
    std::string language = "nl";
    std::string last_modified_by = "Ria Jansen";
    bool with_original = true;
    bool with_points = true;
};

// The rows of the points that fill_review_store (review_store.hpp) puts in a store, as written.
inline std::vector<ReviewSheetPoint> review_store_rows() {
    return {
        {"I001.1", "1 Aanleiding", "B1 Partners", "", "kader", "draft", "Dank voor uw reactie."},
        {"I001.2", "5 Kader activiteiten", "", "5.1", "economische-strategie", "approved", "We kijken naar de criteria."},
        {"I002.1", "B1 Partners", "", "", "kader", "draft", "Partners zijn belangrijk."},
        {"I002.2", "", "", "", "geen", "", ""},
    };
}

inline void write_review_sheet(const std::filesystem::path& file, const ReviewSheet& sheet) {
    const bool en = sheet.language == "en";
    lxw_workbook* workbook = workbook_new(file.c_str());
    auto write_row = [](lxw_worksheet* ws, lxw_row_t row, const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty()) worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
    };
    if (sheet.with_points) {
        lxw_worksheet* ws = workbook_add_worksheet(workbook, en ? "Points" : "Punten");
        write_row(ws, 0,
                  en ? std::vector<std::string>{"id", "stakeholder", "group", "submission", "chapter", "other chapters",
                                                "section", "route", "confidence", "input", "response", "status"}
                     : std::vector<std::string>{"id", "afzender", "groep", "inzending", "hoofdstuk", "overige hoofdstukken",
                                                "paragraaf", "route", "zekerheid", "input", "reactie", "status"});
        lxw_row_t row = 1;
        for (const auto& p : sheet.points) {
            write_row(ws, row, {p.id, "Havenbedrijf", "bedrijfsleven", p.id.substr(0, 4), p.chapter, p.others, p.section,
                                p.route, "", "De tekst van het punt.", p.reaction, p.status});
            worksheet_write_number(ws, row, 8, 0.5, nullptr);
            ++row;
        }
    }
    lxw_worksheet* info = workbook_add_worksheet(workbook, "Info");
    write_row(info, 0, {en ? "format version" : "formaatversie"});
    worksheet_write_number(info, 0, 1, 1, nullptr);
    if (sheet.with_original) {
        lxw_worksheet* ws = workbook_add_worksheet(workbook, en ? "Original" : "Origineel");
        write_row(ws, 0,
                  en ? std::vector<std::string>{"id", "chapter", "other chapters", "section", "route", "status", "response"}
                     : std::vector<std::string>{"id", "hoofdstuk", "overige hoofdstukken", "paragraaf", "route", "status",
                                                "reactie"});
        lxw_row_t row = 1;
        for (const auto& p : sheet.original)
            write_row(ws, row++, {p.id, p.chapter, p.others, p.section, p.route, p.status, p.reaction});
        worksheet_hide(ws);
    }
    std::string editor = sheet.last_modified_by;
    lxw_doc_properties properties{};
    properties.author = editor.data();  // libxlsxwriter writes the author as the last editor too
    workbook_set_properties(workbook, &properties);
    if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("libxlsxwriter could not write " + file.string());
}

}  // namespace inspraak::test
