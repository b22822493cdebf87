// The framework's section tree as the classifier needs it: for any section, the chapter or
// appendix (level 1) it belongs to.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inspraak/model.hpp"

namespace inspraak::classify_bm25 {

class FrameworkOutline {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    explicit FrameworkOutline(std::vector<Section> sections);

    std::optional<std::size_t> find(std::string_view id) const;
    const Section& section(std::size_t index) const { return sections_[index]; }
    std::size_t size() const { return sections_.size(); }

    // The index of the chapter or appendix that holds section `index` (itself for a chapter),
    // found through `parent`; `none` when the chain breaks or loops.
    std::size_t chapter_of(std::size_t index) const { return chapter_[index]; }

    static bool is_chapter(const Section& section);

private:
    std::vector<Section> sections_;
    std::unordered_map<std::string, std::size_t> by_id_;  // first section with that id wins
    std::vector<std::size_t> chapter_;
};

}  // namespace inspraak::classify_bm25
