#include "framework/framework_builder.hpp"

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// Joins wrapped lines into one paragraph. A line that ends in a letter and a hyphen continues
// the word on the next line ("internationaliserings-" + "activiteiten"): the hyphen stays, the
// space goes.
std::string join_lines(const std::vector<std::string_view>& lines) {
    std::string joined;
    for (std::string_view raw : lines) {
        std::string line = text::normalize_whitespace(raw);
        if (line.empty()) continue;
        bool glue = joined.size() >= 2 && joined.back() == '-' && joined[joined.size() - 2] != ' ' &&
                    starts_with_lowercase(line);
        if (!joined.empty() && !glue) joined.push_back(' ');
        joined += line;
    }
    return joined;
}

}  // namespace

FrameworkBuilder::FrameworkBuilder(bool join_wrapped_paragraphs) : join_wrapped_paragraphs_(join_wrapped_paragraphs) {}

std::string FrameworkBuilder::unique_id(const std::string& base) {
    std::string id = base;
    for (int n = 2; used_ids_.count(id) != 0; ++n) id = base + "-" + std::to_string(n);
    used_ids_.insert(id);
    return id;
}

std::string FrameworkBuilder::parent_for_section(const HeadingCandidate& heading) const {
    const std::string chapter_number = std::to_string(heading.number.front());
    if (!current_chapter_id_.empty() && current_chapter_number_ == chapter_number) return current_chapter_id_;
    auto found = chapter_id_by_number_.find(chapter_number);
    if (found != chapter_id_by_number_.end()) return found->second;
    return current_chapter_id_;  // numbering does not match any chapter: keep it where it is
}

bool FrameworkBuilder::add_section_heading(const HeadingCandidate& heading, std::string_view heading_line, int page) {
    Section section;
    section.title = heading.title;
    section.number = heading.number_text;
    if (heading.appendix) {
        section.kind = SectionKind::appendix;
        section.id = unique_id("b" + std::to_string(heading.number.front()));
    } else if (heading.number.size() == 1) {
        section.kind = SectionKind::chapter;
        section.id = unique_id("h" + heading.number_text);
    } else {
        std::string parent = parent_for_section(heading);
        if (parent.empty()) return false;
        section.kind = SectionKind::section;
        section.parent = parent;
        section.level = static_cast<int>(heading.number.size());
        section.id = unique_id("h" + heading.number_text);
    }

    flush_paragraph();
    title_considered_ = true;  // text after the first section is never the document title
    if (section.kind != SectionKind::section) {
        current_chapter_id_ = section.id;
        current_chapter_number_ = section.kind == SectionKind::chapter ? section.number : std::string();
        if (section.kind == SectionKind::chapter) chapter_id_by_number_[section.number] = section.id;
    }
    current_section_id_ = section.id;
    framework_.sections.push_back(section);
    add_passage(tidy_title(heading_line), page, true);
    return true;
}

void FrameworkBuilder::add_plain_heading(std::string_view heading_line, int page) {
    flush_paragraph();
    if (current_section_id_.empty()) {
        consider_as_title(heading_line);
        return;
    }
    add_passage(tidy_title(heading_line), page, true);
}

void FrameworkBuilder::add_text_line(std::string_view line, int page) {
    const bool starts_item = parse_list_marker(line).has_value();
    if (!paragraph_lines_.empty()) {
        // A page break after a finished sentence ends the paragraph.
        bool continues = !starts_item && !(page != paragraph_last_page_ && ends_with_any(paragraph_lines_.back(), ".!?:"));
        if (continues && blank_since_last_line_) {
            continues = join_wrapped_paragraphs_ && !ends_with_any(paragraph_lines_.back(), ".!?:;") &&
                        starts_with_lowercase(line);
        }
        if (!continues) flush_paragraph();
    }
    if (paragraph_lines_.empty()) paragraph_page_ = page;
    paragraph_lines_.push_back(line);
    paragraph_last_page_ = page;
    blank_since_last_line_ = false;
}

void FrameworkBuilder::add_blank_line() { blank_since_last_line_ = true; }

void FrameworkBuilder::break_paragraph() { flush_paragraph(); }

void FrameworkBuilder::flush_paragraph() {
    if (paragraph_lines_.empty()) return;
    if (current_section_id_.empty()) {
        // Text before the first chapter: only its first line, if short (the document title), is
        // kept. A preamble (colophon, table of contents) belongs to no chapter, and a table of
        // contents would only mislead classifiers.
        consider_as_title(paragraph_lines_.front());
    } else {
        std::string joined = join_lines(paragraph_lines_);
        if (!joined.empty()) add_passage(std::move(joined), paragraph_page_, false);
    }
    paragraph_lines_.clear();
    blank_since_last_line_ = false;
}

void FrameworkBuilder::consider_as_title(std::string_view line) {
    if (title_considered_) return;
    std::string candidate = tidy_title(strip_inline_markup(line));
    if (candidate.empty()) return;  // only markup, such as a converter's cover image: look further
    title_considered_ = true;
    if (word_count(candidate) > kMaxTitleWords || code_point_count(candidate) > kMaxTitleChars ||
        ends_with_any(candidate, ".,;:?!"))
        return;
    framework_.title = candidate;
}

void FrameworkBuilder::add_passage(std::string text, int page, bool is_heading) {
    Passage passage;
    passage.section_id = current_section_id_;
    passage.ordinal = next_ordinal_++;
    passage.page = page;
    passage.text = std::move(text);
    passage.is_heading = is_heading;
    framework_.passages.push_back(std::move(passage));
}

Framework FrameworkBuilder::finish() {
    flush_paragraph();
    return std::move(framework_);
}

}  // namespace inspraak::core
