// Which changes of the revised framework answer which points: the machine's proposal, ranked by
// what the point asks for found in the changed text (the round's classifier, the matching that
// places points in chapters, run over the changes instead of the chapters) and by the point's
// own chapters and section (its stored classification).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "inspraak/model.hpp"
#include "inspraak/plugin.hpp"
#include "revise/framework_change.hpp"
#include "store/store_types.hpp"

namespace inspraak::core {

// The changes as a framework a classifier can be opened on: one chapter per change (id
// change_section_id(change), the change's chapter number and title), its text the one passage
// (the new text; a removal's old text).
Framework changes_as_framework(const std::vector<FrameworkChange>& changes);
std::string change_section_id(const FrameworkChange& change);

struct LinkWeights {
    double text = 0.6;       // the classifier's score for the change (0..1)
    double chapter = 0.3;    // the change stands in the point's primary chapter (half: another of its chapters)
    double section = 0.1;    // ... and in the point's section
    double minimum = 0.2;    // a proposal scores at least this, and the text must match at all
    size_t per_point = 3;    // the best this many per point
};

struct ProposedLink {
    std::string point_id;
    int64_t change_id = 0;
    double score = 0;
};

// For each point the changes that answer it, best first per point (ties: document order).
// `matches` is the change classifier's result per point id (its chapters are change section
// ids); `classifications` the points' stored chapters; `draft` maps chapter numbers to ids.
std::vector<ProposedLink> propose_change_links(const std::vector<FrameworkChange>& changes, const Framework& draft,
                                               const std::vector<Point>& points,
                                               const std::map<std::string, Classification>& matches,
                                               const std::map<std::string, StoredClassification>& classifications,
                                               const LinkWeights& weights = {});

}  // namespace inspraak::core
