// Punten: the list of points with filters, full-text search, sorting and paging; the officer ticks
// points and applies a bulk action to them (bulk_action.cpp).
#include <fmt/core.h>

#include <algorithm>

#include "web/list_paging.hpp"
#include "web/pages.hpp"
#include "web/point_rows.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

namespace {

constexpr int64_t points_per_page = 50;

// The filter fields of the list as they appear in its address.
constexpr const char* filter_fields[] = {"q",        "sender",   "chapter", "section", "route", "status",
                                         "group",    "campaign", "assigned", "min",     "max",   "order"};

std::optional<double> number_field(const std::string& text) {
    if (text.empty()) return std::nullopt;
    std::string dotted = text;
    std::replace(dotted.begin(), dotted.end(), ',', '.');  // "0,5" as a Dutch officer writes it
    try {
        size_t used = 0;
        const double value = std::stod(dotted, &used);
        if (used == dotted.size()) return value;
    } catch (const std::exception&) {
    }
    return -1.0;  // out of range: list_points says what is wrong
}

PointOrder order_field(const std::string& text) {
    if (text == "confidence") return PointOrder::confidence_ascending;
    if (text == "-confidence") return PointOrder::confidence_descending;
    return PointOrder::round;
}

// The list's address with the current filters and another page.
std::string page_link(const PageRequest& request, const std::string& path, int64_t page) {
    httplib::Params params;
    for (const char* name : filter_fields)
        if (const std::string value = request.field(name); !value.empty()) params.emplace(name, value);
    if (page > 1) params.emplace("page", std::to_string(page));
    return httplib::append_query_params(path, params);
}

}  // namespace

void show_point_list(PageRequest& request, RoundSession& round, const std::string& path, const std::string& heading,
                     const std::string& nav, PointFilter filter) {
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    const FrameworkLookup lookup(*framework, round.round().workstreams);

    if (filter.text.empty()) filter.text = request.field("q");
    if (filter.chapter.empty()) filter.chapter = request.field("chapter");
    filter.section = request.field("section");
    filter.route = request.field("route");
    filter.status = request.field("status");
    filter.stakeholder_group = request.field("group");
    filter.campaign = request.field("campaign");
    filter.sender = request.field("sender");
    if (filter.assigned_to.empty()) filter.assigned_to = request.field("assigned");
    filter.min_confidence = number_field(request.field("min"));
    filter.max_confidence = number_field(request.field("max"));
    filter.order = order_field(request.field("order"));
    const ListPaging paging(request, points_per_page);
    filter.limit = paging.limit();
    filter.offset = paging.offset();

    auto listed = round.list_points(filter);
    if (!listed) return request.fail(listed.error());

    mustache::data data;
    data.set("heading", heading);
    data.set("action", path);
    mustache::data fields;
    for (const char* name : filter_fields) fields.set(name, request.field(name));
    data.set("filter", fields);
    data.set("chapter_options", chapter_options(*framework, request.field("chapter")));
    data.set("route_options", route_options(round.round().workstreams, request.field("route"), request));
    data.set("status_options", status_options(request.field("status"), request, true));
    mustache::data groups{mustache::data::type::list};
    if (auto known = round.stakeholder_groups()) {
        for (const auto& group : *known) {
            mustache::data option;
            option.set("value", group);
            option.set("label", group.empty() ? std::string("-") : group);
            option.set("selected", !group.empty() && group == request.field("group"));
            groups << option;
        }
    }
    data.set("group_options", groups);
    mustache::data orders{mustache::data::type::list};
    for (const auto& [value, label] : {std::pair{"", "order_round"}, std::pair{"confidence", "order_confidence"},
                                       std::pair{"-confidence", "order_confidence_desc"}}) {
        mustache::data option;
        option.set("value", value);
        option.set("label", std::string(request.label(label)));
        option.set("selected", request.field("order") == value);
        orders << option;
    }
    data.set("order_options", orders);

    mustache::data rows{mustache::data::type::list};
    for (const PointDetail& point : listed->points) rows << point_row(point, lookup, round.round().workstreams, request);
    data.set("points", rows);

    paging.describe(data, listed->total, request, [&](int64_t page) { return page_link(request, path, page); });
    data.set("back", page_link(request, path, paging.page()));
    request.page("points.mustache", data, PageFrame{heading, nav, {}});
}

void show_points(PageRequest& request, RoundSession& round) {
    show_point_list(request, round, "/points", std::string(request.label("nav_points")), "points", PointFilter{});
}

void show_my_points(PageRequest& request, RoundSession& round) {
    PointFilter mine;
    mine.assigned_to = request.session().officer.empty() ? round.who() : request.session().officer;
    show_point_list(request, round, "/mine", fmt::format("{} ({})", request.label("nav_mine"), mine.assigned_to), "mine", mine);
}

}  // namespace inspraak::core
