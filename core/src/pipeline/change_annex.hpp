// The reactienota's annex "Wijzigingen in het kader": the revised framework's changes, each with
// its word-by-word difference and the published points that led to it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "inspraak/report_model.hpp"
#include "revise/framework_change.hpp"
#include "store/store_types.hpp"

namespace inspraak::core {

// The changes in document order, numbered from 1. A change's points are the published rows (a
// campaign's lead stands for its members) of the points it answers (revise/linked_changes.hpp:
// links an officer confirmed, and the machine's likely proposals nobody removed; a campaign's
// links shared), in the order of `points`. No changes (the round has no revised framework): empty.
std::vector<ReportChange> change_annex(const std::vector<FrameworkChange>& changes, const std::vector<ChangeLink>& links,
                                       const std::map<std::string, PointGroup>& groups,
                                       const std::vector<ReportPoint>& points);

}  // namespace inspraak::core
