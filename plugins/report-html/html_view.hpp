// Turns the ReportModel into the data the HTML template is rendered with.
// (Each report plugin converts the model itself: plugins share only the public SDK.)
#pragma once

#include <string>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "inspraak/report_model.hpp"

namespace inspraak::report_html {

// "2024-12-12" -> "12 december 2024" ("12 December 2024" for language "en"). Anything that is
// not an ISO date comes back unchanged, so an odd date in round.json still shows.
std::string long_date(const std::string& iso_date, const std::string& language);

// "H5 Strategie", "Bijlage 1 Criteria": the prefixes come from labels.json.
std::string chapter_reference(const ReportChapter& chapter, const nlohmann::json& labels);

// Keys: labels.*, language, title, date, date_iso, framework_title, general [{html}],
// has_points, groups [{label, group, points [...]}], annexes [{number, name, points [...]}];
// problems [{text}] and has_problems (what the round could not read);
// a point has id, text, where, route, route_name, reaction, has_reaction, is_draft, label.
kainjow::mustache::data make_view(const ReportModel& model, const nlohmann::json& labels);

}  // namespace inspraak::report_html
