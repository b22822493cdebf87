// What the import made of a framework, for the officer to check before a round runs
// ("inspraak framework"): per chapter and appendix its sections, passages and pages, and the
// signs that the outline was read wrong.
#pragma once

#include <string>
#include <vector>

#include "inspraak/model.hpp"

namespace inspraak::core {

struct OutlineItem {
    std::string id;
    std::string number;
    std::string title;
    SectionKind kind = SectionKind::chapter;
    int level = 1;
    int passages = 0;    // body passages (not heading lines); a chapter's include its sections'
    int first_page = 0;  // 0 when the text has no pages
    int last_page = 0;
    std::vector<OutlineItem> sections;  // a chapter's or appendix's numbered sections, in order
};

struct OutlineWarning {
    enum class Kind {
        numbering_restarts,    // a chapter numbered lower than the one before it
        too_many_chapters,     // more than kMaxLikelyChapters: lists or quotations taken for chapters
        chapter_without_text,  // a chapter or appendix with no passage
        duplicate_title,       // two chapters with the same title
    };
    Kind kind;
    std::string number;        // the chapter concerned
    std::string other_number;  // restarts: the one before; duplicate_title: the first with that title
    std::string title;
    int count = 0;             // too_many_chapters: how many
};

struct OutlineSummary {
    std::string title;
    std::vector<OutlineItem> chapters;  // chapters and appendices, in document order
    std::vector<OutlineWarning> warnings;
};

inline constexpr int kMaxLikelyChapters = 20;

OutlineSummary summarize_outline(const Framework& framework);

}  // namespace inspraak::core
