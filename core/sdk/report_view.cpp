#include "inspraak/report_view.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <charconv>
#include <map>
#include <string_view>
#include <vector>

#include "inspraak/report_stream.hpp"
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

namespace {

// The annexes as the head knows them: one per workstream that received rows, except the
// framework's own route; their rows are left to the caller.
data annex_list(const ReportHead& head) {
    data annexes{data::type::list};
    int number = 0;
    for (const auto& workstream : head.workstreams) {
        if (workstream.id == head.framework_route) continue;
        const auto rows = head.points_per_route.find(workstream.id);
        if (rows == head.points_per_route.end() || rows->second == 0) continue;
        data annex{data::type::object};
        annex.set("number", std::to_string(++number));
        annex.set("id", workstream.id);
        annex.set("name", workstream.name.empty() ? workstream.id : workstream.name);
        annexes.push_back(annex);
    }
    return annexes;
}

}  // namespace

kainjow::mustache::data make_head_view(const ReportHead& head, const nlohmann::json& labels, const data& general) {
    data view{data::type::object};
    view.set("labels", labels_view(labels));
    view.set("language", head.language.empty() ? std::string("nl") : head.language);
    view.set("title", head.title);
    view.set("date", long_date(head.date, head.language));
    view.set("date_iso", head.date);
    view.set("framework_title", head.framework_title);
    view.set("general", general);
    view.set("has_points", head.point_count > 0);
    view.set("groups", data{data::type::list});
    const data annexes = annex_list(head);
    view.set("annexes", annexes);
    // The annex "Wijzigingen in het kader" follows the workstreams' annexes, only when the round
    // has a revised framework.
    data changes{data::type::list};
    for (const auto& change : head.framework_changes) changes.push_back(change_view(change, labels));
    view.set("framework_changes", changes);
    view.set("has_framework_changes", !head.framework_changes.empty());
    view.set("changes_annex_number", std::to_string(annexes.list_value().size() + 1));
    data problems{data::type::list};
    for (const auto& problem : head.problems) problems.push_back(data{"text", problem});
    view.set("problems", problems);
    view.set("has_problems", !head.problems.empty());
    return view;
}

kainjow::mustache::data make_point_view(const ReportPoint& point, const nlohmann::json& labels) {
    return point_view(point, labels);
}

kainjow::mustache::data make_view(const ReportModel& model, const nlohmann::json& labels, const data& general) {
    data view = make_head_view(head_of(model), labels, general);
    view.set("groups", groups_view(model, labels));
    view.set("annexes", annexes_view(model, labels));
    return view;
}

namespace {

// A template cut for streaming: every `groups` section, and every `points` section inside
// `annexes`, is taken out and replaced by a variable whose value marks the place in the rendered
// document around them. Their bodies are rendered per submission or row, with the same context
// (the document, the annex, the group) as the whole template would give them.
struct StreamedTemplate {
    std::string outer;
    struct Body {
        std::string text;
        bool standalone = false;  // the section's tags stood on lines of their own: the marker has a line too
        bool annex = false;       // an annex's points; else the groups
    };
    std::vector<Body> bodies;  // marker variable "inspraak_stream_<index>"
};

struct Tag {
    std::size_t start = 0;
    std::size_t end = 0;  // after the closing braces
    char kind = 0;        // '#', '^', '/', or 0 for anything else
    std::string name;
};

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

// The tags of a template with the default delimiters; nullopt where it changes them or a tag
// does not close (the caller renders the whole template then).
std::optional<std::vector<Tag>> scan_tags(const std::string& text) {
    std::vector<Tag> tags;
    for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
        Tag tag;
        tag.start = at;
        const bool triple = text.compare(at, 3, "{{{") == 0;
        const std::size_t close = text.find(triple ? "}}}" : "}}", at + (triple ? 3 : 2));
        if (close == std::string::npos) return std::nullopt;
        tag.end = close + (triple ? 3 : 2);
        const std::string inner = text.substr(at + 2, close - at - 2);
        if (!triple && !inner.empty()) {
            if (inner[0] == '=') return std::nullopt;
            if (inner[0] == '#' || inner[0] == '^' || inner[0] == '/') {
                tag.kind = inner[0];
                tag.name = trimmed(std::string_view(inner).substr(1));
            }
        }
        tags.push_back(tag);
        at = tag.end;
    }
    return tags;
}

