// What a report plugin is given: the round as it should be published, already filtered for
// personal data unless the officer asked for it (`with_personal_data`).
#pragma once

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
};

}  // namespace inspraak
