#include "framework/outline_plan.hpp"

#include <algorithm>

#include "framework/numbering_state.hpp"

namespace inspraak::core {
namespace {

// How many chapter numbers Markdown may skip (a heading lost in conversion) before a number is
// too far ahead to be the next chapter ("### 7 Dorpsstraat" inside chapter 2).
constexpr int kMaxSkippedChapters = 1;

HeadingCandidate numbered(bool appendix, int number, std::string title) {
    HeadingCandidate heading;
    heading.appendix = appendix;
    heading.number = {number};
    heading.number_text = (appendix ? "B" : "") + std::to_string(number);
    heading.title = std::move(title);
    return heading;
}

bool is_chapter_number(const HeadingLine& line) {
    return line.heading && !line.heading->appendix && line.heading->number.size() == 1;
}

bool is_appendix(const HeadingLine& line) { return line.heading && line.heading->appendix; }

bool entry_matches(const OutlineEntry& entry, const HeadingLine& line) {
    if (line.heading && line.heading->number.size() != 1) return false;  // a section
    if (entry.number) {
        if (!line.heading || line.heading->appendix != entry.appendix || line.heading->number.front() != *entry.number)
            return false;
        return entry.title.empty() || line.heading->title.empty() || same_title(entry.title, line.heading->title);
    }
    return same_title(entry.title, line.heading ? line.heading->title : line.text) ||
           same_title(entry.title, line.text);
}

// The first line from `from` on that matches `entry`; lines.size() when none does.
size_t find_match(const std::vector<HeadingLine>& lines, const OutlineEntry& entry, size_t from) {
    for (size_t i = from; i < lines.size(); ++i)
        if (entry_matches(entry, lines[i])) return i;
    return lines.size();
}

// Where no line has an entry's title (the body words it differently), a heading with its number
// before the next entry's line will do, if it looks like the chapters found so far: list items
// with that number look otherwise.
size_t find_by_number(const std::vector<HeadingLine>& lines, const OutlineEntry& entry, size_t from, size_t until,
                      const std::vector<std::string>& chapter_looks) {
    if (!entry.number) return lines.size();
    for (size_t i = from; i < until; ++i) {
        const HeadingLine& line = lines[i];
        if (!line.heading || line.heading->number.size() != 1 || line.heading->appendix != entry.appendix ||
            line.heading->number.front() != *entry.number || !line.plausible || !line.marked)
            continue;
        if (chapter_looks.empty() ||
            std::find(chapter_looks.begin(), chapter_looks.end(), line.look) != chapter_looks.end())
            return i;
    }
    return lines.size();
}

// The lines that match the listed entries, in order; an entry that matches nothing is passed.
bool follow_listed(const std::vector<HeadingLine>& lines, const std::vector<OutlineEntry>& listed, bool loosely,
                   std::vector<OutlineDecision>& decisions) {
    size_t from = 0;
    int chapters = 0;
    bool any = false;
    std::vector<std::string> chapter_looks;
    for (size_t e = 0; e < listed.size(); ++e) {
        const OutlineEntry& entry = listed[e];
        size_t i = find_match(lines, entry, from);
        if (i == lines.size() && loosely) {
            const size_t until = e + 1 < listed.size() ? find_match(lines, listed[e + 1], from) : lines.size();
            i = find_by_number(lines, entry, from, until, chapter_looks);
        }
        if (i == lines.size()) continue;
        const HeadingLine& line = lines[i];
        HeadingCandidate heading;
        if (line.heading) {
            heading = *line.heading;
            if (heading.title.empty()) heading.title = entry.title;
        } else {
            heading = numbered(entry.appendix, entry.number.value_or(chapters + 1), line.text);
        }
        decisions[i] = {heading.appendix ? OutlineRole::appendix : OutlineRole::chapter, heading};
        if (!heading.appendix) {
            chapters = heading.number.front();
            chapter_looks.push_back(line.look);
        }
        from = i + 1;
        any = true;
    }
    return any;
}

void chapters_at_level(const std::vector<HeadingLine>& lines, int level, std::vector<OutlineDecision>& decisions) {
    int last = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const HeadingLine& line = lines[i];
        if (line.level != level || line.text.empty()) continue;
        if (is_appendix(line)) {
            decisions[i] = {OutlineRole::appendix, *line.heading};
        } else if (is_chapter_number(line)) {
            decisions[i] = {OutlineRole::chapter, *line.heading};
            last = line.heading->number.front();
        } else {
            decisions[i] = {OutlineRole::chapter, numbered(false, ++last, line.text)};
        }
    }
}

// Chapters by their numbers: see outline_plan.hpp.
void chapters_by_numbering(const std::vector<HeadingLine>& lines, bool plain_text,
                           std::vector<OutlineDecision>& decisions) {
    int last = 0;
    std::string last_look;
    struct Run {
        int last = 0;
        std::string look;
    };
    std::optional<Run> run;  // a list or quotation that went back in the numbering
    for (size_t i = 0; i < lines.size(); ++i) {
        const HeadingLine& line = lines[i];
        if (!is_chapter_number(line) || !line.plausible) continue;
        const int n = line.heading->number.front();
        const bool in_run_look = run && line.look == run->look;
        if (in_run_look && n == run->last + 1) {
            run->last = n;
            continue;
        }
        const bool next = last == 0 ? (!plain_text || n == 1)
                                    : (n == last + 1 || (!plain_text && n > last && n <= last + 1 + kMaxSkippedChapters));
        // Documents do number two chapters alike; a list item with the chapter's number does not
        // look like the chapter.
        const bool same_again = last > 0 && n == last && line.look == last_look;
        if (next || same_again) {
            decisions[i] = {OutlineRole::chapter, *line.heading};
            last = n;
            last_look = line.look;
            run.reset();
            continue;
        }
        if (in_run_look && n > run->last) {
            run->last = n;  // the list skips a number
            continue;
        }
        if (last > 0 && n <= last) run = Run{n, line.look};
    }
}

// Appendices come last: a "Bijlage N" heading followed by a chapter set as a heading mentions an
// annex inside that chapter. Chapters after an appendix (not set as headings) are dropped.
// `chapters_certain`: the chapters were listed (table of contents, round.json), so any of them
// following counts, set as a heading or not.
void appendices_after_chapters(const std::vector<HeadingLine>& lines, bool plain_text, bool chapters_certain,
                               std::vector<OutlineDecision>& decisions) {
    // One past the last chapter that a "Bijlage N" before it cannot end.
    size_t chapters_end = 0;
    for (size_t j = 0; j < lines.size(); ++j)
        if (decisions[j].role == OutlineRole::chapter && (chapters_certain || lines[j].marked)) chapters_end = j + 1;
    int last = 0;
    for (size_t i = chapters_end; i < lines.size(); ++i) {
        const HeadingLine& line = lines[i];
        if (!is_appendix(line) || !line.plausible || decisions[i].role != OutlineRole::none) continue;
        const int n = line.heading->number.front();
        if (plain_text && !(n == last + 1 || (n == last && n > 0))) continue;
        if (last == 0)  // the first appendix: no chapters after it
            for (size_t j = i + 1; j < lines.size(); ++j)
                if (decisions[j].role == OutlineRole::chapter) decisions[j] = {};
        decisions[i] = {OutlineRole::appendix, *line.heading};
        last = n;
    }
}

// Sections carry the number of the chapter they are in ("3.1" in chapter 3); a "1.1" inside
// chapter 5 belongs to something quoted there. Plain text also wants them in sequence.
void sections_in_chapters(const std::vector<HeadingLine>& lines, bool plain_text,
                          std::vector<OutlineDecision>& decisions) {
    NumberingState numbering;
    std::optional<int> chapter;  // the current chapter's number; none in an appendix
    for (size_t i = 0; i < lines.size(); ++i) {
        const HeadingLine& line = lines[i];
        OutlineDecision& decision = decisions[i];
        if (decision.role == OutlineRole::chapter || decision.role == OutlineRole::appendix) {
            chapter = decision.role == OutlineRole::chapter ? std::optional<int>(decision.heading.number.front())
                                                            : std::nullopt;
            numbering.record(decision.heading);
            continue;
        }
        if (!line.heading || line.heading->appendix || line.heading->number.size() < 2 || !line.plausible) continue;
        if (!chapter || line.heading->number.front() != *chapter) continue;
        if (plain_text && !numbering.continues(*line.heading)) continue;
        decision = {OutlineRole::section, *line.heading};
        numbering.record(*line.heading);
    }
}

bool lists_appendices(const std::vector<OutlineEntry>& listed) {
    for (const OutlineEntry& entry : listed)
        if (entry.appendix) return true;
    return false;
}

}  // namespace

std::vector<OutlineDecision> plan_outline(const std::vector<HeadingLine>& lines, const OutlineRules& rules) {
    std::vector<OutlineDecision> decisions(lines.size());
    if (rules.chapter_level > 0) {
        chapters_at_level(lines, rules.chapter_level, decisions);
    } else if (!rules.listed.empty() && follow_listed(lines, rules.listed, rules.listed_loosely, decisions)) {
        if (!lists_appendices(rules.listed)) appendices_after_chapters(lines, rules.plain_text, true, decisions);
    } else {
        chapters_by_numbering(lines, rules.plain_text, decisions);
        appendices_after_chapters(lines, rules.plain_text, false, decisions);
    }
    sections_in_chapters(lines, rules.plain_text, decisions);
    return decisions;
}

}  // namespace inspraak::core
