// The bulk actions of the points list and the chapter page: one action on every ticked point, in
// one transaction (all or nothing): set the route or the chapters, write one reaction, take the
// reaction of the route's template or of another point, assign, approve.
#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <sstream>

#include "web/pages.hpp"
#include "web/workspace_settings.hpp"

namespace inspraak::core {

void apply_bulk_action(PageRequest& request, RoundSession& round) {
    const std::vector<std::string> ids = request.fields("id");
    const std::string back = request.back_or("/points");
    if (ids.empty()) return request.redirect(back, std::string(request.label("bulk_none_selected")));
    const std::string action = request.field("action");

    if (action == "assign") {
        auto assigned = round.assign(ids, request.field("officer"));
        if (!assigned) return request.fail(assigned.error());
        return request.redirect(back, fmt::format("{} {}", assigned->changed.size(), request.label("bulk_assigned")));
    }
    if (action == "approve") {
        auto approved = round.approve(ApprovalRequest{ids, false});
        if (!approved) return request.fail(approved.error());
        return request.redirect(back, fmt::format("{} {}", approved->approved, request.label("bulk_approved")));
    }

    // The reaction to copy is read once, for every ticked point.
    std::optional<std::string> copied;
    if (action == "copy") {
        auto source = round.point(request.field("from_point"));
        if (!source) return request.fail(source.error());
        copied = source->detail.reaction ? source->detail.reaction->text : std::string{};
    }

    std::vector<PointDecision> decisions;
    for (const auto& id : ids) {
        DecisionRequest decision;
        if (action == "route") {
            decision.route = request.field("route");
        } else if (action == "chapter") {
            std::string list = request.field("chapters");
            std::replace(list.begin(), list.end(), ',', ' ');
            std::istringstream words(list);
            for (std::string chapter; words >> chapter;) decision.chapters.push_back(chapter);
        } else if (action == "reaction") {
            decision.reaction = request.field("reaction");
        } else if (action == "copy") {
            decision.reaction = copied;
        } else if (action == "template") {
            auto text = round.template_reaction(id, request.settings().templates_dir);
            if (!text) return request.fail(text.error());
            decision.reaction = *text;
        } else {
            return request.fail(400, std::string(request.label("error_invalid")), std::string(request.label("bulk_unknown_action")));
        }
        decisions.push_back(PointDecision{id, std::move(decision)});
    }
    auto outcome = round.decide_each(decisions);
    if (!outcome) return request.fail(outcome.error());
    request.redirect(back, fmt::format("{} {}, {} {}", outcome->changed, request.label("bulk_changed"), outcome->unchanged,
                                       request.label("bulk_unchanged")));
}

}  // namespace inspraak::core
