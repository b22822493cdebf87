#include "review_sheet_layout.hpp"

namespace inspraak::report_xlsx {
namespace {

bool english(const std::string& language) { return language == "en"; }

}  // namespace

SheetNames sheet_names(const std::string& language) {
    if (english(language)) return {"Points", "Chapters", "Info", "Original", "Changes"};
    return {"Punten", "Hoofdstukken", "Info", "Origineel", "Wijzigingen"};
}

std::vector<Column> point_columns(const std::string& language, bool with_personal_data, bool with_changes) {
    const bool en = english(language);
    std::vector<Column> columns{
        {ColumnKey::id, "id", 10, ColumnKind::text},
        {ColumnKey::stakeholder, en ? "stakeholder" : "afzender", 28, ColumnKind::wrapped_text},
        {ColumnKey::group, en ? "group" : "groep", 14, ColumnKind::text},
    };
    if (with_personal_data) {
        columns.push_back({ColumnKey::name, en ? "name" : "naam", 22, ColumnKind::text});
        columns.push_back({ColumnKey::email, en ? "email" : "e-mail", 28, ColumnKind::text});
    }
    const std::vector<Column> rest{
        {ColumnKey::submission, en ? "submission" : "inzending", 11, ColumnKind::text},
        {ColumnKey::chapter, en ? "chapter" : "hoofdstuk", 28, ColumnKind::wrapped_text},
        {ColumnKey::other_chapters, en ? "other chapters" : "overige hoofdstukken", 28, ColumnKind::wrapped_text},
        {ColumnKey::section, en ? "section" : "paragraaf", 10, ColumnKind::text},
        {ColumnKey::route, "route", 22, ColumnKind::text},
        {ColumnKey::confidence, en ? "confidence" : "zekerheid", 11, ColumnKind::percentage},
        {ColumnKey::input, "input", 60, ColumnKind::wrapped_text},
        {ColumnKey::reaction, en ? "response" : "reactie", 60, ColumnKind::wrapped_text},
        {ColumnKey::status, "status", 11, ColumnKind::text},
        {ColumnKey::group_size, en ? "identical" : "gelijkluidend", 13, ColumnKind::count},
        {ColumnKey::origin, en ? "origin" : "herkomst", 36, ColumnKind::wrapped_text},
    };
    columns.insert(columns.end(), rest.begin(), rest.end());
    if (with_changes) columns.push_back({ColumnKey::changes, en ? "changes" : "wijzigingen", 30, ColumnKind::wrapped_text});
    return columns;
}

std::vector<Column> original_columns(const std::string& language) {
    const bool en = english(language);
    return {
        {ColumnKey::id, "id", 10, ColumnKind::text},
        {ColumnKey::chapter, en ? "chapter" : "hoofdstuk", 28, ColumnKind::text},
        {ColumnKey::other_chapters, en ? "other chapters" : "overige hoofdstukken", 28, ColumnKind::text},
        {ColumnKey::section, en ? "section" : "paragraaf", 10, ColumnKind::text},
        {ColumnKey::route, "route", 22, ColumnKind::text},
        {ColumnKey::status, "status", 11, ColumnKind::text},
        {ColumnKey::reaction, en ? "response" : "reactie", 60, ColumnKind::text},
    };
}

std::vector<std::string> status_values() { return {"draft", "approved"}; }

}  // namespace inspraak::report_xlsx
