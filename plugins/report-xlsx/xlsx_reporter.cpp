#include "xlsx_reporter.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "inspraak/report_stream.hpp"
#include "inspraak/report_templates.hpp"
#include "inspraak/report_view.hpp"
#include "review_sheet_layout.hpp"
#include "xlsx_file.hpp"

namespace inspraak::report_xlsx {
namespace {

constexpr std::size_t excel_cell_limit = 32767;    // characters per cell
constexpr std::size_t excel_list_limit = 255;      // characters in a literal validation list

struct Formats {
    lxw_format* header;
    lxw_format* text;
    lxw_format* wrapped;
    lxw_format* percentage;
    lxw_format* label;
};

Formats make_formats(lxw_workbook* workbook) {
    Formats formats{};
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xD9E1F2);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(formats.header);

    formats.text = workbook_add_format(workbook);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);

    formats.wrapped = workbook_add_format(workbook);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(formats.wrapped);

    formats.percentage = workbook_add_format(workbook);
    format_set_align(formats.percentage, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(formats.percentage, "0%");

    formats.label = workbook_add_format(workbook);
    format_set_bold(formats.label);
    return formats;
}

lxw_format* format_for(ColumnKind kind, const Formats& formats) {
    switch (kind) {
        case ColumnKind::wrapped_text: return formats.wrapped;
        case ColumnKind::percentage: return formats.percentage;
        case ColumnKind::count:
        case ColumnKind::text: break;
    }
    return formats.text;
}

// Every text goes through here: worksheet_write_string stores a string cell whatever the text
// looks like ("=SUM(A1)" stays text), never a formula.
void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
    check(worksheet_write_string(sheet, row, col, cell_text(text).c_str(), format), "tekst in cel");
}

lxw_worksheet* add_sheet(lxw_workbook* workbook, const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
    if (sheet == nullptr) fail("werkblad " + name, LXW_ERROR_SHEETNAME_ALREADY_USED);
    return sheet;
}

void write_header(lxw_worksheet* sheet, const std::vector<Column>& columns, const Formats& formats) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        check(worksheet_set_column(sheet, col, col, columns[c].width, nullptr), "kolombreedte");
        write_text(sheet, 0, col, columns[c].header, formats.header);
    }
}

std::string other_chapters(const ReportPoint& point) {
    std::string others;
    for (std::size_t i = 1; i < point.chapters.size(); ++i) {
        if (!others.empty()) others += "; ";
        others += chapter_cell(point.chapters[i]);
    }
    return others;
}

std::string first_chapter(const ReportPoint& point) {
    return point.chapters.empty() ? std::string{} : chapter_cell(point.chapters.front());
}

// The labels of the round's language (labels.json), for the wording the sheet shares with the
// memo; empty when the templates cannot be read.
nlohmann::json sheet_labels(const ReportHead& model) {
    if (model.templates_dir.empty()) return nlohmann::json::object();
    auto labels = report::read_labels(model.templates_dir, model.language);
    return labels ? labels.value() : nlohmann::json::object();
}

std::string label_or(const nlohmann::json& labels, const char* key, const std::string& fallback) {
    const auto found = labels.find(key);
    return found != labels.end() && found->is_string() ? found->get<std::string>() : fallback;
}

// The framework's changes that answer each point, as the changes column shows them:
// "W3: 5.2 toegevoegd; W7: H2 herschreven" (the number as in the memo's annex).
std::map<std::string, std::string> linked_changes(const ReportHead& model, const nlohmann::json& labels) {
    std::map<std::string, std::string> cells;
    for (const auto& change : model.framework_changes) {
        const std::string where = change.section.empty()
                                      ? report::chapter_reference(ReportChapter{{}, change.chapter, {}, 0}, labels)
                                      : change.section;
        const std::string entry = report::change_number(change, labels) + ": " + where + " " +
                                  label_or(labels, ("change_" + change.kind).c_str(), change.kind);
        for (const auto& point : change.points) {
            std::string& cell = cells[point.id];
            cell += (cell.empty() ? "" : "; ") + entry;
        }
    }
    return cells;
}

