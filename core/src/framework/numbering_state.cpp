#include "framework/numbering_state.hpp"

#include <iterator>

namespace inspraak::core {

std::string NumberingState::prefix_of(const HeadingCandidate& heading) {
    std::string prefix;
    for (size_t i = 0; i + 1 < heading.number.size(); ++i)
        prefix += (i ? "." : "") + std::to_string(heading.number[i]);
    return prefix;
}

bool NumberingState::continues(const HeadingCandidate& heading) const {
    if (heading.number.size() < 2 || heading.appendix || in_appendices_) return false;
    if (heading.number.front() != last_chapter_ || last_chapter_ == 0) return false;
    auto parent = last_child_.find(prefix_of(heading));
    if (parent == last_child_.end()) return false;
    int n = heading.number.back();
    return n > parent->second && n <= parent->second + 2;
}

void NumberingState::record(const HeadingCandidate& heading) {
    if (heading.number.empty()) return;
    if (heading.appendix) {
        in_appendices_ = true;
        last_child_.clear();
        return;
    }
    if (heading.number.size() == 1) {
        last_chapter_ = heading.number.front();
        in_appendices_ = false;  // outline_plan decided it is a chapter, appendices or not
        last_child_.clear();
        last_child_[heading.number_text] = 0;
        return;
    }
    last_child_[prefix_of(heading)] = heading.number.back();
    last_child_[heading.number_text] = 0;
    // A new "3.2" closes "3.1.x": forget the children of its earlier siblings.
    const std::string own_prefix = heading.number_text + ".";
    for (auto it = last_child_.begin(); it != last_child_.end();) {
        const std::string& key = it->first;
        bool deeper_than_parent = key.size() > prefix_of(heading).size() && key != heading.number_text &&
                                  key.rfind(prefix_of(heading) + ".", 0) == 0 && key.rfind(own_prefix, 0) != 0;
        it = deeper_than_parent ? last_child_.erase(it) : std::next(it);
    }
}

}  // namespace inspraak::core
