// Which changes of the revised framework count as answering a point, for what the round
// publishes (the reactienota's annex) and what it tells the officer (the points the revision left
// open), and how a campaign shares its links: one rule, used everywhere.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "revise/framework_change.hpp"
#include "store/store.hpp"

namespace inspraak::core {

// A proposal at least this sure counts as answering (the machine links generously: every point
// gets its best few); an officer's confirmed link always counts, a removed one never.
inline constexpr double likely_change_link = 0.6;

// Confirmed, or proposed and at least likely_change_link.
bool answers_point(const ChangeLink& link);

// The links with a campaign's shared: a member of a group (a campaign, a remark sent twice) takes
// each link of its lead to a change, so that a link confirmed on the group's representative holds
// for every member, as its reaction does. An officer's decision on the member itself wins; the
// machine's proposal for the member gives way to a decision on the lead, and stays where the lead
// has a proposal too. New links follow `links`, each member's in its lead's order.
std::vector<ChangeLink> share_with_campaigns(const std::vector<ChangeLink>& links,
                                             const std::map<std::string, PointGroup>& groups);

// One point's links, its lead's shared (share_with_campaigns), read from the store.
std::vector<ChangeLink> point_change_links(Store& store, const std::string& point_id);

}  // namespace inspraak::core
