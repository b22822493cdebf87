#include "revise/change_linker.hpp"

#include <algorithm>

namespace inspraak::core {

std::string change_section_id(const FrameworkChange& change) { return "w" + std::to_string(change.id); }

Framework changes_as_framework(const std::vector<FrameworkChange>& changes) {
    Framework framework;
    framework.title = "wijzigingen";
    int ordinal = 0;
    for (const FrameworkChange& change : changes) {
        const std::string& text = change.kind == "removed" ? change.old_text : change.new_text;
        if (text.empty()) continue;
        framework.sections.push_back(Section{change_section_id(change), change.chapter, change.chapter_title,
                                             SectionKind::chapter, "", 1});
        framework.passages.push_back(Passage{change_section_id(change), ++ordinal, change.page, text, false});
    }
    return framework;
}

namespace {

// The draft's chapter and section numbers by id, to compare a change's place (numbers) with a
// point's chapters (ids).
std::map<std::string, std::string> numbers_by_id(const Framework& draft) {
    std::map<std::string, std::string> numbers;
    for (const Section& section : draft.sections) numbers[section.id] = section.number;
    return numbers;
}

double place_score(const FrameworkChange& change, const Classification& point, const std::map<std::string, std::string>& numbers,
                   const LinkWeights& weights) {
    auto number = [&](const std::string& id) {
        auto it = numbers.find(id);
        return it == numbers.end() ? std::string() : it->second;
    };
    auto in = [&](const std::string& chapter_number) {
        return !chapter_number.empty() && (chapter_number == change.chapter || chapter_number == change.old_chapter);
    };
    double score = 0;
    for (size_t rank = 0; rank < point.chapters.size(); ++rank) {
        if (!in(number(point.chapters[rank].section_id))) continue;
        score = std::max(score, rank == 0 ? weights.chapter : weights.chapter / 2);
        const std::string section = number(point.chapters[rank].best_section_id);
        if (!section.empty() && (section == change.section || section == change.old_section)) score += weights.section;
        break;
    }
    return score;
}

}  // namespace

std::vector<ProposedLink> propose_change_links(const std::vector<FrameworkChange>& changes, const Framework& draft,
                                               const std::vector<Point>& points,
                                               const std::map<std::string, Classification>& matches,
                                               const std::map<std::string, StoredClassification>& classifications,
                                               const LinkWeights& weights) {
    const auto numbers = numbers_by_id(draft);
    std::map<std::string, const FrameworkChange*> by_section;
    for (const FrameworkChange& change : changes) by_section[change_section_id(change)] = &change;
    std::vector<ProposedLink> links;
    for (const Point& point : points) {
        auto match = matches.find(point.id);
        if (match == matches.end()) continue;
        const auto stored = classifications.find(point.id);
        std::vector<ProposedLink> candidates;
        for (const ChapterScore& found : match->second.chapters) {
            auto change = by_section.find(found.section_id);
            if (change == by_section.end() || found.score <= 0) continue;
            double score = weights.text * std::clamp(found.score, 0.0, 1.0);
            if (stored != classifications.end())
                score += place_score(*change->second, stored->second.classification, numbers, weights);
            if (score >= weights.minimum) candidates.push_back({point.id, change->second->id, score});
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&](const ProposedLink& a, const ProposedLink& b) {
            return a.score > b.score;
        });
        if (candidates.size() > weights.per_point) candidates.resize(weights.per_point);
        links.insert(links.end(), candidates.begin(), candidates.end());
    }
    return links;
}

}  // namespace inspraak::core
