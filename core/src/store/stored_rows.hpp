// Reading the store's rows into its values, the same for every backend: each backend wraps its
// row in a type with text(i), integer(i) and real(i), and these read the columns in the order
// its queries name them. One reading per value, so that the backends cannot drift apart.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/json_list.hpp"
#include "store/store_types.hpp"

namespace inspraak::core {

inline const char* section_kind_name(SectionKind kind) {
    switch (kind) {
        case SectionKind::chapter: return "chapter";
        case SectionKind::appendix: return "appendix";
        case SectionKind::section: return "section";
    }
    return "chapter";
}

inline SectionKind section_kind_from(const std::string& name) {
    if (name == "appendix") return SectionKind::appendix;
    if (name == "section") return SectionKind::section;
    return SectionKind::chapter;
}

// Columns: id, path, sha256, plugin, status, error.
template <typename Row>
StoredFile read_file_row(const Row& row) {
    return StoredFile{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5)};
}

// What read_embedded_row reads, in its order (parent_id NULL reads as 0).
inline constexpr const char* embedded_file_columns =
    "id, file_id, coalesce(parent_id, 0), ordinal, name, media_type, relation, container, sha256, plugin, status, "
    "error, body";

template <typename Row>
EmbeddedFileRow read_embedded_row(const Row& row) {
    return EmbeddedFileRow{row.integer(0), row.integer(1), row.integer(2), static_cast<int>(row.integer(3)),
                           row.text(4),    row.text(5),    row.text(6),    row.text(7),
                           row.text(8),    row.text(9),    row.text(10),   row.text(11),
                           row.text(12)};
}

// Columns from `first` on: s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email,
// k.phone, s.subject, s.date, s.body, s.reference, s.notes.
template <typename Row>
StoredSubmission read_submission_columns(const Row& row, int first) {
    StoredSubmission submission;
    submission.id = row.text(first);
    submission.source = row.text(first + 1);
    submission.index_in_file = static_cast<int>(row.integer(first + 2));
    submission.stakeholder = Stakeholder{row.text(first + 3), row.text(first + 4), row.text(first + 5),
                                         row.text(first + 6), row.text(first + 7)};
    submission.subject = row.text(first + 8);
    submission.date = row.text(first + 9);
    submission.body = row.text(first + 10);
    submission.reference = row.text(first + 11);
    submission.notes = from_json_list(row.text(first + 12));
    return submission;
}

// Columns: id, submission_id, position, text, heading, reference.
template <typename Row>
Point read_point_row(const Row& row) {
    return Point{row.text(0), row.text(1), static_cast<int>(row.integer(2)), row.text(3), row.text(4), row.text(5)};
}

// Columns from `first`: route, confidence, why, method, decided_by (the chapters come apart).
template <typename Row>
StoredClassification read_classification_columns(const Row& row, int first) {
    StoredClassification stored;
    stored.classification.route = row.text(first);
    stored.classification.confidence = row.real(first + 1);
    stored.classification.why = from_json_list(row.text(first + 2));
    stored.classification.method = row.text(first + 3);
    stored.decided_by = row.text(first + 4);
    return stored;
}

// Points with all that belongs to them but the submission's body (Store::points_by_id, the pages
// of Store::points_after; read by read_point_detail): the columns, then the joins they come from.
// The backend adds its condition and order; the chapters come from a query of their own.
inline constexpr const char* point_detail_columns =
    "SELECT p.id, p.submission_id, p.position, p.text, p.heading, p.reference, s.id, f.path, s.index_in_file, "
    "k.name, k.organisation, k.grp, k.email, k.phone, s.subject, s.date, '', s.reference, s.notes, "
    "coalesce(p.embedded_file_id, 0), "
    "CASE WHEN c.point_id IS NULL THEN 0 ELSE 1 END, c.route, c.confidence, c.why, c.method, c.decided_by, "
    "CASE WHEN r.point_id IS NULL THEN 0 ELSE 1 END, r.text, r.status, r.author, "
    "CASE WHEN g.point_id IS NULL THEN 0 ELSE 1 END, g.group_id, g.similarity, coalesce(a.officer, ''), s.seq ";
inline constexpr const char* point_detail_joins =
    "FROM points p JOIN submissions s ON s.id = p.submission_id JOIN files f ON f.id = s.file_id "
    "JOIN stakeholders k ON k.id = s.stakeholder_id ";
