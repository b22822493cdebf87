#include "pipeline/change_annex.hpp"

#include <set>

#include "inspraak/light_markdown.hpp"
#include "revise/linked_changes.hpp"
#include "revise/word_diff.hpp"

namespace inspraak::core {
namespace {

// The framework's light Markdown as the annex quotes it: emphasis marks and line breaks inside a
// paragraph are the document's layout, not its words; paragraphs and list items stay lines.
std::string plain_text(std::string_view markdown) {
    std::string out;
    for (const auto& block : markdown::blocks(markdown)) {
        if (!out.empty()) out += '\n';
        if (block.list_item) out += "- ";
        for (const auto& span : markdown::spans(block.text)) out += span.text;
    }
    return out;
}

}  // namespace

std::vector<ReportChange> change_annex(const std::vector<FrameworkChange>& changes, const std::vector<ChangeLink>& links,
                                       const std::map<std::string, PointGroup>& groups,
                                       const std::vector<ReportPoint>& points) {
    // The published row of each point that answers a change: itself, or its group's lead.
    std::map<int64_t, std::set<std::string>> rows;
    for (const ChangeLink& link : share_with_campaigns(links, groups)) {
        if (!answers_point(link)) continue;
        const auto group = groups.find(link.point_id);
        rows[link.change_id].insert(group != groups.end() ? group->second.group_id : link.point_id);
    }

    std::vector<ReportChange> annex;
    for (const FrameworkChange& change : changes) {
        ReportChange out;
        out.number = static_cast<int>(annex.size()) + 1;
        out.id = change.id;
        out.kind = change.kind;
        out.scope = change.scope;
        out.chapter = change.chapter;
        out.chapter_title = change.chapter_title;
        out.section = change.section;
        out.page = change.page;
        out.old_chapter = change.old_chapter;
        out.old_section = change.old_section;
        out.old_page = change.old_page;
        out.old_text = plain_text(change.old_text);
        out.new_text = plain_text(change.new_text);
        out.diff = word_diff(out.old_text, out.new_text);
        if (const auto answered = rows.find(change.id); answered != rows.end())
            for (const ReportPoint& point : points)
                if (answered->second.contains(point.id))
                    out.points.push_back(ReportChangePoint{point.id, point.label, point.group_size});
        annex.push_back(std::move(out));
    }
    return annex;
}

}  // namespace inspraak::core
