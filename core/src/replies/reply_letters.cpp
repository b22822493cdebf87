#include "replies/reply_letters.hpp"

#include <map>

namespace inspraak::core {

std::vector<ReplyLetter> collect_reply_letters(Store& store) {
    std::vector<ReplyLetter> letters;
    std::map<std::string, std::size_t> by_submission;
    for (auto& submission : store.submissions()) {
        by_submission[submission.id] = letters.size();
        letters.push_back(ReplyLetter{submission.id, submission.source, submission.stakeholder, submission.subject, {}});
    }
    const auto reactions = store.reactions();
    const auto groups = store.point_groups();
    std::map<std::string, int> group_sizes;
    for (const auto& [id, group] : groups) ++group_sizes[group.group_id];

    for (auto& point : store.points()) {
        const auto letter = by_submission.find(point.submission_id);
        if (letter == by_submission.end()) continue;
        ReplyPoint reply{point.id, std::move(point.text), "", false, 1};
        // A group is decided as one and its lead carries the reaction the memo publishes.
        std::string answered_by = point.id;
        if (const auto group = groups.find(point.id); group != groups.end()) {
            answered_by = group->second.group_id;
            reply.group_size = group_sizes[answered_by];
        }
        auto reaction = reactions.find(answered_by);
        if (reaction == reactions.end()) reaction = reactions.find(point.id);
        if (reaction != reactions.end()) {
            reply.reaction = reaction->second.text;
            reply.approved = reaction->second.status == "approved" && !reaction->second.text.empty();
        }
        letters[letter->second].points.push_back(std::move(reply));
    }
    return letters;
}

std::vector<std::string> unapproved_points(const std::vector<ReplyLetter>& letters) {
    std::vector<std::string> ids;
    for (const auto& letter : letters)
        for (const auto& point : letter.points)
            if (!point.approved) ids.push_back(point.id);
    return ids;
}

}  // namespace inspraak::core