// The text of a column for one point; confidence is written as a number elsewhere.
std::string point_value(ColumnKey key, const ReportPoint& point, const Stakeholder* who,
                        const std::map<std::string, std::string>* changes = nullptr) {
    switch (key) {
        case ColumnKey::id: return point.id;
        case ColumnKey::stakeholder: return point.label;
        case ColumnKey::group: return point.group;
        case ColumnKey::name: return who ? who->name : std::string{};
        case ColumnKey::email: return who ? who->email : std::string{};
        case ColumnKey::submission: return point.submission_id;
        case ColumnKey::chapter: return first_chapter(point);
        case ColumnKey::other_chapters: return other_chapters(point);
        case ColumnKey::section: return point.section;
        case ColumnKey::route: return point.route;
        case ColumnKey::input: return point.text;
        case ColumnKey::reaction: return point.reaction;
        case ColumnKey::status: return point.status;
        case ColumnKey::origin: return point.origin;
        case ColumnKey::changes:
            if (changes == nullptr) break;
            if (auto found = changes->find(point.id); found != changes->end()) return found->second;
            break;
        case ColumnKey::confidence:
        case ColumnKey::group_size: break;
    }
    return {};
}

lxw_row_t data_row(std::size_t index) {
    if (index + 1 >= LXW_ROW_MAX) fail("te veel punten voor één werkblad", LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    return static_cast<lxw_row_t>(index + 1);
}

// The rows of the points sheet and of the hidden original sheet, in one pass over the source: in
// constant-memory mode every sheet takes its rows in order, and a row is written out when the
// next one starts.
void write_rows(lxw_worksheet* points, lxw_worksheet* original, ReportSource& source, const std::vector<Column>& columns,
                const Formats& formats) {
    const ReportHead& model = source.head();
    const auto changes = linked_changes(model, sheet_labels(model));
    const auto originals = original_columns(model.language);
    std::size_t p = 0;
    report::for_each_point(source, {}, [&](const ReportEntry& entry) {
        const ReportPoint& point = entry.point;
        const lxw_row_t row = data_row(p++);
        const Stakeholder* who = model.with_personal_data ? &entry.submission.stakeholder : nullptr;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* format = format_for(columns[c].kind, formats);
            if (columns[c].key == ColumnKey::confidence) {
                check(worksheet_write_number(points, row, col, point.confidence, format), "zekerheid");
            } else if (columns[c].key == ColumnKey::group_size) {
                check(worksheet_write_number(points, row, col, point.group_size, format), "gelijkluidend");
            } else {
                write_text(points, row, col, point_value(columns[c].key, point, who, &changes), format);
            }
        }
        for (std::size_t c = 0; c < originals.size(); ++c)
            write_text(original, row, static_cast<lxw_col_t>(c), point_value(originals[c].key, point, nullptr), formats.text);
    });
}

lxw_col_t column_of(const std::vector<Column>& columns, ColumnKey key) {
    const auto found = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.key == key; });
    return static_cast<lxw_col_t>(found - columns.begin());
}

// A drop-down on one column over the data rows: either a literal list or a cell range.
struct ListValidation {
    std::vector<std::string> values;  // literal list, or
    std::string range;                // a formula such as "Info!$A$12:$A$15"
    std::string title;
    std::string message;
};

void add_list_validation(lxw_worksheet* sheet, lxw_row_t last_row, lxw_col_t col, ListValidation list) {
    lxw_data_validation validation{};
    std::vector<char*> pointers;
    if (list.range.empty()) {
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        for (auto& value : list.values) pointers.push_back(value.data());
        pointers.push_back(nullptr);
        validation.value_list = pointers.data();
    } else {
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = list.range.data();
    }
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    validation.error_title = list.title.data();
    validation.error_message = list.message.data();
    check(worksheet_data_validation_range(sheet, 1, col, last_row, col, &validation), "keuzelijst " + list.title);
}

