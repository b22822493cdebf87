// Plain text (extracted from PDF or Word): headings are not marked, so a line counts as a heading
// only when everything around it agrees. This reader judges each numbered line by its shape and
// neighbours (reads_as_heading); which of them make the outline is decided on all of them at once
// (outline_plan.hpp). See framework_import.hpp for the conventions.
#include <map>
#include <optional>
#include <utility>

#include "framework/framework_builder.hpp"
#include "framework/framework_readers.hpp"
#include "framework/heading_parser.hpp"
#include "framework/outline_setup.hpp"
#include "framework/source_lines.hpp"
#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// How far (in non-blank lines) to look for the neighbouring items of a numbered list.
constexpr int kListNeighbourWindow = 4;
constexpr int kMaxUnnumberedHeadingWords = 8;
constexpr int kMinListRun = 3;
// A line this long that ends mid-sentence was wrapped at the margin.
constexpr int kMinWrappedLineWords = 8;

// A line that continues the sentence of the line above it ("... dan over zee (12 dagen versus"
// / "1 maand). Tilburg ...") is not a heading, unless it opens a page.
bool continues_previous_line(const std::vector<SourceLine>& lines, size_t i) {
    if (i == 0 || lines[i].page_start) return false;
    const SourceLine& previous = lines[i - 1];
    if (previous.blank || word_count(previous.text) < kMinWrappedLineWords) return false;
    return ends_with_lowercase(previous.text) || ends_with_any(previous.text, ",-");
}

// The number of a line that could be a numbered item or heading ("4. Is er ...", "2 Doelen"),
// with whether it is written with a dot.
std::optional<std::pair<int, bool>> item_number(const SourceLine& line) {
    auto heading = parse_heading(line.text);
    if (!heading || heading->appendix || heading->keyword || heading->number.size() != 1) return std::nullopt;
    return std::make_pair(heading->number.front(), heading->trailing_dot);
}

// The nearest line numbered `value` in the same style, at most kListNeighbourWindow non-blank
// lines away from `from` in `direction` (-1 or +1). Footnotes do not count.
std::optional<size_t> find_neighbour(const std::vector<SourceLine>& lines, size_t from, int value, bool dot,
                                     int direction) {
    int seen = 0;
    for (size_t j = from; seen < kListNeighbourWindow;) {
        if (direction < 0 ? j == 0 : j + 1 >= lines.size()) break;
        j = direction < 0 ? j - 1 : j + 1;
        if (lines[j].blank || lines[j].in_footnotes) continue;
        ++seen;
        auto number = item_number(lines[j]);
        if (number && number->first == value && number->second == dot) return j;
    }
    return std::nullopt;
}

// "5. Draagt ..." between "4. Is er ..." and "6. Zijn er ...": an item of a numbered list. A list
// is a run of at least three consecutive numbers, each close to the one before; chapters are
// never that close together three times in a row.
bool in_numbered_list(const std::vector<SourceLine>& lines, size_t i, const HeadingCandidate& heading) {
    const int n = heading.number.front();
    const bool dot = heading.trailing_dot;
    int run = 1;
    size_t position = i;
    for (int value = n - 1; value >= 1; --value) {
        auto found = find_neighbour(lines, position, value, dot, -1);
        if (!found) break;
        ++run;
        position = *found;
    }
    position = i;
    for (int value = n + 1; run < kMinListRun; ++value) {
        auto found = find_neighbour(lines, position, value, dot, +1);
        if (!found) break;
        ++run;
        position = *found;
    }
    return run >= kMinListRun;
}

bool reads_as_heading(const std::vector<SourceLine>& lines, size_t i, const HeadingCandidate& heading) {
    if (heading.appendix) return heading.title.empty() || looks_like_title(heading.title);
    if (!looks_like_title(heading.title)) return false;
    // Typeset as a heading (a PDF's font): no list or wrapped sentence, however close the
    // chapters stand (a short framework, a chapter per page).
    if (heading.keyword || lines[i].typeset_heading) return true;
    if (continues_previous_line(lines, i)) return false;
    if (heading.number.size() == 1 && in_numbered_list(lines, i, heading)) return false;
    return true;
}

