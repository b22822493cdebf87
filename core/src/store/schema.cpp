#include "store/schema.hpp"

#include <fmt/core.h>

#include <array>

namespace inspraak::core {
namespace {

// Migration N brings the schema from version N-1 to N. Never edit a released step: add one.
constexpr std::array<const char*, store_schema_version> migrations = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE sections (
  id TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('chapter', 'appendix', 'section')),
  parent TEXT,
  level INTEGER NOT NULL
);

CREATE TABLE passages (
  id INTEGER PRIMARY KEY,
  section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  page INTEGER NOT NULL DEFAULT 0,
  is_heading INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL
);

CREATE TABLE stakeholders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  grp TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  UNIQUE (name, organisation, grp, email, phone)
);

-- Every file that was offered to an ingest plugin, with its original bytes, also when it failed.
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  bytes BLOB NOT NULL,
  plugin TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL
);
CREATE INDEX files_by_path ON files(path);

CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  index_in_file INTEGER NOT NULL,
  stakeholder_id INTEGER NOT NULL REFERENCES stakeholders(id),
  subject TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '[]',
  UNIQUE (file_id, index_in_file)
);

CREATE TABLE points (
  id TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  heading TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  UNIQUE (submission_id, position)
);

-- Chapters proposed (or decided) for a point, rank 1 = primary.
CREATE TABLE point_chapters (
  point_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  section_id TEXT NOT NULL REFERENCES sections(id),
  score REAL NOT NULL,
  best_section_id TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (point_id, rank)
);

-- Route and the rest of a classification; decided_by is empty while the machine proposes.
CREATE TABLE classifications (
  point_id TEXT PRIMARY KEY REFERENCES points(id) ON DELETE CASCADE,
  route TEXT NOT NULL,
  confidence REAL NOT NULL,
  why TEXT NOT NULL DEFAULT '[]',
  method TEXT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE reactions (
  point_id TEXT PRIMARY KEY REFERENCES points(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every change to the round's content, by the machine or a person.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);

-- Warnings about files and stages, listed in the report.
CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  stage TEXT NOT NULL,
  file TEXT NOT NULL,
  message TEXT NOT NULL,
  UNIQUE (stage, file, message)
);
)sql",
    // 2: campaign and duplicate groups. A row per point that belongs to a group of two or more,
    // the lead included (group_id = its own id, similarity 1); a point standing alone has none.
    R"sql(
CREATE TABLE point_groups (
  point_id TEXT PRIMARY KEY REFERENCES points(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
  similarity REAL NOT NULL
);
CREATE INDEX point_groups_by_group ON point_groups(group_id);
)sql",
    // 3: files found inside a round's file (an e-mail's attachments, an archive's members, what
    // lies inside those), each with its original bytes and hash, also when it could not be read
    // or was refused by a limit. `relation` says how it lies in its container: 'attachment' (its
    // input belongs to the container's submission) or 'member' (it stands on its own);
    // `container` names the container as people know it (the mail's subject, the archive's
    // name). Points and submissions that came out of such a file refer to it.
    R"sql(
CREATE TABLE embedded_files (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES embedded_files(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT '',
  relation TEXT NOT NULL CHECK (relation IN ('attachment', 'member')),
  container TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  bytes BLOB NOT NULL,
  plugin TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'refused')),
  error TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (file_id, ordinal)
);
CREATE INDEX embedded_files_by_sha256 ON embedded_files(sha256);
-- Plain columns (no REFERENCES) so that a later migration can drop them; a file's removal
-- removes its submissions and points through files(id) anyway.
ALTER TABLE submissions ADD COLUMN embedded_file_id INTEGER;
ALTER TABLE points ADD COLUMN embedded_file_id INTEGER;
)sql",
    // 4: the store's own sequences, so that ids come from the database inside the write that
    // uses them, and are never handed out twice (max(seq) + 1 gave a removed submission's id to
    // the next one). 'submission' continues where the round's submissions got to. And an index
    // for reading one entity's audit log.
    R"sql(
CREATE TABLE sequences (name TEXT PRIMARY KEY, last INTEGER NOT NULL);
INSERT INTO sequences(name, last) SELECT 'submission', coalesce(max(seq), 0) FROM submissions;
CREATE INDEX audit_by_entity ON audit(entity, entity_id);
)sql",
    // 5: the round's accounts (who may read, edit or administer it in the web workspace; the
    // password only as an argon2id hash) and which officer each point is assigned to. An
    // assignment names its officer as text, not as a reference to users: a round without
    // accounts assigns points too. It goes with its point.
    R"sql(