bool fits_literal_list(const std::vector<std::string>& values) {
    std::size_t length = 0;
    for (const auto& value : values) {
        if (value.find_first_of(",\"") != std::string::npos) return false;
        length += value.size() + 1;
    }
    return length <= excel_list_limit + 1;
}

// Where the Info sheet lists the routes (id in column A), for a route list too long to inline.
struct RouteRange {
    lxw_row_t first = 0;
    lxw_row_t last = 0;
};

std::string info_range(const SheetNames& names, RouteRange rows) {
    return "'" + names.info + "'!$A$" + std::to_string(rows.first + 1) + ":$A$" + std::to_string(rows.last + 1);
}

std::vector<std::string> route_values(const ReportHead& model) {
    std::vector<std::string> routes;
    for (const auto& workstream : model.workstreams) routes.push_back(workstream.id);
    if (std::find(routes.begin(), routes.end(), no_route) == routes.end()) routes.emplace_back(no_route);
    return routes;
}

void add_validations(lxw_worksheet* sheet, const ReportHead& model, const std::vector<Column>& columns,
                     const SheetNames& names, RouteRange route_rows) {
    if (model.point_count == 0) return;
    const bool en = model.language == "en";
    const lxw_row_t last = data_row(static_cast<std::size_t>(model.point_count - 1));

    ListValidation routes;
    routes.values = route_values(model);
    // Only when the ids do not fit in a literal list: libxlsxwriter 1.1.4 leaks the formula of
    // a list validation (a few bytes per workbook), so the literal list is the usual case.
    if (!fits_literal_list(routes.values)) routes.range = info_range(names, route_rows);
    routes.title = "route";
    routes.message = en ? "Choose a workstream from the list, or \"geen\"."
                        : "Kies een werkspoor uit de lijst, of \"geen\".";
    add_list_validation(sheet, last, column_of(columns, ColumnKey::route), routes);

    ListValidation status;
    status.values = status_values();
    status.title = "status";
    status.message = en ? "Choose draft or approved." : "Kies draft (concept) of approved (vastgesteld).";
    add_list_validation(sheet, last, column_of(columns, ColumnKey::status), status);

}

// The points sheet and, hidden, the original values of its editable columns.
void write_points_sheets(lxw_worksheet* sheet, lxw_worksheet* original, ReportSource& source, const SheetNames& names,
                         const Formats& formats, RouteRange route_rows) {
    const ReportHead& model = source.head();
    const auto columns = point_columns(model.language, model.with_personal_data, !model.framework_changes.empty());
    write_header(sheet, columns, formats);
    write_header(original, original_columns(model.language), formats);
    write_rows(sheet, original, source, columns, formats);
    worksheet_hide(original);
    const auto last_col = static_cast<lxw_col_t>(columns.size() - 1);
    worksheet_freeze_panes(sheet, 1, 0);
    check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(model.point_count), last_col), "filter");
    add_validations(sheet, model, columns, names, route_rows);
    // On paper: landscape, one page wide, the header on every page.
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    check(worksheet_repeat_rows(sheet, 0, 0), "afdrukkop");
}

