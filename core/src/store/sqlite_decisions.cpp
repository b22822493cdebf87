// Classifications and reactions in SQLite: what the machine proposes and what a person decides.
// The machine's writes are conditional (an UPSERT whose update holds only while no person
// decided), so that a decision recorded while the machine worked is never overwritten.
#include <fmt/core.h>

#include "store/json_list.hpp"
#include "store/sqlite_backend.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core {

std::map<std::string, StoredClassification> SqliteBackend::classifications() {
    std::map<std::string, StoredClassification> found;
    auto c = statement("SELECT point_id, route, confidence, why, method, decided_by FROM classifications");
    while (c.step()) {
        found[c.text(0)] = read_classification_columns(c, 1);
    }
    auto chapters = statement("SELECT point_id, section_id, score, best_section_id FROM point_chapters ORDER BY point_id, rank");
    while (chapters.step()) {
        auto it = found.find(chapters.text(0));
        if (it == found.end()) continue;
        it->second.classification.chapters.push_back(ChapterScore{chapters.text(1), chapters.real(2), chapters.text(3)});
    }
    return found;
}

void SqliteBackend::replace_chapters(const std::string& point_id, const std::vector<ChapterScore>& chapters) {
    statement("DELETE FROM point_chapters WHERE point_id = ?1").bind(1, point_id).run();
    auto chapter = statement(
        "INSERT INTO point_chapters(point_id, rank, section_id, score, best_section_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    int rank = 0;
    for (const auto& c : chapters)
        chapter.bind(1, point_id).bind(2, ++rank).bind(3, c.section_id).bind(4, c.score).bind(5, c.best_section_id).run();
}

void SqliteBackend::save_classification(const std::string& point_id, const Classification& classification,
                                        const std::string& decided_by) {
    replace_chapters(point_id, classification.chapters);
    statement("INSERT INTO classifications(point_id, route, confidence, why, method, decided_by, updated_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(point_id) DO UPDATE SET route = excluded.route, "
              "confidence = excluded.confidence, why = excluded.why, method = excluded.method, "
              "decided_by = excluded.decided_by, updated_at = excluded.updated_at")
        .bind(1, point_id)
        .bind(2, classification.route)
        .bind(3, classification.confidence)
        .bind(4, to_json_list(classification.why))
        .bind(5, classification.method)
        .bind(6, decided_by)
        .bind(7, now_iso8601())
        .run();
}

bool SqliteBackend::save_machine_classification(const std::string& point_id, const Classification& classification) {
    // The row first: whether it was written decides whether the chapters may follow.
    statement("INSERT INTO classifications(point_id, route, confidence, why, method, decided_by, updated_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, '', ?6) ON CONFLICT(point_id) DO UPDATE SET route = excluded.route, "
              "confidence = excluded.confidence, why = excluded.why, method = excluded.method, "
              "updated_at = excluded.updated_at WHERE classifications.decided_by = ''")
        .bind(1, point_id)
        .bind(2, classification.route)
        .bind(3, classification.confidence)
        .bind(4, to_json_list(classification.why))
        .bind(5, classification.method)
        .bind(6, now_iso8601())
        .run();
    if (db_.changes() == 0) return false;
    replace_chapters(point_id, classification.chapters);
    return true;
}

std::vector<DecidedPoint> SqliteBackend::decided_points() {
    std::vector<DecidedPoint> found;
    std::map<std::string, size_t> index;
    auto s = statement(
        "SELECT p.id, p.text, c.route FROM points p JOIN submissions s ON s.id = p.submission_id "
        "JOIN classifications c ON c.point_id = p.id WHERE c.decided_by <> '' ORDER BY s.seq, p.position");
    while (s.step()) {
        index[s.text(0)] = found.size();
        found.push_back(DecidedPoint{s.text(0), s.text(1), {}, "", s.text(2)});
    }
    auto chapters = statement(
        "SELECT pc.point_id, pc.section_id, pc.best_section_id, pc.rank FROM point_chapters pc "
        "JOIN classifications c ON c.point_id = pc.point_id WHERE c.decided_by <> '' ORDER BY pc.point_id, pc.rank");
    while (chapters.step()) {
        auto it = index.find(chapters.text(0));
        if (it == index.end()) continue;
        DecidedPoint& point = found[it->second];
        point.chapter_ids.push_back(chapters.text(1));
        if (point.chapter_ids.size() == 1) point.section_id = chapters.text(2);
    }
    return found;
}

std::map<std::string, Reaction> SqliteBackend::reactions() {
    std::map<std::string, Reaction> found;
    auto s = statement("SELECT point_id, text, status, author FROM reactions");
    while (s.step()) found[s.text(0)] = Reaction{s.text(1), s.text(2), s.text(3)};
    return found;
}

void SqliteBackend::save_reaction(const std::string& point_id, const Reaction& reaction) {
    statement("INSERT INTO reactions(point_id, text, status, author, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
              "ON CONFLICT(point_id) DO UPDATE SET text = excluded.text, status = excluded.status, "
              "author = excluded.author, updated_at = excluded.updated_at")
        .bind(1, point_id)
        .bind(2, reaction.text)
        .bind(3, reaction.status)
        .bind(4, reaction.author)
        .bind(5, now_iso8601())
        .run();
}

bool SqliteBackend::save_machine_draft(const std::string& point_id, const std::string& text) {
    statement("INSERT INTO reactions(point_id, text, status, author, updated_at) VALUES (?1, ?2, 'draft', ?3, ?4) "
              "ON CONFLICT(point_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at "
              "WHERE reactions.status = 'draft' AND reactions.author = ?3")
        .bind(1, point_id)
        .bind(2, text)
        .bind(3, machine_author)
        .bind(4, now_iso8601())
        .run();
    return db_.changes() > 0;
}

}  // namespace inspraak::core