// What the machine and the officers added to a point, joined after point_detail_joins (or after a
// backend's own joins of p, s, f and k for a walk in round order: see sqlite_queries.cpp).
inline constexpr const char* point_detail_added_joins =
    "LEFT JOIN classifications c ON c.point_id = p.id LEFT JOIN reactions r ON r.point_id = p.id "
    "LEFT JOIN point_groups g ON g.point_id = p.id LEFT JOIN assignments a ON a.point_id = p.id ";

// Reads a row of point_detail_columns.
template <typename Row>
PointDetail read_point_detail(const Row& row) {
    PointDetail found;
    found.point = read_point_row(row);
    found.submission = read_submission_columns(row, 6);
    found.embedded_file_id = row.integer(19);
    if (row.integer(20) != 0) found.classification = read_classification_columns(row, 21);
    if (row.integer(26) != 0) found.reaction = Reaction{row.text(27), row.text(28), row.text(29)};
    if (row.integer(30) != 0) found.group = PointGroup{found.point.id, row.text(31), row.real(32)};
    found.assigned_to = row.text(33);
    return found;
}

// The condition of a walk's rows (RoundWalk) on the joins of point_detail_joins.
inline constexpr const char* published_rows_only = "AND (g.point_id IS NULL OR g.group_id = p.id) ";

// The submission's sequence number of a row of point_detail_columns: where a walk in round order stands.
template <typename Row>
int64_t read_point_detail_seq(const Row& row) {
    return row.integer(34);
}

// The walk through the points that belong to a group (Store::grouped_points_after), by the
// submissions' seq index and each one's points by position (no sort, whatever the round's size):
// the columns; the backend adds the joins of s, p and g, the page's condition, order and limit.
// Read by read_grouped_point.
inline constexpr const char* grouped_point_columns = "SELECT p.id, g.group_id, p.text, s.seq, p.position ";

template <typename Row>
GroupedPoint read_grouped_point(const Row& row, RoundCursor& at) {
    at = RoundCursor{row.integer(3), static_cast<int>(row.integer(4))};
    return GroupedPoint{row.text(0), row.text(1), row.text(2)};
}

// Point ids as one JSON array: a statement takes a page's ids as one parameter (json_each in
// SQLite, json_array_elements_text in PostgreSQL).
inline std::string ids_json(const std::vector<std::string>& ids) { return nlohmann::json(ids).dump(); }

// The classifications a page of points read, by point id: what its chapters' query fills in.
using ClassifiedPoints = std::map<std::string, StoredClassification*>;
template <typename Rows>
ClassifiedPoints classified_points(Rows& rows) {
    ClassifiedPoints classified;
    for (auto& row : rows)
        if (row.classification) classified[row.point.id] = &*row.classification;
    return classified;
}
inline std::string ids_json(const ClassifiedPoints& classified) {
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& [id, classification] : classified) ids.push_back(id);
    return ids.dump();
}

// Columns: name, role, password_hash, created_at, updated_at.
template <typename Row>
StoredUser read_user_row(const Row& row) {
    return StoredUser{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

// Columns: point_id, kind, text, decided_by, decided_at.
template <typename Row>
KeptPublicText read_kept_public_row(const Row& row) {
    return KeptPublicText{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

// Columns: id, ordinal, kind, scope, chapter, chapter_title, section, page, old_chapter, old_section,
// old_page, old_text, new_text, key (each backend names them as a literal: its statements are
// prepared once, keyed by their text's address).

template <typename Row>
FrameworkChange read_framework_change_row(const Row& row) {
    FrameworkChange change;
    change.id = row.integer(0);
    change.ordinal = static_cast<int>(row.integer(1));
    change.kind = row.text(2);
    change.scope = row.text(3);
    change.chapter = row.text(4);
    change.chapter_title = row.text(5);
    change.section = row.text(6);
    change.page = static_cast<int>(row.integer(7));
    change.old_chapter = row.text(8);
    change.old_section = row.text(9);
    change.old_page = static_cast<int>(row.integer(10));
    change.old_text = row.text(11);
    change.new_text = row.text(12);
    change.key = row.text(13);
    return change;
}

// Columns: point_id, change_id, score, state, decided_by, decided_at.
template <typename Row>
ChangeLink read_change_link_row(const Row& row) {
    return ChangeLink{row.text(0), row.integer(1), row.real(2), row.text(3), row.text(4), row.text(5)};
}

}  // namespace inspraak::core
