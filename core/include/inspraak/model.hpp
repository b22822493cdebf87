// The data model shared by the host and its plugins: plain value types, no behaviour.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace inspraak {

// ---------------------------------------------------------------- framework (the kader)

enum class SectionKind { chapter, appendix, section };

// A chapter, an appendix ("Bijlage 2") or a numbered section inside one ("3.1.2").
struct Section {
    std::string id;       // stable and unique: "h1", "h5", "h5-2" (second chapter numbered 5), "b1", "h3.1"
    std::string number;   // as shown to people: "1", "5", "B1", "3.1.2"
    std::string title;    // whitespace normalised
    SectionKind kind = SectionKind::chapter;
    std::string parent;   // id of the enclosing chapter/appendix for a section, empty otherwise
    int level = 1;        // 1 for chapters and appendices, 2 for "3.1", 3 for "3.1.2", ...
};

// A passage is a stretch of text (a paragraph, a list, a list item) inside one section.
struct Passage {
    std::string section_id;  // the deepest section the passage belongs to
    int ordinal = 0;         // position in the document
    int page = 0;            // 1-based page where the text shows page breaks, 0 if unknown
    std::string text;
    bool is_heading = false;  // the heading line itself (weighted as what it is by classifiers)
};

struct Framework {
    std::string title;
    std::vector<Section> sections;  // document order; chapters, appendices and their sections
    std::vector<Passage> passages;  // document order
};

// ---------------------------------------------------------------- the round

struct Workstream {
    std::string id;  // "kader", "economische-strategie", ...
    std::string name;
    std::string description;
    std::vector<std::string> keywords;
    // Chapter numbers ("3", "B1") whose points go to this workstream unless their text says
    // otherwise: round.json "chapters" of the workstream.
    std::vector<std::string> chapters;
};

// ---------------------------------------------------------------- submissions

// Who sent a submission. Only `organisation` and `group` are published by default; the rest is
// personal data and stays in the store unless the officer asks for it.
struct Stakeholder {
    std::string name;          // a person's name (personal data)
    std::string organisation;  // "Economic Board", "BOM", or empty for a resident
    std::string group;         // "bedrijfsleven", "partner", "inwoner", ...
    std::string email;         // personal data
    std::string phone;         // personal data
};

// A file as the host hands it to an ingest plugin.
struct SourceFile {
    std::string path;          // absolute or working-directory relative path, for reading side files
    std::string display_path;  // as recorded and reported, relative to the round folder
    std::string bytes;         // the whole file
};

// One submission as an ingest plugin found it. A file usually holds one; a web-form export
// (CSV, JSON) holds one per row or object.
//
// `body` is the input itself in a light Markdown dialect that the segmenter understands:
// `#` headings, `-`/`*`/`•` and `1.`/`1)` list items, blank lines between paragraphs. Parts that
// are not input (quoted earlier messages, disclaimers, mail headers) are left out; greetings and
// signatures may stay, the segmenter drops them.
struct IngestedSubmission {
    Stakeholder stakeholder;
    std::string subject;
    std::string date;        // ISO 8601 where known
    std::string body;
    std::string reference;   // the stakeholder's own reference to the framework ("H5", "p. 22"), if given apart
    std::vector<std::string> notes;  // things the officer should know ("uit OCR, zekerheid 71%")
};

// A file found inside the file that was read: an e-mail's attachment, a member of an archive, a
// message attached to a message, a winmail.dat's contents. The plugin only hands it back; the
// host reads it with the plugin for its type (by the extension of `name`, else by `media_type`),
// exactly as if it were a file in the round, within limits on nesting depth, count and total
// size. Plugins never read each other's formats.
//
// Leave out what is not input: inline images of an HTML body (logos, pictures in a signature)
// and the container's own furniture. An image that is attached as a file (a scanned letter) is
// input; the host sends it to OCR like any other image.
struct EmbeddedFile {
    std::string name;        // the file name as the container gives it ("Reactie EB.docx"); may be empty
    std::string media_type;  // MIME type when the container says ("application/pdf"), else ""
    std::string bytes;       // the file's content, transfer encoding undone
    // Index into IngestResult::submissions of the submission this file belongs to: what an
    // e-mail's attachment says is that mail's input, sent by the mail's sender on the mail's
    // date. -1 for a file that stands on its own (a letter inside a .zip): its own submission(s),
    // as if it lay in the round's folder.
    int belongs_to = -1;
};

struct IngestResult {
    std::vector<IngestedSubmission> submissions;
    std::vector<std::string> warnings;  // recoverable problems; the file still counts as read
    std::vector<EmbeddedFile> embedded;  // files inside this one, for the host to read (see above)
};

// ---------------------------------------------------------------- points and decisions

struct Point {
    std::string id;             // "I003.2": submission I003, second point
    std::string submission_id;
    int position = 0;           // 1-based within the submission
    std::string text;           // as the stakeholder wrote it, whitespace normalised
    std::string heading;        // the heading of the part of the submission it appeared under
    std::string reference;      // the stakeholder's own reference to the framework, if any
};

struct ChapterScore {
    std::string section_id;  // a chapter or appendix id
    double score = 0;        // 0..1, higher is better
    std::string best_section_id;  // the best-matching numbered section inside it, if any
};

struct Classification {
    std::vector<ChapterScore> chapters;  // best first; several where the point touches several
    std::string route;                   // a workstream id, or "geen"
    double confidence = 0;               // 0..1
    std::vector<std::string> why;        // terms and passages that decided, human readable
    std::string method;                  // e.g. "bm25-fts5"
};

// A point whose chapter(s), section and route an officer decided ("inspraak set", "approve",
// an imported review sheet): an example for classifying the points that are still open.
struct DecidedPoint {
    std::string point_id;
    std::string text;
    std::vector<std::string> chapter_ids;  // section ids of chapters/appendices, primary first
    std::string section_id;                // the numbered section, or empty
    std::string route;                     // a workstream id or "geen"
};

}  // namespace inspraak