// Whether only blanks share the tag's line; [line_start, line_end) is that line with its '\n'.
bool standalone(const std::string& text, const Tag& tag, std::size_t& line_start, std::size_t& line_end) {
    const std::size_t before = tag.start == 0 ? std::string::npos : text.rfind('\n', tag.start - 1);
    line_start = before == std::string::npos ? 0 : before + 1;
    const std::size_t newline = text.find('\n', tag.end);
    line_end = newline == std::string::npos ? text.size() : newline + 1;
    const auto blank = [](std::string_view part) { return part.find_first_not_of(" \t\r") == std::string_view::npos; };
    const std::string_view all(text);
    return blank(all.substr(line_start, tag.start - line_start)) &&
           blank(all.substr(tag.end, (newline == std::string::npos ? text.size() : newline) - tag.end));
}

std::optional<StreamedTemplate> cut_for_streaming(const std::string& text) {
    const auto tags = scan_tags(text);
    if (!tags) return std::nullopt;
    StreamedTemplate cut;
    std::size_t copied = 0;
    std::vector<std::string> open;  // the sections around the current tag
    for (std::size_t i = 0; i < tags->size(); ++i) {
        const Tag& tag = (*tags)[i];
        if (tag.kind == '/') {
            if (!open.empty()) open.pop_back();
            continue;
        }
        if (tag.kind != '#' && tag.kind != '^') continue;
        const bool in_annex = std::find(open.begin(), open.end(), "annexes") != open.end();
        const bool streamed = tag.kind == '#' && (tag.name == "groups" || (tag.name == "points" && in_annex)) &&
                              std::find(open.begin(), open.end(), "groups") == open.end();
        if (!streamed) {
            open.push_back(tag.name);
            continue;
        }
        // The matching close: the next '/' of the same name at this depth.
        std::size_t depth = 0, j = i + 1;
        for (; j < tags->size(); ++j) {
            const Tag& other = (*tags)[j];
            if (other.kind == '#' || other.kind == '^') ++depth;
            if (other.kind == '/') {
                if (depth == 0) break;
                --depth;
            }
        }
        if (j == tags->size() || (*tags)[j].name != tag.name) return std::nullopt;
        const Tag& end = (*tags)[j];
        std::size_t open_line = 0, open_line_end = 0, close_line = 0, close_line_end = 0;
        const bool lines = standalone(text, tag, open_line, open_line_end) && standalone(text, end, close_line, close_line_end);
        StreamedTemplate::Body body;
        body.standalone = lines;
        body.annex = tag.name == "points";
        const std::string marker = "{{{inspraak_stream_" + std::to_string(cut.bodies.size()) + "}}}";
        if (lines) {
            body.text = text.substr(open_line_end, close_line - open_line_end);
            cut.outer += text.substr(copied, open_line - copied) + marker + "\n";
            copied = close_line_end;
        } else {
            body.text = text.substr(tag.end, end.start - tag.end);
            cut.outer += text.substr(copied, tag.start - copied) + marker;
            copied = end.end;
        }
        cut.bodies.push_back(std::move(body));
        i = j;
    }
    cut.outer += text.substr(copied);
    return cut;
}

constexpr char marker_fence = '\x01';

// The value of marker `body` in annex `annex` (-1: the groups): unlike anything the head holds.
std::string marker_value(std::size_t body, int annex) {
    return std::string(1, marker_fence) + "inspraak:" + std::to_string(body) + ":" + std::to_string(annex) + marker_fence;
}

kainjow::mustache::mustache parsed(const std::string& text, const TemplateFormat& format, const std::string& name) {
    kainjow::mustache::mustache tmpl{text};
    if (!tmpl.is_valid()) throw std::runtime_error(name + ": " + tmpl.error_message());
    if (format.escape) tmpl.set_custom_escape(format.escape);
    return tmpl;
}

std::string rendered(kainjow::mustache::mustache& tmpl, kainjow::mustache::context<std::string>& context,
                     const std::string& name) {
    std::string out = tmpl.render(context);
    if (!tmpl.is_valid()) throw std::runtime_error(name + ": " + tmpl.error_message());
    return out;
}

// The whole template on a view of every row: for a template the cut does not understand.
void write_whole(ReportSource& source, const std::string& text, const nlohmann::json& labels, const data& general,
                 const TemplateFormat& format, const std::function<void(std::string_view)>& out) {
    ReportModel model;
    const ReportHead& head = source.head();
    model.language = head.language;
    model.workstreams = head.workstreams;
    model.framework_route = head.framework_route;
    for_each_point(source, {}, [&](const ReportEntry& entry) { model.points.push_back(entry.point); });
    data view = make_head_view(head, labels, general);
    view.set("groups", groups_view(model, labels));
    view.set("annexes", annexes_view(model, labels));
    auto tmpl = parsed(text, format, format.template_name);
    std::string document = tmpl.render(view);
    if (!tmpl.is_valid()) throw std::runtime_error(format.template_name + ": " + tmpl.error_message());
    out(document);
}

}  // namespace

