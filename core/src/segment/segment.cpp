#include "segment/segment.hpp"

#include <optional>

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"
#include "segment/body_blocks.hpp"
#include "segment/courtesy.hpp"
#include "segment/letter_parts.hpp"
#include "segment/reference_finder.hpp"

namespace inspraak::core {
namespace {

// The greeting is looked for among the first lines only; what comes before it must look like
// a letterhead (short lines: sender, address, date, subject) to be dropped with it.
constexpr int kGreetingSearchLines = 12;
constexpr int kMaxLetterheadWords = 12;

// The lines that hold the input: without greeting, letterhead, sign-off, signature and
// attachment lines.
std::vector<std::string_view> input_lines(std::string_view body) {
    std::vector<std::string_view> lines = text::split_lines(body);

    size_t first = 0;
    int non_blank_seen = 0;
    for (size_t i = 0; i < lines.size() && non_blank_seen < kGreetingSearchLines; ++i) {
        std::string_view t = text::trim(lines[i]);
        if (t.empty()) continue;
        ++non_blank_seen;
        if (is_greeting(t)) {
            first = i + 1;
            break;
        }
        if (word_count(t) > kMaxLetterheadWords || parse_list_marker(lines[i])) break;
    }

    // Before the first real paragraph, an addressee line is letterhead even without a greeting.
    bool in_letterhead = true;
    std::vector<std::string_view> kept;
    for (size_t i = first; i < lines.size(); ++i) {
        std::string_view t = text::trim(lines[i]);
        if (in_letterhead && !t.empty()) {
            if (is_addressee_line(t)) continue;
            if (word_count(t) > kMaxLetterheadWords || parse_list_marker(lines[i])) in_letterhead = false;
        }
        if (is_sign_off(t)) break;  // the signature follows
        if (is_attachment_line(t)) continue;
        kept.push_back(lines[i]);
    }
    return kept;
}

// Sorts list markers so that a deeper kind may sit at the same indentation under a shallower
// one: bullets under "a." under "1.".
int marker_rank(ListMarker::Kind kind) {
    switch (kind) {
        case ListMarker::Kind::number: return 0;
        case ListMarker::Kind::letter: return 1;
        case ListMarker::Kind::bullet: return 2;
    }
    return 2;
}

bool is_child_item(const BodyBlock& parent, const BodyBlock& item) {
    return item.kind == BodyBlock::Kind::list_item &&
           (item.indent > parent.indent ||
            (item.indent == parent.indent && marker_rank(item.marker) > marker_rank(parent.marker)));
}

bool has_closing_punctuation(std::string_view s) { return ends_with_any(s, ".!?;,"); }

// A paragraph that introduces the list right after it.
bool is_list_lead_in(const BodyBlock& block, const BodyBlock* next) {
    if (next == nullptr || next->kind != BodyBlock::Kind::list_item) return false;
    const int words = word_count(block.text);
    if (ends_with_any(block.text, ":")) return words <= kMaxColonLeadInWords;
    return block.line_count == 1 && words <= kMaxListLeadInWords && !has_closing_punctuation(block.text);
}

// "Algemeen", "Hoofdstuk 5", "Economie en onderwijs" on a line of their own above more text.
bool is_standalone_heading(const BodyBlock& block, const BodyBlock* next) {
    return next != nullptr && next->kind != BodyBlock::Kind::heading && block.line_count == 1 &&
           word_count(block.text) <= kMaxStandaloneHeadingWords && starts_with_uppercase(block.text) &&
           !has_closing_punctuation(block.text) && !ends_with_any(block.text, ":");
}

// "Werkgeversvereniging Maasland" on a line of its own above a heading: a sender's name or a
// document title, not a remark.
bool is_title_line(const BodyBlock& block, const BodyBlock* next) {
    return next != nullptr && next->kind == BodyBlock::Kind::heading && block.line_count == 1 &&
           word_count(block.text) <= kMaxStandaloneHeadingWords && !has_closing_punctuation(block.text) &&
           !ends_with_any(block.text, ":");
}

// A short list item without closing punctuation with ordinary text on the very next line
// ("2. Criteria" directly above a paragraph): it heads what follows up to the next item of its
// list. After a blank line the text is taken to stand on its own, and the item is a point.
bool is_item_heading(const BodyBlock& block, const BodyBlock* next) {
    return next != nullptr && next->kind == BodyBlock::Kind::paragraph && !next->blank_before &&
           block.line_count == 1 &&
           word_count(block.text) <= kMaxStandaloneHeadingWords && starts_with_uppercase(block.text) &&
           !has_closing_punctuation(block.text) && !ends_with_any(block.text, ":");
}

// "Wij missen een aanpak voor afgestudeerden. Denk aan:" above a list of short items: the
// paragraph is already a remark (a full sentence before the one that ends in ':'), and the
// list gives its examples, so paragraph and items are one point. Returns how many items follow
// it as examples, or 0 when the list holds remarks of its own (a bare "Onze punten:" lead-in,
// or an item long enough to be a remark).
size_t example_items_after(const std::vector<BodyBlock>& blocks, size_t at) {
    const BodyBlock& block = blocks[at];
    if (!ends_with_any(block.text, ":")) return 0;
    const std::string& t = block.text;
    size_t sentence_end = t.find_first_of(".!?");
    bool has_sentence_before_last = false;
    for (; sentence_end != std::string::npos && sentence_end + 1 < t.size(); sentence_end = t.find_first_of(".!?", sentence_end + 1))
        if (t[sentence_end + 1] == ' ' && word_count(std::string_view(t).substr(0, sentence_end)) >= kMinRemarkWords)
            has_sentence_before_last = true;
    if (!has_sentence_before_last) return 0;
    size_t items = 0;
    for (size_t j = at + 1; j < blocks.size() && blocks[j].kind == BodyBlock::Kind::list_item; ++j, ++items)
        if (word_count(blocks[j].text) > kMaxExampleItemWords) return 0;
    return items;
}

struct Intro {
    std::string text;
    std::optional<BodyBlock> item;  // the parent list item; empty for a paragraph lead-in
};

// Drops the courtesy paragraphs at the edges: the opening ones before the first real point and
// the closing ones before the sign-off (courtesy.hpp). A list item or any paragraph that is not
// courtesy ends the search from its side, so courtesy words in the middle of a letter stay.
void drop_courtesy_at_edges(std::vector<Segment>& segments, const std::vector<bool>& from_paragraph) {
    auto is_courtesy_at = [&](size_t i) { return from_paragraph[i] && is_courtesy_paragraph(segments[i].text); };
    size_t first = 0;
    while (first < segments.size() && is_courtesy_at(first)) ++first;
    size_t last = segments.size();
    while (last > first && is_courtesy_at(last - 1)) --last;
    segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(last), segments.end());
    segments.erase(segments.begin(), segments.begin() + static_cast<std::ptrdiff_t>(first));
    for (size_t i = 0; i < segments.size(); ++i) segments[i].position = static_cast<int>(i) + 1;
}

}  // namespace

