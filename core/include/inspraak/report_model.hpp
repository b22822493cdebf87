// What a report plugin is given: the round as it should be published, already filtered for
// personal data unless the officer asked for it (`with_personal_data`).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "inspraak/model.hpp"

namespace inspraak {

struct ReportSubmission {
    std::string id;      // "I003"
    std::string source;  // "submissions/S03.eml" (relative to the round folder)
    Stakeholder stakeholder;  // name/email/phone empty unless with_personal_data
    std::string label;        // what to show as the sender: organisation, else the group ("Inwoner")
};

struct ReportChapter {
    std::string id;
    std::string number;  // "5", "B1", "3.1.2"
    std::string title;
    double score = 0;
};

struct ReportPoint {
    std::string id;             // "I003.2"
    std::string submission_id;  // "I003"
    std::string label;          // the sender as published (see ReportSubmission::label)
    std::string group;
    std::string text;           // as the stakeholder wrote it (personal data redacted when published)
    std::vector<ReportChapter> chapters;  // best first
    std::string section;        // best numbered section inside the first chapter, e.g. "3.1", or ""
    std::string route;          // workstream id or "geen"
    std::string route_name;     // the workstream's name, or "Geen vervolg" / "No follow-up"
    double confidence = 0;
    std::vector<std::string> why;
    std::string reaction;
    std::string status;         // "draft" or "approved"
    // Things the officer should check, from the submission ("uit OCR, zekerheid 71%").
    std::vector<std::string> notes;
    // Where the text came from when it was a file inside the submission's file, in the report's
    // language: "bijlage 'Reactie.docx' bij e-mail 'Reactie op het concept'"; "" otherwise.
    std::string origin;
    // Near-identical points from other senders (a campaign) are published once: this row stands
    // for `group_size` points (1 when it stands alone), the others' ids are in `group_members`,
    // and its reaction applies to all of them.
    int group_size = 1;
    std::vector<std::string> group_members;
};

// One piece of the word-by-word difference between a change's old and new text: "same" (in
// both), "del" (only in the old text) or "ins" (only in the new), in reading order.
struct ReportTextSegment {
    std::string op;
    std::string text;
};

// A point that led to a change, as published: a campaign's lead stands for its members.
struct ReportChangePoint {
    std::string id;     // "I003.2"
    std::string label;  // the sender as published (see ReportSubmission::label)
    int group_size = 1;
};

// A change of the revised framework (inspraak revise), for the annex "Wijzigingen in het kader".
// The texts are the municipality's own framework as plain text (no personal data to redact).
struct ReportChange {
    int number = 0;         // 1, 2, ... in document order: "W3" in the annex
    std::int64_t id = 0;    // the store's id (inspraak changes --confirm ID)
    std::string kind;       // "added", "rewritten", "removed", "moved"
    std::string scope;      // "sentence" or "passage"
    std::string chapter;    // where it stands in the revised framework ("5", "B1"); a removal: where it stood
    std::string chapter_title;
    std::string section;    // "5.2", or ""
    int page = 0;           // 0 where the framework has no pages
    std::string old_chapter;  // where the text stood in the draft (a move's origin); "" for an addition
    std::string old_section;
    int old_page = 0;
    std::string old_text;   // "" for an addition
    std::string new_text;   // "" for a removal
    std::vector<ReportTextSegment> diff;    // old -> new, word by word
    std::vector<ReportChangePoint> points;  // the points it answers, in round order
};

struct ReportModel {
    std::string title;            // round.json "title": used as the memo's subject ("Betreft")
    std::string date;             // ISO date from round.json
    std::string language;         // "nl" or "en": picks the template folder and labels
    std::string general_reaction; // Markdown-light text for "Algemene reactie"; may be empty
    std::string framework_title;
    std::vector<ReportChapter> chapters;   // chapters and appendices, document order
    std::vector<Workstream> workstreams;   // in round.json order
    std::vector<ReportSubmission> submissions;
    std::vector<ReportPoint> points;       // grouped by submission, in submission order
    // Files that could not be read and other warnings of the round, one line each, so that
    // the officer sees in the report what is missing from it.
    std::vector<std::string> problems;
    bool with_personal_data = false;
    std::string templates_dir;    // reports/templates: <dir>/<language>/report.<format>.mustache etc.
    // The municipality's Word house style (.dotx or .docx, absolute path) from round.json
    // "word_template", or empty.
    std::string word_template;
    // API 3.1. The revised framework's changes, in document order, for the annex "Wijzigingen in
    // het kader"; empty when the round has no revised framework (then no format has the annex).
    std::vector<ReportChange> framework_changes;
    // The workstream whose points are worked into the framework itself (round.json: the one marked
    // "framework", else the first): it gets no annex of its own.
    std::string framework_route;
};

// API 3.2. The round as a streaming report plugin (ReportWriter, plugin.hpp) gets it before its
// points: everything of ReportModel but `submissions` and `points`, which it reads from the
// ReportSource one at a time, and the counts it needs to lay out the document without them.
struct ReportHead {
    std::string title;
    std::string date;
    std::string language;
    std::string general_reaction;
    std::string framework_title;
    std::vector<ReportChapter> chapters;
    std::vector<Workstream> workstreams;
    std::vector<std::string> problems;
    bool with_personal_data = false;
    std::string templates_dir;
    std::string word_template;
    std::vector<ReportChange> framework_changes;
    std::string framework_route;
    // The published rows (a campaign's lead counts once, its members not), all and per route
    // (a workstream of the round or "geen"; a route without rows is absent).
    std::int64_t point_count = 0;
    std::map<std::string, std::int64_t> points_per_route;
};

// A published row with the submission it belongs to (contact details only with personal data).
struct ReportEntry {
    ReportPoint point;
    ReportSubmission submission;
};

// Which rows to read; an empty field matches every row.
struct ReportPointFilter {
    std::string route;              // a workstream id or "geen": one annex
    std::string stakeholder_group;  // the sender's group ("inwoner")
};

}  // namespace inspraak
