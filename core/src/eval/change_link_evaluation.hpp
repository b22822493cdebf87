// How well the machine links points to the revised framework's changes, measured on a gold file
// of links (docs/gold-files.md, "Links to changes"): one JSON object per line,
// {"point": "I004.1", "changes": ["weegt de versterking van de economie"]}, each change named by
// a piece of its text (ids differ from store to store); an empty list: no change answers it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "revise/framework_change.hpp"

namespace inspraak::core {

struct ChangeLinkGold {
    int line = 0;
    std::string point_id;
    std::vector<std::string> changes;  // pieces of text, each naming one change
};

// Throws AppException (invalid, naming the file and line) for a line that is no such object, or a
// file without any.
std::vector<ChangeLinkGold> read_change_link_gold(const std::filesystem::path& file);

struct ChangeLinkScore {
    int points = 0;           // gold points that some change answers
    int top1 = 0;             // ... whose first-ranked link is one of their changes
    int links = 0;            // gold links (point, change)
    int found = 0;            // ... among the point's links at any rank
    int unanswered = 0;       // gold points that no change answers
    int unanswered_linked = 0;  // ... that have a link all the same
    int unknown = 0;          // gold pieces of text no change has (a wrong gold file)
    double top1_accuracy() const { return points ? static_cast<double>(top1) / points : 0; }
    double recall() const { return links ? static_cast<double>(found) / links : 0; }
};

// `links`: ranked per point (RoundSession::change_links), removed links are not counted. A piece
// of text names a change whose new or old text contains it (case and spacing ignored).
ChangeLinkScore score_change_links(const std::vector<ChangeLinkGold>& gold, const std::vector<FrameworkChange>& changes,
                                   const std::vector<ChangeLink>& links);

}  // namespace inspraak::core