CREATE TABLE users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('lezer', 'redacteur', 'beheerder')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE assignments (
  point_id TEXT PRIMARY KEY REFERENCES points(id) ON DELETE CASCADE,
  officer TEXT NOT NULL,
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL
);
CREATE INDEX assignments_by_officer ON assignments(officer);
)sql",
    // 6: the points of a chapter found through an index (the workspace's filter and its counts
    // per chapter), instead of looking at every point's chapters.
    R"sql(
CREATE INDEX point_chapters_by_section ON point_chapters(section_id, point_id);
)sql",
    // 7: what an officer decided to keep public of the personal data the redactor finds in a
    // point: keyed by the kind and the exact text found, so that it holds wherever that text
    // stands in the point and whatever else is found. A row is "keep public"; no row, redacted.
    R"sql(
CREATE TABLE kept_public (
  point_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (point_id, kind, text)
);
)sql",
    // 8: the workspace's counts (points by reaction status: in all, per chapter, stakeholder
    // group and route; store/point_tally.hpp) kept in a table by triggers, so that the overview
    // reads a few rows instead of counting every point (4 grouped joins: 1 s at 100,000 points).
    // Adding and changing points, reactions, classifications and chapters moves the counts;
    // whatever else could change them (a removal, a sender's group changed) marks them stale,
    // and the next read counts them anew (Store::tally). While they are stale the triggers do
    // nothing: a pipeline filling a new round pays for one count at the end, not one per row.
    // tally_points is each point with what it is counted by.
    R"sql(
CREATE TABLE tally (
  dimension TEXT NOT NULL CHECK (dimension IN ('all', 'chapter', 'group', 'route')),
  item TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('approved', 'draft', 'none')),
  n INTEGER NOT NULL,
  PRIMARY KEY (dimension, item, status)
);
CREATE TABLE tally_state (id INTEGER PRIMARY KEY CHECK (id = 1), stale INTEGER NOT NULL);
INSERT INTO tally_state(id, stale) VALUES (1, 1);
CREATE VIEW tally_points AS
  SELECT p.id AS point_id, coalesce(r.status, 'none') AS status, coalesce(c.route, '') AS route, k.grp AS grp
  FROM points p JOIN submissions s ON s.id = p.submission_id JOIN stakeholders k ON k.id = s.stakeholder_id
  LEFT JOIN classifications c ON c.point_id = p.id LEFT JOIN reactions r ON r.point_id = p.id;

