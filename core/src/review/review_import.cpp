#include "review/review_import.hpp"

#include <fmt/core.h>

#include <map>
#include <optional>
#include <set>

#include "inspraak/text.hpp"
#include "review/framework_lookup.hpp"
#include "review/point_decisions.hpp"

namespace inspraak::core {
namespace {

// The review sheet's format version this importer understands (report-xlsx's Info sheet).
constexpr int supported_format_version = 1;

// Columns by their header in either language, as report-xlsx's review_sheet_layout writes them.
enum class Field { id, chapter, other_chapters, section, route, reaction, status };

const std::vector<std::pair<Field, std::vector<std::string>>>& header_names() {
    static const std::vector<std::pair<Field, std::vector<std::string>>> names{
        {Field::id, {"id"}},
        {Field::chapter, {"hoofdstuk", "chapter"}},
        {Field::other_chapters, {"overige hoofdstukken", "other chapters"}},
        {Field::section, {"paragraaf", "section"}},
        {Field::route, {"route"}},
        {Field::reaction, {"reactie", "response", "reaction"}},
        {Field::status, {"status"}},
    };
    return names;
}

// The cells of one sheet by field, rows keyed by point id.
class Table {
public:
    Table(const std::vector<XlsxRow>& rows) : rows_(rows) {
        if (rows.empty()) return;
        const XlsxRow& header = rows.front();
        for (size_t c = 0; c < header.size(); ++c) {
            std::string name = text::fold_for_comparison(header[c]);
            for (const auto& [field, names] : header_names())
                for (const auto& n : names)
                    if (name == n && !columns_.contains(field)) columns_[field] = c;
        }
    }
    bool has(Field field) const { return columns_.contains(field); }
    // The cell, with line ends as "\n" and no surrounding whitespace; std::nullopt without column.
    std::optional<std::string> cell(size_t row, Field field) const {
        auto it = columns_.find(field);
        if (it == columns_.end()) return std::nullopt;
        return std::string(text::trim(xlsx_cell(rows_[row], it->second)));
    }
    std::string id(size_t row) const { return cell(row, Field::id).value_or(""); }
    size_t size() const { return rows_.size(); }

private:
    const std::vector<XlsxRow>& rows_;
    std::map<Field, size_t> columns_;
};

const std::string* first_sheet(const XlsxWorkbook& workbook, std::initializer_list<const char*> names) {
    for (const auto& name : workbook.sheet_names())
        for (const char* wanted : names)
            if (name == wanted) return &name;
    return nullptr;
}

void check_format_version(const XlsxWorkbook& workbook, const std::string& file_label) {
    if (!workbook.has_sheet("Info")) return;
    for (const auto& row : workbook.rows("Info")) {
        std::string label = text::fold_for_comparison(xlsx_cell(row, 0));
        if (label != "formaatversie" && label != "format version") continue;
        int version = std::atoi(xlsx_cell(row, 1).c_str());
        if (version > supported_format_version)
            throw XlsxError(Message{"review.newer_format", {file_label, std::to_string(version),
                                                            std::to_string(supported_format_version)}});
    }
}

bool same_text(const std::optional<std::string>& a, const std::optional<std::string>& b) {
    return text::normalize_whitespace(a.value_or("")) == text::normalize_whitespace(b.value_or(""));
}

class RowImporter {
public:
    RowImporter(DecisionRecorder& recorder, const FrameworkLookup& lookup) : recorder_(recorder), lookup_(lookup) {}

    // Fills `change` from the edited cells of one row; returns the conflicts (empty: fine).
    std::vector<Message> read(const std::string& id, const Table& sheet, size_t sheet_row, const Table& original,
                                  size_t original_row, PointChange& change) const {
        std::vector<Message> conflicts;
        const PointState state = recorder_.state(id);
        auto conflict = [&](Message why) { conflicts.push_back(Message{"review.row_conflict", {id}, {std::move(why)}}); };
        auto changed_in_store = [&](const char* field) {
            conflict(Message{"review.changed_in_store", {}, {Message{std::string("field.") + field}}});
        };

        // Chapters: the first chapter and the others together.
        if (sheet.has(Field::chapter) && original.has(Field::chapter)) {
            auto now_first = sheet.cell(sheet_row, Field::chapter), was_first = original.cell(original_row, Field::chapter);
            auto now_others = sheet.cell(sheet_row, Field::other_chapters);
            auto was_others = original.cell(original_row, Field::other_chapters);
            if (!same_text(now_first, was_first) || !same_text(now_others, was_others)) {
                auto now = chapter_ids(now_first, now_others);
                auto was = chapter_ids(was_first, was_others);
                if (!now) conflict(now.error().message);
                else if (*now == state.chapters) {}  // recorded before
                else if (!was || *was != state.chapters) changed_in_store("chapters");
                else change.chapters = *now;
            }
        }
        const std::vector<std::string>& chapters = change.chapters ? *change.chapters : state.chapters;
        const std::string primary = chapters.empty() ? "" : chapters.front();
        if (sheet.has(Field::section) && original.has(Field::section)) {
            auto now_text = sheet.cell(sheet_row, Field::section), was_text = original.cell(original_row, Field::section);
            if (!same_text(now_text, was_text)) {
                auto now = lookup_.section(now_text.value_or(""), primary);
                auto was = lookup_.section(was_text.value_or(""), state.chapters.empty() ? "" : state.chapters.front());
                if (!now) conflict(now.error().message);
                else if (*now == state.section) {}
                else if (!was || *was != state.section) changed_in_store("section");
                else change.section = *now;
            }
        }
        if (sheet.has(Field::route) && original.has(Field::route)) {
            auto now_text = sheet.cell(sheet_row, Field::route), was_text = original.cell(original_row, Field::route);
            if (!same_text(now_text, was_text)) {
                auto now = lookup_.route(now_text.value_or(""));
                // An unclassified point is shown with route "geen".
                std::string stored = state.classified ? state.route : std::string(no_route);
                if (!now) conflict(now.error().message);
                else if (*now == stored) {}
                else if (text::fold_for_comparison(was_text.value_or("")) != text::fold_for_comparison(stored))
                    changed_in_store("route");
                else change.route = *now;
            }
        }
        if (sheet.has(Field::reaction) && original.has(Field::reaction)) {
            auto now = sheet.cell(sheet_row, Field::reaction), was = original.cell(original_row, Field::reaction);
            if (*now != *was) {
                std::string stored(text::trim(state.reaction));
                if (*now == stored) {}
                else if (*was != stored) changed_in_store("reaction");
                else change.reaction = *now;
            }
        }
        if (sheet.has(Field::status) && original.has(Field::status)) {
            auto now_text = sheet.cell(sheet_row, Field::status), was_text = original.cell(original_row, Field::status);
            auto now = parse_status(now_text.value_or("")), was = parse_status(was_text.value_or(""));
            std::string stored = state.has_reaction ? state.status : "draft";
            if (!now) {
                conflict(Message{"lookup.unknown_status", {*now_text}});
            } else if (now != was) {
                if (*now == stored) {}
                else if (!was || *was != stored) changed_in_store("status");
                else change.status = *now;
            }
        }
        return conflicts;
    }

private:
    AppResult<std::vector<std::string>> chapter_ids(const std::optional<std::string>& first,
                                                 const std::optional<std::string>& others) const {
        std::string list = first.value_or("");
        if (others && !others->empty()) list += ";" + *others;
        return lookup_.chapters(list);
    }

