#include "eval/change_link_evaluation.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "app/app_error.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

}  // namespace

std::vector<ChangeLinkGold> read_change_link_gold(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw AppException(AppError{ErrorKind::not_found, Message{"eval.gold_missing", {file.string()}}});
    std::vector<ChangeLinkGold> gold;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (text::trim(line).empty()) continue;
        auto parsed = nlohmann::json::parse(line, nullptr, false);
        if (!parsed.is_object() || !parsed.contains("point") || !parsed["point"].is_string() ||
            !parsed.contains("changes") || !parsed["changes"].is_array())
            throw AppException(invalid_error("eval.gold_bad_link_line", {file.string(), std::to_string(number)}));
        ChangeLinkGold entry{number, parsed["point"].get<std::string>(), {}};
        for (const auto& piece : parsed["changes"])
            if (piece.is_string()) entry.changes.push_back(piece.get<std::string>());
        gold.push_back(std::move(entry));
    }
    if (gold.empty()) throw AppException(invalid_error("eval.gold_empty", {file.string()}));
    return gold;
}

ChangeLinkScore score_change_links(const std::vector<ChangeLinkGold>& gold, const std::vector<FrameworkChange>& changes,
                                   const std::vector<ChangeLink>& links) {
    // The change ids each piece of text names.
    auto named = [&](const std::string& piece) {
        std::set<int64_t> ids;
        const std::string wanted = text::fold_for_comparison(piece);
        for (const FrameworkChange& change : changes)
            if (text::fold_for_comparison(change.new_text).find(wanted) != std::string::npos ||
                text::fold_for_comparison(change.old_text).find(wanted) != std::string::npos)
                ids.insert(change.id);
        return ids;
    };
    std::map<std::string, std::vector<int64_t>> ranked;  // per point, its links in rank order
    for (const ChangeLink& link : links)
        if (link.state != change_link_removed) ranked[link.point_id].push_back(link.change_id);

    ChangeLinkScore score;
    for (const ChangeLinkGold& entry : gold) {
        const std::vector<int64_t>& mine = ranked[entry.point_id];
        if (entry.changes.empty()) {
            ++score.unanswered;
            if (!mine.empty()) ++score.unanswered_linked;
            continue;
        }
        ++score.points;
        std::set<int64_t> right;
        for (const std::string& piece : entry.changes) {
            const auto ids = named(piece);
            if (ids.empty()) ++score.unknown;
            ++score.links;
            if (std::any_of(ids.begin(), ids.end(),
                            [&](int64_t id) { return std::find(mine.begin(), mine.end(), id) != mine.end(); }))
                ++score.found;
            right.insert(ids.begin(), ids.end());
        }
        if (!mine.empty() && right.count(mine.front())) ++score.top1;
    }
    return score;
}

}  // namespace inspraak::core
