#include "classify_bm25/framework_outline.hpp"

namespace inspraak::classify_bm25 {

bool FrameworkOutline::is_chapter(const Section& section) {
    return section.level <= 1 && (section.kind == SectionKind::chapter || section.kind == SectionKind::appendix);
}

FrameworkOutline::FrameworkOutline(std::vector<Section> sections) : sections_(std::move(sections)) {
    for (std::size_t i = 0; i < sections_.size(); ++i) by_id_.emplace(sections_[i].id, i);
    chapter_.assign(sections_.size(), none);
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        std::size_t at = i;
        // At most size() steps: a parent cycle in bad input ends here instead of looping.
        for (std::size_t steps = 0; steps <= sections_.size(); ++steps) {
            if (is_chapter(sections_[at])) {
                chapter_[i] = at;
                break;
            }
            auto parent = find(sections_[at].parent);
            if (!parent || sections_[at].parent.empty()) break;
            at = *parent;
        }
    }
}

std::optional<std::size_t> FrameworkOutline::find(std::string_view id) const {
    auto it = by_id_.find(std::string(id));
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

}  // namespace inspraak::classify_bm25