    DecisionRecorder& recorder_;
    const FrameworkLookup& lookup_;
};

std::string sheet_author(const std::string& given, const XlsxWorkbook& workbook) {
    if (!text::normalize_whitespace(given).empty()) return decision_author(given);
    std::string editor = text::normalize_whitespace(workbook.last_modified_by());
    // report-xlsx names the generator, never a person; that is no one's edit.
    if (!editor.empty() && editor != machine_author) return editor;
    return decision_author("");
}

}  // namespace

ReviewImportSummary import_review(Store& store, const XlsxWorkbook& workbook, const std::vector<Workstream>& workstreams,
                                  const std::string& who) {
    const std::string* points_sheet = first_sheet(workbook, {"Punten", "Points"});
    if (points_sheet == nullptr)
        throw XlsxError(Message{"review.no_points_sheet"});
    const std::string* original_sheet = first_sheet(workbook, {"Origineel", "Original"});
    if (original_sheet == nullptr)
        throw XlsxError(Message{"review.no_original_sheet"});
    check_format_version(workbook, *points_sheet);
    Table sheet(workbook.rows(*points_sheet));
    Table original(workbook.rows(*original_sheet));
    if (!sheet.has(Field::id) || !original.has(Field::id))
        throw XlsxError(Message{"review.no_id_column"});

    ReviewImportSummary summary;
    summary.who = sheet_author(who, workbook);
    Framework framework = store.framework();
    FrameworkLookup lookup(framework, workstreams);

    std::map<std::string, size_t> original_rows;
    for (size_t r = 1; r < original.size(); ++r)
        if (auto id = original.id(r); !id.empty()) original_rows.emplace(id, r);

    // One unit of work: the recorder reads the store as it is inside it, and a failure midway
    // records nothing.
    store.write([&](Store&) {
        DecisionRecorder recorder(store, lookup, summary.who);
        recorder.preload();  // the sheet has a row for most points
        RowImporter importer(recorder, lookup);
        std::set<std::string> seen;
        for (size_t r = 1; r < sheet.size(); ++r) {
            const std::string id = sheet.id(r);
            if (id.empty()) continue;
            if (!seen.insert(id).second) {
                summary.conflicts.push_back(Message{"review.duplicate_row", {id}});
                continue;
            }
            if (!recorder.has_point(id)) {
                summary.conflicts.push_back(Message{"review.unknown_point", {id}});
                continue;
            }
            auto original_row = original_rows.find(id);
            if (original_row == original_rows.end()) {
                summary.conflicts.push_back(Message{"review.missing_original_row", {id, *original_sheet}});
                continue;
            }
            PointChange change;
            auto conflicts = importer.read(id, sheet, r, original, original_row->second, change);
            if (!conflicts.empty()) {
                summary.conflicts.insert(summary.conflicts.end(), conflicts.begin(), conflicts.end());
                continue;
            }
            if (change.empty()) {
                ++summary.unchanged;
                continue;
            }
            // The sheet has one row per group (its lead): the row's decision holds for the group.
            auto applied = recorder.apply_to_group(id, change);
            if (!applied) {
                summary.conflicts.push_back(applied.error().message);
                continue;
            }
            summary.group_points += static_cast<int>(applied->also_changed.size());
            int fields = 0;
            for (const auto& c : applied->changes)
                if (c.field != "decided_by") ++fields;
            if (applied->changes.empty()) {
                ++summary.unchanged;
            } else {
                ++summary.changed_points;
                summary.changed_fields += fields;
            }
        }
        for (const auto& [id, row] : original_rows)
            if (!seen.contains(id)) ++summary.not_in_sheet;
    });
    return summary;
}

}  // namespace inspraak::core
