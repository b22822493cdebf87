// Overzicht: the progress of the round, points per chapter and stakeholder group as SVG bar
// charts (no script needed), points per route, the chapters no one commented on, and the points
// the classifier was least sure of, to check first.
#include <fmt/core.h>

#include <algorithm>

#include "web/pages.hpp"
#include "web/point_rows.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

namespace {

struct Bar {
    std::string label;
    int64_t count = 0;
    std::string link;
};

// A horizontal bar chart as SVG: one row per bar, the label left, the count right of the bar.
std::string bar_chart(const std::string& id, const std::string& title, const std::vector<Bar>& bars) {
    constexpr int row = 22;
    constexpr int label_width = 230;
    constexpr int bar_space = 260;
    int64_t most = 1;
    for (const Bar& bar : bars) most = std::max(most, bar.count);
    mustache::data list{mustache::data::type::list};
    int y = 4;
    for (const Bar& bar : bars) {
        const int width = static_cast<int>(bar.count * bar_space / most);
        mustache::data item;
        item.set("label", excerpt(bar.label, 34));
        item.set("count", std::to_string(bar.count));
        item.set("link", bar.link);
        item.set("y", std::to_string(y));
        item.set("text_y", std::to_string(y + 13));
        item.set("bar_x", std::to_string(label_width));
        item.set("bar_width", std::to_string(std::max(width, bar.count > 0 ? 1 : 0)));
        item.set("count_x", std::to_string(label_width + width + 6));
        list << item;
        y += row;
    }
    mustache::data data;
    data.set("chart_id", id);
    data.set("chart_title", title);
    data.set("width", std::to_string(label_width + bar_space + 60));
    data.set("height", std::to_string(y + 4));
    data.set("bars", list);
    return render_asset_template("bar_chart.mustache", data);
}

std::string query_link(const std::string& name, const std::string& value) {
    return httplib::append_query_params("/points", {{name, value}});
}

}  // namespace

void show_overview(PageRequest& request, RoundSession& round) {
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    auto tally = round.tally();
    if (!tally) return request.fail(tally.error());
    const FrameworkLookup lookup(*framework, round.round().workstreams);

    mustache::data data;
    const StatusCount& all = tally->all;
    data.set("total", std::to_string(all.total()));
    data.set("approved", std::to_string(all.approved));
    data.set("draft", std::to_string(all.draft));
    data.set("open", std::to_string(all.none));
    const int64_t total = std::max<int64_t>(all.total(), 1);
    const int64_t approved_width = all.approved * 600 / total;
    const int64_t draft_width = all.draft * 600 / total;
    data.set("approved_width", std::to_string(approved_width));
    data.set("draft_width", std::to_string(draft_width));
    data.set("open_x", std::to_string(approved_width + draft_width));
    data.set("open_width", std::to_string(600 - approved_width - draft_width));
    data.set("progress_label", fmt::format("{} {}, {} {}, {} {}", all.approved, request.label("progress_approved"),
                                           all.draft, request.label("progress_draft"), all.none,
                                           request.label("progress_open")));

    std::vector<Bar> chapter_bars;
    mustache::data silent{mustache::data::type::list};
    bool any_silent = false;
    for (const Section& section : framework->sections) {
        if (section.kind == SectionKind::section) continue;
        const auto it = tally->by_chapter.find(section.id);
        const int64_t count = it == tally->by_chapter.end() ? 0 : it->second.total();
        chapter_bars.push_back(Bar{section.number + " " + section.title, count,
                                   query_link("chapter", chapter_filter_value(*framework, section))});
        if (count == 0) {
            mustache::data item;
            item.set("number", section.number);
            item.set("title", section.title);
            silent << item;
            any_silent = true;
        }
    }
    data.set("chapters_chart", bar_chart("chapters-chart", std::string(request.label("per_chapter")), chapter_bars));
    data.set("silent_chapters", silent);
    data.set("has_silent_chapters", any_silent);

    std::vector<Bar> group_bars;
    for (const auto& [group, counts] : tally->by_group)
        group_bars.push_back(Bar{group.empty() ? "-" : group, counts.total(), query_link("group", group)});
    data.set("groups_chart", bar_chart("groups-chart", std::string(request.label("per_group")), group_bars));

    mustache::data routes{mustache::data::type::list};
    for (const auto& [route, counts] : tally->by_route) {
        mustache::data item;
        item.set("name", route.empty() ? std::string(request.label("not_classified"))
                                       : route_label(route, round.round().workstreams, request));
        item.set("count", std::to_string(counts.total()));
        item.set("link", route.empty() ? std::string("/points") : query_link("route", route));
        routes << item;
    }
    data.set("routes", routes);

    PointFilter lowest_first;
    lowest_first.order = PointOrder::confidence_ascending;
    lowest_first.max_confidence = 1.0;  // classified points only
    lowest_first.limit = 10;
    lowest_first.count_all = false;
    auto lowest = round.list_points(lowest_first);
    if (!lowest) return request.fail(lowest.error());
    mustache::data rows{mustache::data::type::list};
    for (const PointDetail& point : lowest->points)
        rows << point_row(point, lookup, round.round().workstreams, request);
    data.set("lowest", rows);

    request.page("overview.mustache", data, PageFrame{std::string(request.label("nav_overview")), "overview", {}});
}

}  // namespace inspraak::core