Result<void> write_template(ReportSource& source, const TemplateFormat& format,
                            const std::function<void(std::string_view)>& out) {
    return guard([&]() -> Result<void> {
        const ReportHead& head = source.head();
        auto text = read_template_file(head.templates_dir, head.language, format.template_name);
        if (!text) return text.error();
        auto labels = read_labels(head.templates_dir, head.language);
        if (!labels) return labels.error();
        const data general = format.general ? format.general(head.general_reaction) : data{data::type::list};
        // An invalid template says so before anything is written.
        parsed(text.value(), format, format.template_name);

        const auto cut = cut_for_streaming(text.value());
        if (!cut) {
            write_whole(source, text.value(), *labels, general, format, out);
            return {};
        }
        data root = make_head_view(head, *labels, general);
        // Each annex carries the markers of the bodies that are its points.
        data annexes{data::type::list};
        std::vector<std::string> annex_routes;
        int index = 0;
        for (auto annex : root["annexes"].list_value()) {
            annex_routes.push_back(annex["id"].string_value());
            for (std::size_t b = 0; b < cut->bodies.size(); ++b)
                annex.set("inspraak_stream_" + std::to_string(b), marker_value(b, index));
            annexes.push_back(annex);
            ++index;
        }
        root.set("annexes", annexes);
        for (std::size_t b = 0; b < cut->bodies.size(); ++b)
            if (!cut->bodies[b].annex) root.set("inspraak_stream_" + std::to_string(b), marker_value(b, -1));

        auto outer = parsed(cut->outer, format, format.template_name);
        kainjow::mustache::context<std::string> root_context{&root};
        const std::string document = rendered(outer, root_context, format.template_name);
        std::vector<kainjow::mustache::mustache> bodies;
        for (const auto& body : cut->bodies) bodies.push_back(parsed(body.text, format, format.template_name));

        std::size_t copied = 0;
        for (std::size_t at = document.find(marker_fence); at != std::string::npos;
             at = document.find(marker_fence, copied)) {
            const std::size_t close = document.find(marker_fence, at + 1);
            std::size_t body = 0;
            int annex = -1;
            if (close == std::string::npos || std::sscanf(document.c_str() + at + 1, "inspraak:%zu:%d", &body, &annex) != 2 ||
                body >= bodies.size()) {
                // Not a marker: a control character in the head's own text.
                out(std::string_view(document).substr(copied, at + 1 - copied));
                copied = at + 1;
                continue;
            }
            out(std::string_view(document).substr(copied, at - copied));
            copied = close + 1;
            if (cut->bodies[body].standalone && copied < document.size() && document[copied] == '\n') ++copied;
            auto& tmpl = bodies[body];
            if (annex < 0) {
                // One group per submission, in round order, headed by the sender's label.
                std::string submission;
                data group{data::type::object};
                data points{data::type::list};
                const auto flush = [&] {
                    if (points.list_value().empty()) return;
                    group.set("points", points);
                    kainjow::mustache::context<std::string> context{&root};
                    context.push(&group);
                    out(rendered(tmpl, context, format.template_name));
                    points = data{data::type::list};
                };
                for_each_point(source, {}, [&](const ReportEntry& entry) {
                    if (entry.point.submission_id != submission || points.list_value().empty()) {
                        flush();
                        submission = entry.point.submission_id;
                        group = data{data::type::object};
                        group.set("label", entry.point.label);
                        group.set("group", entry.point.group);
                    }
                    points.push_back(point_view(entry.point, *labels));
                });
                flush();
            } else {
                const data& annex_view = annexes.list_value().at(static_cast<std::size_t>(annex));
                ReportPointFilter filter;
                filter.route = annex_routes.at(static_cast<std::size_t>(annex));
                for_each_point(source, filter, [&](const ReportEntry& entry) {
                    const data point = point_view(entry.point, *labels);
                    kainjow::mustache::context<std::string> context{&root};
                    context.push(&annex_view);
                    context.push(&point);
                    out(rendered(tmpl, context, format.template_name));
                });
            }
        }
        out(std::string_view(document).substr(copied));
        return {};
    });
}

Result<std::string> render_template(const ReportModel& model, const TemplateFormat& format) {
    ModelSource source(model);
    std::string document;
    const Result<void> written = write_template(source, format, [&](std::string_view piece) { document.append(piece); });
    if (!written) return written.error();
    return document;
}

}  // namespace inspraak::report
