#include "web/point_rows.hpp"

#include <fmt/core.h>

#include "web/labels.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

std::string excerpt(std::string_view text, size_t max_chars) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // a continuation byte
        if (chars == max_chars) return std::string(text.substr(0, i)) + "…";
        ++chars;
    }
    return std::string(text);
}

std::string confidence_text(const PointDetail& point) {
    if (!point.classification) return {};
    return fmt::format("{:.2f}", point.classification->classification.confidence);
}

std::string status_key(const PointDetail& point) {
    if (!point.reaction) return "none";
    return point.reaction->status == "approved" ? "approved" : "draft";
}

std::string sender_of(const Stakeholder& stakeholder) {
    if (!stakeholder.organisation.empty()) return stakeholder.organisation;
    if (!stakeholder.name.empty()) return stakeholder.name;
    return "-";
}

std::string route_label(const std::string& route, const std::vector<Workstream>& workstreams,
                        const PageRequest& request) {
    if (route == no_route) return std::string(request.label("route_none"));
    for (const Workstream& w : workstreams)
        if (w.id == route) return w.name.empty() ? w.id : w.name;
    return route;
}

mustache::data point_row(const PointDetail& point, const FrameworkLookup& lookup,
                         const std::vector<Workstream>& workstreams, const PageRequest& request) {
    mustache::data row;
    row.set("id", point.point.id);
    row.set("text", point.point.text);
    row.set("excerpt", excerpt(point.point.text, 220));
    row.set("sender", sender_of(point.submission.stakeholder));
    row.set("stakeholder_group", point.submission.stakeholder.group);
    std::string chapter;
    std::string route;
    mustache::data other_chapters{mustache::data::type::list};
    if (point.classification) {
        const Classification& c = point.classification->classification;
        if (!c.chapters.empty()) chapter = lookup.label(c.chapters.front().section_id);
        for (size_t i = 1; i < c.chapters.size(); ++i) other_chapters << mustache::data(lookup.label(c.chapters[i].section_id));
        route = route_label(c.route, workstreams, request);
    }
    row.set("chapter", chapter);
    row.set("other_chapters", other_chapters);  // the filter on a chapter finds a point by any of them
    row.set("route", route);
    row.set("confidence", confidence_text(point));
    const std::string status = status_key(point);
    row.set("status_class", status);
    row.set("status", std::string(request.label("status_" + status)));
    row.set("reaction", point.reaction ? point.reaction->text : std::string{});
    row.set("reaction_excerpt", point.reaction ? excerpt(point.reaction->text, 160) : std::string{});
    if (point.group) row.set("group", point.group->group_id);
    if (!point.assigned_to.empty()) row.set("assigned_to", point.assigned_to);
    return row;
}

std::string chapter_filter_value(const Framework& framework, const Section& chapter) {
    if (chapter.number.empty()) return chapter.id;
    for (const Section& other : framework.sections)
        if (&other != &chapter && other.kind != SectionKind::section && other.number == chapter.number) return chapter.id;
    return chapter.number;
}

mustache::data chapter_options(const Framework& framework, const std::string& selected) {
    mustache::data options{mustache::data::type::list};
    for (const Section& section : framework.sections) {
        if (section.kind == SectionKind::section) continue;
        const std::string value = chapter_filter_value(framework, section);
        mustache::data option;
        option.set("value", value);
        option.set("label", section.number + " " + section.title);
        option.set("selected", !selected.empty() && (selected == value || selected == section.id));
        options << option;
    }
    return options;
}

mustache::data route_options(const std::vector<Workstream>& workstreams, const std::string& selected,
                             const PageRequest& request) {
    mustache::data options{mustache::data::type::list};
    for (const Workstream& w : workstreams) {
        mustache::data option;
        option.set("value", w.id);
        option.set("label", w.name.empty() ? w.id : w.name);
        option.set("selected", selected == w.id);
        options << option;
    }
    mustache::data none;
    none.set("value", std::string(no_route));
    none.set("label", std::string(request.label("route_none")));
    none.set("selected", selected == no_route);
    options << none;
    return options;
}

mustache::data status_options(const std::string& selected, const PageRequest& request, bool with_none) {
    mustache::data options{mustache::data::type::list};
    for (const char* key : {"draft", "approved", "none"}) {
        if (!with_none && std::string_view(key) == "none") continue;
        mustache::data option;
        option.set("value", key);
        option.set("label", std::string(request.label(std::string("status_") + key)));
        option.set("selected", selected == key);
        options << option;
    }
    return options;
}

}  // namespace inspraak::core
