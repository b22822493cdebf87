#include "inspraak/report_view.hpp"

#include <array>
#include <charconv>
#include <map>
#include <string_view>
#include <vector>

#include "inspraak/report_templates.hpp"
#include "inspraak/text.hpp"

namespace inspraak::report {
namespace {

using kainjow::mustache::data;

constexpr std::array<const char*, 12> dutch_months{"januari", "februari", "maart",     "april",
                                                   "mei",     "juni",     "juli",      "augustus",
                                                   "september", "oktober", "november", "december"};
constexpr std::array<const char*, 12> english_months{"January", "February", "March",     "April",
                                                     "May",     "June",     "July",      "August",
                                                     "September", "October", "November", "December"};

bool parse_number(std::string_view digits, int& out) {
    if (digits.empty()) return false;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc{} && end == digits.data() + digits.size();
}

std::string label(const nlohmann::json& labels, const char* key) {
    const auto it = labels.find(key);
    return it != labels.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

data labels_view(const nlohmann::json& labels) {
    data view{data::type::object};
    for (const auto& [key, value] : labels.items()) {
        if (value.is_string()) view.set(key, value.get<std::string>());
    }
    return view;
}

std::string where(const ReportPoint& point, const nlohmann::json& labels) {
    if (point.chapters.empty()) return label(labels, "no_chapter");
    std::string result;
    for (const auto& chapter : point.chapters) {
        if (!result.empty()) result += "; ";
        result += chapter_reference(chapter, labels);
        if (&chapter == &point.chapters.front() && !point.section.empty()) {
            result += ", " + label(labels, "section") + " " + point.section;
        }
    }
    return result;
}

// "12 gelijkluidende reacties": labels.json's identical_responses with {n} replaced by the size.
std::string group_label(int group_size, const nlohmann::json& labels) {
    if (group_size < 2) return {};
    std::string text = label(labels, "identical_responses");
    if (text.empty()) text = "{n}";
    const std::string count = std::to_string(group_size);
    for (auto at = text.find("{n}"); at != std::string::npos; at = text.find("{n}", at + count.size()))
        text.replace(at, 3, count);
    return text;
}

data point_view(const ReportPoint& point, const nlohmann::json& labels) {
    data view{data::type::object};
    view.set("id", point.id);
    view.set("label", point.label);
    view.set("group", point.group);
    view.set("text", point.text);
    view.set("where", where(point, labels));
    view.set("route", point.route);
    view.set("route_name", point.route_name.empty() ? point.route : point.route_name);
    view.set("reaction", point.reaction);
    view.set("has_reaction", !text::trim(point.reaction).empty());
    view.set("is_draft", point.status == "draft");
    // A campaign or repeated remark: this row stands for group_size points.
    view.set("group_size", std::to_string(point.group_size));
    view.set("is_group", point.group_size > 1);
    view.set("group_label", group_label(point.group_size, labels));
    return view;
}

// One group per submission, in order of first appearance, headed by the sender's label.
data groups_view(const ReportModel& model, const nlohmann::json& labels) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const ReportPoint*>> by_submission;
    for (const auto& point : model.points) {
        auto& points = by_submission[point.submission_id];
        if (points.empty()) order.push_back(point.submission_id);
        points.push_back(&point);
    }
    data groups{data::type::list};
    for (const auto& submission_id : order) {
        const auto& points = by_submission[submission_id];
        data group{data::type::object};
        group.set("label", points.front()->label);
        group.set("group", points.front()->group);
        data point_list{data::type::list};
        for (const auto* point : points) point_list.push_back(point_view(*point, labels));
        group.set("points", point_list);
        groups.push_back(group);
    }
    return groups;
}

// One annex per workstream that received points, except the framework's own route: that input
// is processed in the framework itself.
data annexes_view(const ReportModel& model, const nlohmann::json& labels) {
    data annexes{data::type::list};
    int number = 0;
    for (const auto& workstream : model.workstreams) {
        if (workstream.id == model.framework_route) continue;
        data points{data::type::list};
        for (const auto& point : model.points) {
            if (point.route == workstream.id) points.push_back(point_view(point, labels));
        }
        if (points.list_value().empty()) continue;
        data annex{data::type::object};
        annex.set("number", std::to_string(++number));
        annex.set("id", workstream.id);
        annex.set("name", workstream.name.empty() ? workstream.id : workstream.name);
        annex.set("points", points);
        annexes.push_back(annex);
    }
    return annexes;
}

// "H5 Strategie, paragraaf 5.2, pagina 12": where a change stands, as people read it.
std::string change_place(const std::string& chapter, const std::string& chapter_title, const std::string& section,
                         int page, const nlohmann::json& labels) {
    std::string place = chapter_reference(ReportChapter{{}, chapter, chapter_title, 0}, labels);
    if (!section.empty() && section != chapter)
        place += (place.empty() ? "" : ", ") + label(labels, "section") + " " + section;
    if (page > 0) place += (place.empty() ? "" : ", ") + label(labels, "page") + " " + std::to_string(page);
    return place;
}

data change_points_view(const ReportChange& change, const nlohmann::json& labels) {
    data points{data::type::list};
    for (const auto& point : change.points) {
        data view{data::type::object};
        view.set("id", point.id);
        view.set("label", point.label);
        view.set("group_label", group_label(point.group_size, labels));
        view.set("is_group", point.group_size > 1);
        view.set("separator", &point == &change.points.front() ? std::string{} : std::string("; "));
        points.push_back(view);
    }
    return points;
}

// "I003.2 (Ondernemersvereniging Noord); I005.1 (Inwoner, 12 gelijkluidende reacties)".
std::string change_points_line(const ReportChange& change, const nlohmann::json& labels) {
    if (change.points.empty()) return label(labels, "change_no_points");
    std::string line;
    for (const auto& point : change.points) {
        const std::string group = group_label(point.group_size, labels);
        line += (line.empty() ? "" : "; ") + point.id + " (" + point.label + (group.empty() ? "" : ", " + group) + ")";
    }
    return line;
}

data change_view(const ReportChange& change, const nlohmann::json& labels) {
    data view{data::type::object};
    view.set("number", change_number(change, labels));
    view.set("kind", change.kind);
    view.set("kind_label", label(labels, ("change_" + change.kind).c_str()));
    for (const char* kind : {"added", "rewritten", "removed", "moved"})
        view.set(std::string("is_") + kind, change.kind == kind);
    view.set("where", change_place(change.chapter, change.chapter_title, change.section, change.page, labels));
    const std::string old_place =
        change_place(change.old_chapter, std::string{}, change.old_section, change.old_page, labels);
    view.set("moved_from", old_place.empty() ? std::string{} : label(labels, "change_moved_from") + " " + old_place);
    view.set("old_text", change.old_text);
    view.set("new_text", change.new_text);
    view.set("has_old_text", !change.old_text.empty());
    view.set("has_new_text", !change.new_text.empty());
    data diff{data::type::list};
    for (const auto& segment : change.diff) {
        data piece{data::type::object};
        piece.set("text", segment.text);
        piece.set("is_same", segment.op == "same");
        piece.set("is_ins", segment.op == "ins");
        piece.set("is_del", segment.op == "del");
        diff.push_back(piece);
    }
    view.set("diff", diff);
    view.set("points", change_points_view(change, labels));
    view.set("has_points", !change.points.empty());
    view.set("points_line", change_points_line(change, labels));
    return view;
}

}  // namespace

std::string change_number(const ReportChange& change, const nlohmann::json& labels) {
    return label(labels, "change_prefix") + std::to_string(change.number);
}

std::string long_date(const std::string& iso_date, const std::string& language) {
    // YYYY-MM-DD, optionally followed by a time ("2024-12-12T10:00").
    if (iso_date.size() < 10 || iso_date[4] != '-' || iso_date[7] != '-' ||
        (iso_date.size() > 10 && iso_date[10] != 'T' && iso_date[10] != ' ')) {
        return iso_date;
    }
    const std::string_view s(iso_date);
    int year = 0, month = 0, day = 0;
    if (!parse_number(s.substr(0, 4), year) || !parse_number(s.substr(5, 2), month) ||
        !parse_number(s.substr(8, 2), day) || month < 1 || month > 12 || day < 1 || day > 31) {
        return iso_date;
    }
    const auto& months = language == "en" ? english_months : dutch_months;
    return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::string chapter_reference(const ReportChapter& chapter, const nlohmann::json& labels) {
    std::string reference;
    const std::string& number = chapter.number;
    if (number.size() > 1 && (number[0] == 'B' || number[0] == 'b')) {
        reference = label(labels, "appendix_prefix") + number.substr(1);
    } else if (!number.empty()) {
        reference = label(labels, "chapter_prefix") + number;
    }
    if (!chapter.title.empty()) reference += (reference.empty() ? "" : " ") + chapter.title;
    return reference;
}

kainjow::mustache::data make_view(const ReportModel& model, const nlohmann::json& labels, const data& general) {
    data view{data::type::object};
    view.set("labels", labels_view(labels));
    view.set("language", model.language.empty() ? std::string("nl") : model.language);
    view.set("title", model.title);
    view.set("date", long_date(model.date, model.language));
    view.set("date_iso", model.date);
    view.set("framework_title", model.framework_title);
    view.set("general", general);
    view.set("has_points", !model.points.empty());
    view.set("groups", groups_view(model, labels));
    const data annexes = annexes_view(model, labels);
    view.set("annexes", annexes);
    // The annex "Wijzigingen in het kader" follows the workstreams' annexes, only when the round
    // has a revised framework.
    data changes{data::type::list};
    for (const auto& change : model.framework_changes) changes.push_back(change_view(change, labels));
    view.set("framework_changes", changes);
    view.set("has_framework_changes", !model.framework_changes.empty());
    view.set("changes_annex_number", std::to_string(annexes.list_value().size() + 1));
    data problems{data::type::list};
    for (const auto& problem : model.problems) problems.push_back(data{"text", problem});
    view.set("problems", problems);
    view.set("has_problems", !model.problems.empty());
    return view;
}

Result<std::string> render_template(const ReportModel& model, const TemplateFormat& format) {
    auto source = read_template_file(model.templates_dir, model.language, format.template_name);
    if (!source) return source.error();
    auto labels = read_labels(model.templates_dir, model.language);
    if (!labels) return labels.error();

    kainjow::mustache::mustache tmpl{source.value()};
    if (!tmpl.is_valid()) return Error{format.template_name + ": " + tmpl.error_message()};
    if (format.escape) tmpl.set_custom_escape(format.escape);
    const data general = format.general ? format.general(model.general_reaction) : data{data::type::list};
    std::string rendered = tmpl.render(make_view(model, labels.value(), general));
    if (!tmpl.is_valid()) return Error{format.template_name + ": " + tmpl.error_message()};
    return rendered;
}

}  // namespace inspraak::report
