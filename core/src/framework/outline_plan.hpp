// Decides which of a document's heading lines make its outline (chapters, appendices, numbered
// sections) and which are only headings inside a chapter: numbered list items set as headings,
// the chapters of quoted regulations, an annex mentioned in passing. Both readers (Markdown and
// plain text) collect their heading lines, let this decide, then build the Framework.
//
// The rules, strongest evidence first:
// - an explicit outline (round.json "outline.chapters") or the document's table of contents:
//   chapters and appendices are the lines that match its entries, in order;
// - round.json "outline.chapter_level": the Markdown headings of that level are the chapters;
// - otherwise the numbering: chapter numbers increase; a number that goes back (to 1) inside a
//   chapter starts a list or quotation that belongs to that chapter, and the lines that continue
//   it in the same look ("#### *2. ...*" after "#### *1. ...*") stay in it;
// - a "Bijlage N" heading is an appendix only where no chapter that was set as a heading follows
//   (appendices come last; one inside a chapter mentions an annex);
// - a section ("3.1", "3.1.2") belongs to the chapter it is in and must carry that chapter's
//   number; its depth, not its Markdown level, is its level.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "framework/heading_parser.hpp"
#include "framework/outline_entry.hpp"

namespace inspraak::core {

// A line that may be a heading, as a reader saw it.
struct HeadingLine {
    std::string text;                         // without markup: "3 Beleidskader", "Inleiding"
    std::optional<HeadingCandidate> heading;  // its number and title, when it has a number
    bool plausible = false;  // the reader's own checks (shape, neighbours) take it for a heading
    bool marked = false;     // set as a heading: a Markdown heading, typeset in the PDF, "Hoofdstuk N"
    int level = 0;           // Markdown heading level 1-6; 0 when not known
    std::string look;        // how it is set (level, emphasis, trailing dot, keyword); items of one list look alike
};

enum class OutlineRole { none, chapter, appendix, section };

struct OutlineDecision {
    OutlineRole role = OutlineRole::none;
    HeadingCandidate heading;  // for a role other than none: what the builder adds
};

struct OutlineRules {
    // Plain text: chapters start at 1 and go up by one, sections follow their siblings (see
    // NumberingState), appendices go up by one. Markdown marks its headings, so it may skip a
    // chapter number or start elsewhere than 1.
    bool plain_text = false;
    // Entries the outline must follow (round.json or the table of contents); empty: none.
    std::vector<OutlineEntry> listed;
    // The entries come from the table of contents, whose titles the body may word otherwise:
    // an entry whose title no heading has is matched by its number (round.json's are exact).
    bool listed_loosely = false;
    // Markdown heading level of the chapters (round.json); 0: decided by the numbering.
    int chapter_level = 0;
};

// One decision per line, in the same order.
std::vector<OutlineDecision> plan_outline(const std::vector<HeadingLine>& lines, const OutlineRules& rules);

}  // namespace inspraak::core
