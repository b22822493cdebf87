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
std::string group_label(const ReportPoint& point, const nlohmann::json& labels) {
    if (point.group_size < 2) return {};
    std::string text = label(labels, "identical_responses");
    if (text.empty()) text = "{n}";
    const std::string count = std::to_string(point.group_size);
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
    view.set("group_label", group_label(point, labels));
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

// One annex per workstream that received points, except "kader": that input is processed in
// the framework itself.
data annexes_view(const ReportModel& model, const nlohmann::json& labels) {
    data annexes{data::type::list};
    int number = 0;
    for (const auto& workstream : model.workstreams) {
        if (workstream.id == "kader") continue;
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

}  // namespace

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
    view.set("annexes", annexes_view(model, labels));
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