std::vector<Segment> segment(std::string_view body, std::string_view /*language*/) {
    const std::vector<BodyBlock> blocks = read_body_blocks(input_lines(body));
    std::vector<Segment> segments;
    std::vector<bool> from_paragraph;        // per segment: a paragraph (not a list item)
    std::string section_heading;             // from '#' lines and standalone headings
    std::optional<BodyBlock> item_heading;   // a list item heading the text below it
    std::vector<Intro> intros;               // lead-ins and parent items of the list being read

    auto current_heading = [&]() -> std::string {
        if (!intros.empty()) return intros.back().text;
        if (item_heading) return item_heading->text;
        return section_heading;
    };
    auto add_point = [&](const std::string& point_text, bool is_paragraph) {
        Segment s;
        s.text = point_text;
        s.heading = current_heading();
        s.position = static_cast<int>(segments.size()) + 1;
        // A point without references of its own is about what its heading refers to
        // ("Strategie (H5 p. 24-25)" above a list of bullets).
        s.reference = reference_text(point_text);
        if (s.reference.empty()) s.reference = reference_text(s.heading);
        segments.push_back(std::move(s));
        from_paragraph.push_back(is_paragraph);
    };

    for (size_t i = 0; i < blocks.size(); ++i) {
        const BodyBlock& block = blocks[i];
        const BodyBlock* next = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
        switch (block.kind) {
            case BodyBlock::Kind::heading:
                intros.clear();
                item_heading.reset();
                section_heading = block.text;
                break;
            case BodyBlock::Kind::paragraph:
                intros.clear();
                if (size_t examples = example_items_after(blocks, i); examples > 0) {
                    std::string remark = block.text;
                    for (size_t j = i + 1; j <= i + examples; ++j) remark += " " + blocks[j].text;
                    add_point(remark, true);
                    i += examples;
                } else if (is_list_lead_in(block, next)) {
                    intros.push_back(Intro{block.text, std::nullopt});
                } else if (is_title_line(block, next)) {
                    break;
                } else if (is_standalone_heading(block, next)) {
                    item_heading.reset();
                    section_heading = block.text;
                } else {
                    add_point(block.text, true);
                }
                break;
            case BodyBlock::Kind::list_item:
                while (!intros.empty() && intros.back().item && !is_child_item(*intros.back().item, block))
                    intros.pop_back();
                // Not nested under the item heading: the next item of its list ends its part.
                if ((intros.empty() || !intros.back().item) && item_heading && !is_child_item(*item_heading, block))
                    item_heading.reset();
                if (next != nullptr && is_child_item(block, *next)) {
                    intros.push_back(Intro{block.text, block});
                } else if (is_item_heading(block, next)) {
                    intros.clear();
                    item_heading = block;
                } else {
                    add_point(block.text, false);
                }
                break;
        }
    }
    drop_courtesy_at_edges(segments, from_paragraph);
    return segments;
}

}  // namespace inspraak::core
