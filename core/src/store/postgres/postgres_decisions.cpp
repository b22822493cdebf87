// Classifications and reactions in PostgreSQL: what the machine proposes and what a person
// decides. As in SQLite, the machine's writes are one conditional UPSERT each (ON CONFLICT ... DO
// UPDATE ... WHERE no person decided): PostgreSQL locks the conflicting row and checks the
// condition on its latest version, so a decision committed meanwhile is never overwritten even
// without the round's lock.
#include "store/postgres/postgres_backend.hpp"

#include "store/json_list.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/store.hpp"
#include "store/stored_rows.hpp"

namespace inspraak::core::postgres {

std::map<std::string, StoredClassification> PostgresBackend::classifications() {
    return reading([&](Tx& tx) {
        std::map<std::string, StoredClassification> found;
        for (const auto& row : run(tx, "SELECT point_id, route, confidence, why, method, decided_by FROM classifications")) {
            PgRow c(row);
            found[c.text(0)] = read_classification_columns(c, 1);
        }
        for (const auto& row : run(tx, "SELECT point_id, section_id, score, best_section_id FROM point_chapters "
                                       "ORDER BY point_id COLLATE \"C\", rank")) {
            PgRow chapter(row);
            auto it = found.find(chapter.text(0));
            if (it == found.end()) continue;
            it->second.classification.chapters.push_back(ChapterScore{chapter.text(1), chapter.real(2), chapter.text(3)});
        }
        return found;
    });
}

void PostgresBackend::replace_chapters(Tx& tx, const std::string& point_id, const std::vector<ChapterScore>& chapters) {
    run(tx, "DELETE FROM point_chapters WHERE point_id = $1", point_id);
    int rank = 0;
    for (const auto& c : chapters)
        run(tx, "INSERT INTO point_chapters(point_id, rank, section_id, score, best_section_id) VALUES ($1, $2, $3, $4, $5)",
            point_id, ++rank, c.section_id, c.score, c.best_section_id);
}

void PostgresBackend::save_classification(const std::string& point_id, const Classification& classification,
                                          const std::string& decided_by) {
    writing([&](Tx& tx) {
        replace_chapters(tx, point_id, classification.chapters);
        run(tx, "INSERT INTO classifications(point_id, route, confidence, why, method, decided_by, updated_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT(point_id) DO UPDATE SET route = excluded.route, "
                "confidence = excluded.confidence, why = excluded.why, method = excluded.method, "
                "decided_by = excluded.decided_by, updated_at = excluded.updated_at",
            point_id, classification.route, classification.confidence, to_json_list(classification.why),
            classification.method, decided_by, now_iso8601());
    });
}

bool PostgresBackend::save_machine_classification(const std::string& point_id, const Classification& classification) {
    return writing([&](Tx& tx) {
        // The row first: whether it was written decides whether the chapters may follow.
        auto written = run(tx, "INSERT INTO classifications(point_id, route, confidence, why, method, decided_by, updated_at) "
                               "VALUES ($1, $2, $3, $4, $5, '', $6) ON CONFLICT(point_id) DO UPDATE SET route = excluded.route, "
                               "confidence = excluded.confidence, why = excluded.why, method = excluded.method, "
                               "updated_at = excluded.updated_at WHERE classifications.decided_by = ''",
                           point_id, classification.route, classification.confidence, to_json_list(classification.why),
                           classification.method, now_iso8601());
        if (written.affected_rows() == 0) return false;
        replace_chapters(tx, point_id, classification.chapters);
        return true;
    });
}

std::vector<DecidedPoint> PostgresBackend::decided_points() {
    return reading([&](Tx& tx) {
        std::vector<DecidedPoint> found;
        std::map<std::string, size_t> index;
        for (const auto& row : run(tx, "SELECT p.id, p.text, c.route FROM points p JOIN submissions s ON s.id = p.submission_id "
                                       "JOIN classifications c ON c.point_id = p.id WHERE c.decided_by <> '' "
                                       "ORDER BY s.seq, p.position")) {
            PgRow s(row);
            index[s.text(0)] = found.size();
            found.push_back(DecidedPoint{s.text(0), s.text(1), {}, "", s.text(2)});
        }
        for (const auto& row : run(tx, "SELECT pc.point_id, pc.section_id, pc.best_section_id, pc.rank FROM point_chapters pc "
                                       "JOIN classifications c ON c.point_id = pc.point_id WHERE c.decided_by <> '' "
                                       "ORDER BY pc.point_id COLLATE \"C\", pc.rank")) {
            PgRow chapter(row);
            auto it = index.find(chapter.text(0));
            if (it == index.end()) continue;
            DecidedPoint& point = found[it->second];
            point.chapter_ids.push_back(chapter.text(1));
            if (point.chapter_ids.size() == 1) point.section_id = chapter.text(2);
        }
        return found;
    });
}

std::map<std::string, Reaction> PostgresBackend::reactions() {
    return reading([&](Tx& tx) {
        std::map<std::string, Reaction> found;
        for (const auto& row : run(tx, "SELECT point_id, text, status, author FROM reactions")) {
            PgRow r(row);
            found[r.text(0)] = Reaction{r.text(1), r.text(2), r.text(3)};
        }
        return found;
    });
}

void PostgresBackend::save_reaction(const std::string& point_id, const Reaction& reaction) {
    writing([&](Tx& tx) {
        run(tx, "INSERT INTO reactions(point_id, text, status, author, updated_at) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT(point_id) DO UPDATE SET text = excluded.text, status = excluded.status, "
                "author = excluded.author, updated_at = excluded.updated_at",
            point_id, reaction.text, reaction.status, reaction.author, now_iso8601());
    });
}

bool PostgresBackend::save_machine_draft(const std::string& point_id, const std::string& text) {
    return writing([&](Tx& tx) {
        return run(tx, "INSERT INTO reactions(point_id, text, status, author, updated_at) VALUES ($1, $2, 'draft', $3, $4) "
                       "ON CONFLICT(point_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at "
                       "WHERE reactions.status = 'draft' AND reactions.author = $3",
                   point_id, text, std::string(machine_author), now_iso8601())
                   .affected_rows() > 0;
    });
}

}  // namespace inspraak::core::postgres