void write_chapters_sheet(lxw_worksheet* sheet, const ReportHead& model, const Formats& formats) {
    const bool en = model.language == "en";
    const std::vector<Column> columns{
        {ColumnKey::section, en ? "number" : "nummer", 10, ColumnKind::text},
        {ColumnKey::chapter, en ? "title" : "titel", 50, ColumnKind::wrapped_text},
        {ColumnKey::chapter, en ? "as in Points" : "zoals in Punten", 50, ColumnKind::wrapped_text},
    };
    write_header(sheet, columns, formats);
    for (std::size_t i = 0; i < model.chapters.size(); ++i) {
        const lxw_row_t row = data_row(i);
        write_text(sheet, row, 0, model.chapters[i].number, formats.text);
        write_text(sheet, row, 1, model.chapters[i].title, formats.wrapped);
        write_text(sheet, row, 2, chapter_cell(model.chapters[i]), formats.wrapped);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

// The revised framework's changes, as the memo's annex has them: number, kind, where, both
// texts and the points that led to it. Read only: import-review does not look at it.
void write_changes_sheet(lxw_worksheet* sheet, const ReportHead& model, const Formats& formats) {
    const bool en = model.language == "en";
    const nlohmann::json labels = sheet_labels(model);
    const std::vector<Column> columns{
        {ColumnKey::id, en ? "number" : "nummer", 9, ColumnKind::text},
        {ColumnKey::status, en ? "change" : "wijziging", 13, ColumnKind::text},
        {ColumnKey::chapter, en ? "chapter" : "hoofdstuk", 28, ColumnKind::wrapped_text},
        {ColumnKey::section, en ? "section" : "paragraaf", 10, ColumnKind::text},
        {ColumnKey::group_size, en ? "page" : "pagina", 8, ColumnKind::count},
        {ColumnKey::input, en ? "old text" : "oude tekst", 60, ColumnKind::wrapped_text},
        {ColumnKey::reaction, en ? "new text" : "nieuwe tekst", 60, ColumnKind::wrapped_text},
        {ColumnKey::stakeholder, en ? "points" : "punten", 40, ColumnKind::wrapped_text},
    };
    write_header(sheet, columns, formats);
    for (std::size_t i = 0; i < model.framework_changes.size(); ++i) {
        const ReportChange& change = model.framework_changes[i];
        const lxw_row_t row = data_row(i);
        std::string points;
        for (const auto& point : change.points) points += (points.empty() ? "" : "; ") + point.id + " (" + point.label + ")";
        write_text(sheet, row, 0, report::change_number(change, labels), formats.text);
        write_text(sheet, row, 1, label_or(labels, ("change_" + change.kind).c_str(), change.kind), formats.text);
        write_text(sheet, row, 2, chapter_cell(ReportChapter{{}, change.chapter, change.chapter_title, 0}), formats.wrapped);
        write_text(sheet, row, 3, change.section, formats.text);
        if (change.page > 0) check(worksheet_write_number(sheet, row, 4, change.page, formats.text), "pagina");
        write_text(sheet, row, 5, change.old_text, formats.wrapped);
        write_text(sheet, row, 6, change.new_text, formats.wrapped);
        write_text(sheet, row, 7, points, formats.wrapped);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

// Key-value lines, then the routes. Returns where the route ids are.
RouteRange write_info_sheet(lxw_worksheet* sheet, const ReportHead& model, const Formats& formats) {
    const bool en = model.language == "en";
    check(worksheet_set_column(sheet, 0, 0, 24, nullptr), "kolombreedte");
    check(worksheet_set_column(sheet, 1, 1, 70, nullptr), "kolombreedte");
    const std::vector<std::pair<std::string, std::string>> lines{
        {en ? "title" : "titel", model.title},
        {en ? "date" : "datum", model.date},
        {en ? "framework" : "kader", model.framework_title},
        {en ? "language" : "taal", model.language},
        {en ? "personal data" : "persoonsgegevens", model.with_personal_data ? (en ? "yes" : "ja") : (en ? "no" : "nee")},
        {en ? "generated by" : "gemaakt door", std::string(review_sheet_generator)},
    };
    lxw_row_t row = 0;
    for (const auto& [key, value] : lines) {
        write_text(sheet, row, 0, key, formats.label);
        write_text(sheet, row, 1, value, formats.text);
        ++row;
    }
    write_text(sheet, row, 0, en ? "format version" : "formaatversie", formats.label);
    check(worksheet_write_number(sheet, row, 1, review_sheet_format_version, formats.text), "formaatversie");
    row += 2;
    const std::string version = std::to_string(review_sheet_format_version);
    write_text(sheet, row, 0,
               en ? "This sheet was generated by inspraak, format version " + version +
                        ". Edit chapter, other chapters, route, response and status on the Points sheet; leave the id "
                        "column and the hidden Original sheet as they are, so that inspraak import-review can read "
                        "the changes back."
                  : "Dit werkblad is gemaakt door inspraak, formaatversie " + version +
                        ". Pas op het blad Punten hoofdstuk, overige hoofdstukken, route, reactie en status aan; laat "
                        "de kolom id en het verborgen blad Origineel zoals ze zijn, dan kan inspraak import-review de "
                        "wijzigingen teruglezen.",
               nullptr);
    row += 2;
    write_text(sheet, row, 0, "route", formats.header);
    write_text(sheet, row, 1, en ? "workstream" : "werkspoor", formats.header);
    ++row;
    RouteRange range{row, row};
    for (const auto& workstream : model.workstreams) {
        write_text(sheet, row, 0, workstream.id, formats.text);
        write_text(sheet, row, 1, workstream.name, formats.text);
        ++row;
    }
    const bool has_geen = std::any_of(model.workstreams.begin(), model.workstreams.end(),
                                      [](const Workstream& w) { return w.id == no_route; });
    if (!has_geen) {
        write_text(sheet, row, 0, std::string(no_route), formats.text);
        write_text(sheet, row, 1, en ? "No follow-up" : "Geen vervolg", formats.text);
        ++row;
    }
    range.last = row - 1;
    return range;
}

std::string memo_label(const ReportHead& model) {
    return label_or(sheet_labels(model), "memo", model.language == "en" ? "Response memo" : "Reactienota");
}

// Only what describes the round: no person's name, not even the officer's.
void set_properties(lxw_workbook* workbook, const ReportHead& model) {
    std::string title = cell_text(model.title);
    std::string subject = memo_label(model);
    std::string creator(review_sheet_generator);
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = creator.data();
    check(workbook_set_properties(workbook, &properties), "eigenschappen");
}

void write_workbook(lxw_workbook* workbook, ReportSource& source) {
    const ReportHead& model = source.head();
    const SheetNames names = sheet_names(model.language);
    const Formats formats = make_formats(workbook);
    // Sheet order is tab order: the points first, so that the workbook opens on them.
    lxw_worksheet* points = add_sheet(workbook, names.points);
    lxw_worksheet* chapters = add_sheet(workbook, names.chapters);
    // Only when the round has a revised framework, like the memo's annex.
    lxw_worksheet* changes = model.framework_changes.empty() ? nullptr : add_sheet(workbook, names.changes);
    lxw_worksheet* info = add_sheet(workbook, names.info);
    lxw_worksheet* original = add_sheet(workbook, names.original);
    const RouteRange route_rows = write_info_sheet(info, model, formats);
    write_points_sheets(points, original, source, names, formats, route_rows);
    write_chapters_sheet(chapters, model, formats);
    if (changes != nullptr) write_changes_sheet(changes, model, formats);
    worksheet_activate(points);
    set_properties(workbook, model);
}

}  // namespace

std::string chapter_cell(const ReportChapter& chapter) {
    if (chapter.number.empty()) return chapter.title;
    if (chapter.title.empty()) return chapter.number;
    return chapter.number + " " + chapter.title;
}

std::string cell_text(const std::string& text) {
    const auto starts_character = [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; };
    const auto characters = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), starts_character));
    if (characters <= excel_cell_limit) return text;
    // Keep limit - 1 characters and end in "…".
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (starts_character(text[i]) && kept++ == excel_cell_limit - 1) return text.substr(0, i) + "\xE2\x80\xA6";
    }
    return text;
}

Result<void> XlsxReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> {
        auto file = TemporaryFile::create();
        if (!file) return Error{"werkmap niet te maken: " + file.error().message};
        {
            Workbook workbook(file->path(), file->path().parent_path());
            write_workbook(workbook.get(), source);
            workbook.close();
        }
        return file->copy_to(sink);
    });
}

Result<std::string> XlsxReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_xlsx
