// SDK for report plugins that render a mustache template (report-md, report-html): turns the
// ReportModel into the template's data and renders it. What differs per format is a parameter:
// how the officer's general reaction becomes a list, and how {{values}} are escaped.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "inspraak/plugin.hpp"
#include "inspraak/report_model.hpp"
#include "inspraak/result.hpp"

namespace inspraak::report {

// "2024-12-12" -> "12 december 2024" ("12 December 2024" for language "en"). Anything that is
// not an ISO date comes back unchanged, so an odd date in round.json still shows.
std::string long_date(const std::string& iso_date, const std::string& language);

// "H5 Strategie", "Bijlage 1 Criteria": the prefixes come from labels.json (chapter_prefix,
// appendix_prefix); a number starting with 'B' is an appendix.
std::string chapter_reference(const ReportChapter& chapter, const nlohmann::json& labels);

// Keys: labels.*, language, title, date, date_iso, framework_title, general (as given),
// has_points, groups [{label, group, points [...]}], annexes [{number, id, name, points [...]}];
// problems [{text}] and has_problems (what the round could not read);
// has_framework_changes, changes_annex_number and framework_changes [{number ("W3"), kind,
// kind_label, is_added/is_rewritten/is_removed/is_moved, where, moved_from, old_text, new_text,
// has_old_text, has_new_text, diff [{text, is_same, is_ins, is_del}], points [{id, label,
// group_label, is_group, separator}], has_points, points_line}] (the annex of the revised
// framework's changes, after the workstreams' annexes);
// a point has id, text, where, route, route_name, reaction, has_reaction, is_draft, label, group,
// and for a campaign group_size, is_group and group_label ("12 gelijkluidende reacties").
kainjow::mustache::data make_view(const ReportModel& model, const nlohmann::json& labels,
                                  const kainjow::mustache::data& general);

// The same without the rows, for a streaming plugin: has_points from the head's count, groups
// empty, annexes [{number, id, name}] for the workstreams the head counts rows for (their points
// left to the caller); make_point_view is one point as the lists hold it.
kainjow::mustache::data make_head_view(const ReportHead& head, const nlohmann::json& labels,
                                       const kainjow::mustache::data& general);
kainjow::mustache::data make_point_view(const ReportPoint& point, const nlohmann::json& labels);

// "W3" ("C3" in English): a change as the annex numbers it (labels.json change_prefix).
std::string change_number(const ReportChange& change, const nlohmann::json& labels);

// What a template-based report format decides for itself.
struct TemplateFormat {
    std::string template_name;  // "report.md.mustache": looked up with read_template_file
    // The officer's general reaction (ReportModel::general_reaction) as the "general" list.
    std::function<kainjow::mustache::data(const std::string& general_reaction)> general;
    // How {{value}} is escaped; empty keeps mustache's HTML escaping.
    std::function<std::string(const std::string&)> escape;
};

// Reads the template and labels for the model's language from model.templates_dir, and renders
// make_view(...) with it. An Error names the template that is missing or invalid.
Result<std::string> render_template(const ReportModel& model, const TemplateFormat& format);

// The same for a streaming plugin (API 3.2), giving the document to `out` a piece at a time: the
// document around the rows is rendered once (from the head), the body of every `groups` section
// once per submission and the body of an annex's `points` section once per row, each in the
// context the whole template would give it (the document, the annex or group, the point). So a
// template is written as for make_view, and its memory does not grow with the rows. A template
// that changes the delimiters ({{=...=}}) is rendered whole, on a view of every row.
Result<void> write_template(ReportSource& source, const TemplateFormat& format,
                            const std::function<void(std::string_view)>& out);

}  // namespace inspraak::report