CREATE TRIGGER tally_point_added AFTER INSERT ON points WHEN (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'all' AS dimension, '' AS item, status, 1 AS n FROM tally_points WHERE point_id = NEW.id
    UNION ALL SELECT 'route', route, status, 1 FROM tally_points WHERE point_id = NEW.id
    UNION ALL SELECT 'group', grp, status, 1 FROM tally_points WHERE point_id = NEW.id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_reaction_added AFTER INSERT ON reactions WHEN (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'all' AS dimension, '' AS item, 'none' AS status, -1 AS n
    UNION ALL SELECT 'all', '', NEW.status, 1
    UNION ALL SELECT 'route', route, 'none', -1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'route', route, NEW.status, 1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'group', grp, 'none', -1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'group', grp, NEW.status, 1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'chapter', section_id, 'none', -1 FROM point_chapters WHERE point_id = NEW.point_id
    UNION ALL SELECT 'chapter', section_id, NEW.status, 1 FROM point_chapters WHERE point_id = NEW.point_id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_reaction_changed AFTER UPDATE OF status ON reactions
WHEN OLD.status <> NEW.status AND (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'all' AS dimension, '' AS item, OLD.status AS status, -1 AS n
    UNION ALL SELECT 'all', '', NEW.status, 1
    UNION ALL SELECT 'route', route, OLD.status, -1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'route', route, NEW.status, 1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'group', grp, OLD.status, -1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'group', grp, NEW.status, 1 FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'chapter', section_id, OLD.status, -1 FROM point_chapters WHERE point_id = NEW.point_id
    UNION ALL SELECT 'chapter', section_id, NEW.status, 1 FROM point_chapters WHERE point_id = NEW.point_id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_classification_added AFTER INSERT ON classifications
WHEN (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'route' AS dimension, '' AS item, status, -1 AS n FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'route', NEW.route, status, 1 FROM tally_points WHERE point_id = NEW.point_id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_classification_changed AFTER UPDATE OF route ON classifications
WHEN OLD.route <> NEW.route AND (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'route' AS dimension, OLD.route AS item, status, -1 AS n FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'route', NEW.route, status, 1 FROM tally_points WHERE point_id = NEW.point_id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_chapter_added AFTER INSERT ON point_chapters WHEN (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT 'chapter', NEW.section_id, status, 1 FROM tally_points WHERE point_id = NEW.point_id
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_chapter_removed AFTER DELETE ON point_chapters WHEN (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT 'chapter', OLD.section_id, status, -1 FROM tally_points WHERE point_id = OLD.point_id
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_chapter_changed AFTER UPDATE OF section_id ON point_chapters
WHEN OLD.section_id <> NEW.section_id AND (SELECT stale FROM tally_state) = 0 BEGIN
  INSERT INTO tally(dimension, item, status, n)
  SELECT dimension, item, status, sum(n) FROM (
    SELECT 'chapter' AS dimension, OLD.section_id AS item, status, -1 AS n FROM tally_points WHERE point_id = NEW.point_id
    UNION ALL SELECT 'chapter', NEW.section_id, status, 1 FROM tally_points WHERE point_id = NEW.point_id)
  WHERE true GROUP BY dimension, item, status
  ON CONFLICT (dimension, item, status) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tally_stale_point_removed AFTER DELETE ON points
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;
CREATE TRIGGER tally_stale_point_moved AFTER UPDATE OF submission_id ON points
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;
CREATE TRIGGER tally_stale_reaction_removed AFTER DELETE ON reactions
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;
CREATE TRIGGER tally_stale_classification_removed AFTER DELETE ON classifications
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;
CREATE TRIGGER tally_stale_sender_changed AFTER UPDATE OF stakeholder_id ON submissions
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;
CREATE TRIGGER tally_stale_group_changed AFTER UPDATE OF grp ON stakeholders
WHEN (SELECT stale FROM tally_state) = 0 BEGIN UPDATE tally_state SET stale = 1; END;

-- The overview's points the classifier was least sure of, in order of confidence.
CREATE INDEX classifications_by_confidence ON classifications(confidence);
)sql",
    // 9: the revised framework compared with the draft (inspraak revise): each change with both
    // texts and where it stands, and the points it answers. A change is identified across runs by
    // `key` (its kind and texts), so that a new run keeps the ids, and with them the officer's
    // links, of the changes it finds again. A link goes with its point and its change. AUTOINCREMENT:
    // a removed change's id is never given to another one (the audit log names changes by id), as
    // PostgreSQL's identity does not.
    R"sql(
CREATE TABLE framework_changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('added', 'rewritten', 'removed', 'moved')),
  scope TEXT NOT NULL CHECK (scope IN ('sentence', 'passage')),
  chapter TEXT NOT NULL,
  chapter_title TEXT NOT NULL,
  section TEXT NOT NULL,
  page INTEGER NOT NULL DEFAULT 0,
  old_chapter TEXT NOT NULL,
  old_section TEXT NOT NULL,
  old_page INTEGER NOT NULL DEFAULT 0,
  old_text TEXT NOT NULL,
  new_text TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE
);
CREATE TABLE change_links (
  point_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
  change_id INTEGER NOT NULL REFERENCES framework_changes(id) ON DELETE CASCADE,
  score REAL NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('proposed', 'confirmed', 'removed')),
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (point_id, change_id)
);
CREATE INDEX change_links_by_change ON change_links(change_id);
)sql",
};

int user_version(Database& db) {
    auto statement = db.prepare("PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.integer(0));
}

}  // namespace

void migrate(Database& db) {
    int version = user_version(db);
    if (version > store_schema_version)
        throw StoreError(ErrorKind::internal, Message{"store.too_new", {db.file().string(), std::to_string(version),
                                                                        std::to_string(store_schema_version)}});
    for (; version < store_schema_version; ++version) {
        Transaction transaction(db);
        db.exec(migrations[static_cast<size_t>(version)]);
        db.exec(fmt::format("PRAGMA user_version = {}", version + 1));
        transaction.commit();
    }
}

}  // namespace inspraak::core
