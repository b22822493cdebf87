// Compares a draft framework with its revised version, passage by passage, and says what
// changed: what was added, rewritten, removed or moved, as sentences or whole passages.
#pragma once

#include <vector>

#include "inspraak/model.hpp"
#include "revise/framework_change.hpp"

namespace inspraak::core {

// How alike two texts must be for the comparison to treat them as one text changed rather than
// one removed and another added: passages by the Jaccard similarity of their folded word sets,
// sentences by the mean of that and their overlap (the shorter one's words found in the other).
struct DiffThresholds {
    double passage = 0.35;    // a passage of the same section rewritten (then compared by sentence)
    double sentence = 0.5;    // a sentence rewritten
    double moved = 0.6;       // a passage found in another chapter or section
};

// Passages are compared within the same chapter and section where the outline allows (sections
// are paired by title, else by number); a passage found elsewhere is a move. Inside a passage
// that was edited, sentences are paired: a sentence alike enough is rewritten, an identical one
// found in another passage is moved, the rest added or removed. Headings are not compared. The
// changes come in the revised document's order; `id` is 0 and `key` is set.
std::vector<FrameworkChange> compare_frameworks(const Framework& draft, const Framework& revised,
                                                const DiffThresholds& thresholds = {});

}  // namespace inspraak::core
