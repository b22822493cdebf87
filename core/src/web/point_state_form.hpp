// A point's state in a form: the version a decision is made against travels with the form as
// JSON in a hidden field, so that the server can tell a stale save (a conflict) from a fresh one
// without keeping anything per form.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "review/framework_lookup.hpp"
#include "review/point_decisions.hpp"

namespace inspraak::core {

std::string state_json(const PointState& state);
std::string point_state_json(const PointDetail& point);
std::optional<PointState> parse_state_json(const std::string& text);

// What the decision form shows for a point in this state, by field: "chapters" ("5, 3"),
// "section" ("3.1.2"), "route" (the id), "reaction", "status" ("draft"/"approved").
std::map<std::string, std::string> form_values(const PointState& state, const FrameworkLookup& lookup);

}  // namespace inspraak::core