// An unnumbered heading inside a chapter ("De ligging van Oss", "Versterking van de economie"):
// a short line after a blank line or at the top of a page, starting with a capital, without
// closing punctuation, followed by text. It becomes a heading passage, not a section.
bool is_unnumbered_heading(const std::vector<SourceLine>& lines, size_t i) {
    const SourceLine& line = lines[i];
    if (line.in_footnotes || !(i == 0 || lines[i - 1].blank || line.page_start)) return false;
    std::string_view t = text::trim(line.text);
    if (word_count(t) > kMaxUnnumberedHeadingWords || !starts_with_uppercase(t) || ends_with_any(t, ".,;:?!-"))
        return false;
    if (parse_list_marker(line.text) || parse_heading(line.text)) return false;
    for (size_t j = i + 1; j < lines.size(); ++j)
        if (!lines[j].blank) return !lines[j].in_footnotes;
    return false;
}

// A bare "Bijlage 3" may have its title on the next line.
std::optional<size_t> title_line_after(const std::vector<SourceLine>& lines, size_t i) {
    for (size_t j = i + 1; j < lines.size(); ++j) {
        if (lines[j].blank) continue;
        if (looks_like_title(tidy_title(lines[j].text)) && !parse_heading(lines[j].text)) return j;
        return std::nullopt;
    }
    return std::nullopt;
}

// How a numbered line is set; items of one list look alike, and unlike a chapter.
std::string look_of(const SourceLine& line, const HeadingCandidate& heading) {
    return std::string(line.typeset_heading ? "t" : "") + (heading.trailing_dot ? "." : "") + (heading.keyword ? "k" : "");
}

}  // namespace

Framework read_plain_text_framework(std::string_view text, const OutlineOverride& outline, bool heading_marks) {
    const std::vector<SourceLine> lines = read_source_lines(text, /*detect_footnotes=*/true, heading_marks);
    const OutlineSetup setup = prepare_outline(lines, outline, /*plain_text=*/true);

    // First the lines that may be headings, so that the outline is decided on all of them.
    std::vector<HeadingLine> headings;
    std::map<size_t, size_t> heading_at;      // line -> index into headings
    std::map<size_t, size_t> title_line_for;  // a bare "Bijlage 3" line -> the line with its title
    for (size_t i = 0; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (line.blank || line.in_footnotes || setup.in_contents(i)) continue;
        HeadingLine heading_line;
        heading_line.text = tidy_title(line.text);
        if (std::optional<HeadingCandidate> heading = parse_heading(line.text)) {
            if (heading->appendix && heading->title.empty()) {
                if (auto title_line = title_line_after(lines, i)) {
                    heading->title = tidy_title(lines[*title_line].text);
                    heading_line.text += " " + heading->title;
                    title_line_for[i] = *title_line;
                }
            }
            heading_line.plausible = reads_as_heading(lines, i, *heading);
            heading_line.marked = heading->keyword || line.typeset_heading;
            heading_line.look = look_of(line, *heading);
            heading_line.heading = std::move(heading);
        } else if (!is_unnumbered_heading(lines, i)) {
            continue;  // only for round.json's outline, which may name unnumbered headings
        }
        heading_at[i] = headings.size();
        headings.push_back(std::move(heading_line));
    }
    const std::vector<OutlineDecision> decisions = plan_outline(headings, setup.rules);

    FrameworkBuilder builder(/*join_wrapped_paragraphs=*/true);
    for (size_t i = 0; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (setup.in_contents(i)) continue;  // the table of contents is no passage of any chapter
        if (line.blank) {
            builder.add_blank_line();
            continue;
        }
        if (i > 0 && line.in_footnotes != lines[i - 1].in_footnotes) builder.break_paragraph();
        if (auto found = heading_at.find(i); found != heading_at.end()) {
            const OutlineDecision& decision = decisions[found->second];
            const HeadingLine& heading = headings[found->second];
            if (decision.role != OutlineRole::none &&
                builder.add_section_heading(decision.heading, heading.text, line.page)) {
                if (auto title = title_line_for.find(i); title != title_line_for.end()) i = title->second;
                continue;
            }
            // Set as a heading but not part of the outline ("Hoofdstuk 1 Inleidende regels" of
            // quoted rules): a heading inside the chapter, as in Markdown.
            if (heading.marked && heading.plausible) {
                builder.add_plain_heading(line.text, line.page);
                continue;
            }
        }
        if (is_unnumbered_heading(lines, i)) {
            builder.add_plain_heading(line.text, line.page);
            continue;
        }
        builder.add_text_line(line.text, line.page);
    }
    return builder.finish();
}

}  // namespace inspraak::core
