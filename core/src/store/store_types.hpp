// The values a store hands out and takes in: plain structs, the same whatever backend keeps them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/model.hpp"
#include "revise/framework_change.hpp"

namespace inspraak::core {

struct StoredFile {
    int64_t id = 0;
    std::string path;
    std::string sha256;
    std::string plugin;
    std::string status;  // "ok" or "failed"
    std::string error;
};

struct StoredSubmission {
    std::string id;      // "I001"
    std::string source;  // the file's path relative to the round folder
    int index_in_file = 0;
    Stakeholder stakeholder;
    std::string subject;
    std::string date;
    std::string body;
    std::string reference;
    std::vector<std::string> notes;
};

// A file found inside a round's file (see IngestResult::embedded), as the store keeps it.
struct EmbeddedFileRow {
    int64_t id = 0;
    int64_t file_id = 0;            // the round's file it arrived in
    int64_t parent_id = 0;          // the embedded file it lies in; 0: directly in file_id
    int ordinal = 0;                // order within the round's file, depth first
    std::string name;               // as the container names it
    std::string media_type;
    std::string relation;           // "attachment" (input of the container's submission) or "member"
    std::string container;          // the container as people know it: a mail's subject, an archive's name
    std::string sha256;
    std::string plugin;
    std::string status;             // "ok", "failed" or "refused" (a limit)
    std::string error;
    std::string body;               // the text its plugin read, for the record
};

// The author of the reactions the machine drafted; any other author is a person.
inline constexpr std::string_view machine_author = "inspraak";

struct Reaction {
    std::string text;
    std::string status = "draft";  // "draft" or "approved"
    std::string author;
};

struct StoredClassification {
    Classification classification;
    std::string decided_by;  // empty while only the machine proposed it
};

struct Problem {
    std::string stage;
    std::string file;
    std::string message;
};

// Membership of a campaign or duplicate group. Only points in a group of two or more have one;
// the lead's names itself as the group.
struct PointGroup {
    std::string point_id;
    std::string group_id;    // the lead's point id: the group's first point in submission order
    double similarity = 1;   // Jaccard similarity of the point's word shingles with the lead's
};

// One point with everything the store knows about it. The submission's body (the whole letter)
// only Store::point reads (a point's page shows the point in it); lists and pages of points leave
// it empty, so that reading a million points does not read every letter once per point.
struct PointDetail {
    Point point;
    int64_t embedded_file_id = 0;  // the attachment or archive member its text came from; 0: the file itself
    StoredSubmission submission;
    std::optional<StoredClassification> classification;
    std::optional<Reaction> reaction;
    std::optional<PointGroup> group;
    std::string assigned_to;  // the officer the point is assigned to; empty: nobody
};

// Where a walk through the points in round order stands: after the point at this submission
// sequence number and position. The default stands before the first point.
struct RoundCursor {
    int64_t submission_seq = -1;
    int position = -1;
};

// Which points a walk through the round (Store::points_after) reads: every one, or the rows a
// report publishes (a group's members left out: their lead's row stands for them).
enum class RoundWalk { all_points, published_rows };

// A page of the walk through every point in round order (Store::points_after), which the stages
// that go through every point take (classify, draft, report).
struct RoundPointPage {
    std::vector<PointDetail> points;  // empty: the walk is at its end
    RoundCursor next;                // the page after this one starts after it
};

// A point that belongs to a group (a campaign, a remark sent twice), with its text: what a walk
// through the round's groups reads (Store::grouped_points_after).
struct GroupedPoint {
    std::string point_id;
    std::string group_id;  // the lead's point id
    std::string text;
};

struct GroupedPointPage {
    std::vector<GroupedPoint> points;  // empty: the walk is at its end
    RoundCursor next;                  // the page after this one starts after it
};

// The order of a list of points. Every order ends in round order, so that pages follow each other
// without gaps or repeats.
enum class PointOrder {
    round,                  // submission, then position in it
    confidence_ascending,   // the least certain first (unclassified points last)
    confidence_descending,  // the most certain first (unclassified points last)
};


// Which points to list; every field left empty matches all.
struct PointQuery {
    std::optional<std::string> chapter;            // a section id among the point's chapters (any rank)
    std::optional<std::string> section;            // the numbered section id chosen in the primary chapter
    std::optional<std::string> route;              // a workstream id or "geen"
    std::optional<std::string> status;             // "draft", "approved", or "none" (no reaction)
    std::optional<std::string> stakeholder_group;  // the sender's group, e.g. "inwoner"
    std::optional<double> min_confidence;          // inclusive; unclassified points never match a bound
    std::optional<double> max_confidence;          // inclusive
    std::optional<std::string> group_id;           // a campaign or duplicate group, by its lead's point id
    std::optional<std::string> text_contains;      // a substring of the point's text (case-insensitive for ASCII)
    std::optional<std::string> assigned_to;        // the officer it is assigned to; "": assigned to nobody
    std::optional<std::string> sender;             // a substring of the sender's organisation or name (case-insensitive for ASCII)
    // Keyset paging in round order (order round only): the points after this one. Unlike offset,
    // a page costs the same at the end of a round of a million points as at its start.
    std::optional<std::string> after_point;
    // Leaves out the members of a group other than its lead: the rows a report publishes.
    bool leads_only = false;
    PointOrder order = PointOrder::round;
    int64_t limit = 0;                             // 0: no limit
    int64_t offset = 0;
};

// An account of the round (table users): who may sign in to the web workspace, and with which
// role ("lezer", "redacteur", "beheerder"). Only the password's hash is kept.
struct StoredUser {
    std::string name;
    std::string role;
    std::string password_hash;  // crypto_pwhash_str's text: "$argon2id$..."
    std::string created_at;     // set by the store
    std::string updated_at;     // set by the store
};

// An officer's decision to keep public a stretch of personal data the redactor found in a point
// (table kept_public, schema 7): `kind` as privacy/personal_data.hpp names it ("iban",
// "address"), `text` exactly as found. Without one, the stretch is redacted when published.
struct KeptPublicText {
    std::string point_id;
    std::string kind;
    std::string text;
    std::string decided_by;
    std::string decided_at;  // set by the store
};

// One change in the audit log.
struct AuditEntry {
    int64_t id = 0;  // rises with every entry: "after id" pages through the log
    std::string at;
    std::string who;
    std::string entity;     // "point", "submission", "file", "framework"
    std::string entity_id;  // "I003.2", a file's path...
    std::string field;
    std::string old_value;
    std::string new_value;
};

struct AuditQuery {
    std::optional<std::string> entity;
    std::optional<std::string> entity_id;
    int64_t after_id = 0;  // only entries with a larger id
};

}  // namespace inspraak::core
