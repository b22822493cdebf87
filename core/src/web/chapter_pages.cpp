// Per hoofdstuk: the chapters with their progress, and all points about one chapter on one page
// with a reaction field each, as officers answer a consultation chapter by chapter.
#include <fmt/core.h>

#include "web/list_paging.hpp"
#include "web/pages.hpp"
#include "web/point_rows.hpp"
#include "web/point_state_form.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

void show_chapters(PageRequest& request, RoundSession& round) {
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    auto tally = round.tally();
    if (!tally) return request.fail(tally.error());
    mustache::data chapters{mustache::data::type::list};
    for (const Section& section : framework->sections) {
        if (section.kind == SectionKind::section) continue;
        const auto it = tally->by_chapter.find(section.id);
        const StatusCount counts = it == tally->by_chapter.end() ? StatusCount{} : it->second;
        mustache::data row;
        row.set("id", section.id);
        row.set("number", section.number);
        row.set("title", section.title);
        row.set("count", std::to_string(counts.total()));
        row.set("approved", std::to_string(counts.approved));
        row.set("draft", std::to_string(counts.draft));
        row.set("open", std::to_string(counts.none));
        chapters << row;
    }
    mustache::data data;
    data.set("chapters", chapters);
    request.page("chapters.mustache", data, PageFrame{std::string(request.label("chapters_title")), "chapters", {}});
}

void show_chapter(PageRequest& request, RoundSession& round, const std::string& chapter_id) {
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    const FrameworkLookup lookup(*framework, round.round().workstreams);
    const Section* chapter = lookup.find(chapter_id);
    if (chapter == nullptr || chapter->kind == SectionKind::section)
        return request.fail(AppError{ErrorKind::not_found, Message{"lookup.unknown_chapter", {chapter_id, "-"}}});

    const ListPaging paging(request, 25);
    PointFilter filter;
    filter.chapter = chapter->id;
    filter.limit = paging.limit();
    filter.offset = paging.offset();
    auto listed = round.list_points(filter);
    if (!listed) return request.fail(listed.error());

    mustache::data data;
    data.set("number", chapter->number);
    data.set("title", chapter->title);
    const std::string path = "/chapters/" + chapter->id;
    auto link = [&](int64_t page) { return page > 1 ? fmt::format("{}?page={}", path, page) : path; };
    const std::string here = link(paging.page());
    data.set("back", here);
    mustache::data rows{mustache::data::type::list};
    for (const PointDetail& point : listed->points) {
        mustache::data row = point_row(point, lookup, round.round().workstreams, request);
        row.set("against", point_state_json(point));
        row.set("back", here);
        rows << row;
    }
    data.set("points", rows);
    paging.describe(data, listed->total, request, link);
    request.page("chapter.mustache", data, PageFrame{chapter->number + " " + chapter->title, "chapters", {}});
}

}  // namespace inspraak::core
