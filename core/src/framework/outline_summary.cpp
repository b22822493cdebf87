#include "framework/outline_summary.hpp"

#include <algorithm>
#include <map>

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

void add_page(OutlineItem& item, int page) {
    if (page <= 0) return;
    item.first_page = item.first_page == 0 ? page : std::min(item.first_page, page);
    item.last_page = std::max(item.last_page, page);
}

void check(OutlineSummary& summary) {
    int chapters = 0;
    const OutlineItem* previous = nullptr;
    std::map<std::string, std::string> number_by_title;
    for (const OutlineItem& item : summary.chapters) {
        if (item.passages == 0)
            summary.warnings.push_back({OutlineWarning::Kind::chapter_without_text, item.number, "", item.title, 0});
        if (item.kind != SectionKind::chapter) continue;
        ++chapters;
        if (previous && std::stoi(item.number) < std::stoi(previous->number))
            summary.warnings.push_back({OutlineWarning::Kind::numbering_restarts, item.number, previous->number, item.title, 0});
        previous = &item;
        const std::string key = text::fold_case(item.title);
        if (auto [it, added] = number_by_title.try_emplace(key, item.number); !added)
            summary.warnings.push_back({OutlineWarning::Kind::duplicate_title, item.number, it->second, item.title, 0});
    }
    if (chapters > kMaxLikelyChapters)
        summary.warnings.push_back({OutlineWarning::Kind::too_many_chapters, "", "", "", chapters});
}

}  // namespace

OutlineSummary summarize_outline(const Framework& framework) {
    OutlineSummary summary;
    summary.title = framework.title;
    std::map<std::string, std::pair<size_t, long>> place;  // section id -> chapter index, section index (-1: the chapter)
    for (const Section& s : framework.sections) {
        OutlineItem item{s.id, s.number, s.title, s.kind, s.level, 0, 0, 0, {}};
        if (s.kind != SectionKind::section) {
            place[s.id] = {summary.chapters.size(), -1};
            summary.chapters.push_back(std::move(item));
            continue;
        }
        auto parent = place.find(s.parent);
        if (parent == place.end()) continue;  // a section without its chapter: not in the outline
        OutlineItem& chapter = summary.chapters[parent->second.first];
        place[s.id] = {parent->second.first, static_cast<long>(chapter.sections.size())};
        chapter.sections.push_back(std::move(item));
    }
    for (const Passage& p : framework.passages) {
        auto found = place.find(p.section_id);
        if (found == place.end()) continue;
        OutlineItem& chapter = summary.chapters[found->second.first];
        add_page(chapter, p.page);
        if (!p.is_heading) ++chapter.passages;
        if (found->second.second < 0) continue;
        OutlineItem& section = chapter.sections[static_cast<size_t>(found->second.second)];
        add_page(section, p.page);
        if (!p.is_heading) ++section.passages;
    }
    check(summary);
    return summary;
}

}  // namespace inspraak::core
