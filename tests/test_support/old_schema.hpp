// What later migrations added, to take off a store that a test turns back into one an older
// inspraak wrote (each migration is never edited, so an old schema is today's without them).
#pragma once

namespace inspraak {

// Migration 9: the revised framework's changes and their links to points.
inline constexpr const char* undo_migration_9_sqlite = "DROP TABLE change_links; DROP TABLE framework_changes;";
inline constexpr const char* undo_migration_9_postgres = "DROP TABLE change_links, framework_changes;";

// Migration 8: the kept counts (store/point_tally.hpp) with their triggers, and the index on
// confidence.
inline constexpr const char* undo_migration_8_sqlite =
    "DROP TRIGGER tally_point_added; DROP TRIGGER tally_reaction_added; DROP TRIGGER tally_reaction_changed; "
    "DROP TRIGGER tally_classification_added; DROP TRIGGER tally_classification_changed; "
    "DROP TRIGGER tally_chapter_added; DROP TRIGGER tally_chapter_removed; DROP TRIGGER tally_chapter_changed; "
    "DROP TRIGGER tally_stale_point_removed; DROP TRIGGER tally_stale_point_moved; "
    "DROP TRIGGER tally_stale_reaction_removed; DROP TRIGGER tally_stale_classification_removed; "
    "DROP TRIGGER tally_stale_sender_changed; DROP TRIGGER tally_stale_group_changed; "
    "DROP VIEW tally_points; DROP TABLE tally; DROP TABLE tally_state; DROP INDEX classifications_by_confidence;";
inline constexpr const char* undo_migration_8_postgres =
    "DROP FUNCTION tally_changed, tally_mark_stale CASCADE; DROP FUNCTION tally_move; DROP VIEW tally_points; "
    "DROP TABLE tally, tally_state; DROP INDEX classifications_by_confidence;";

}  // namespace inspraak
