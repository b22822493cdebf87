// Draft: a reaction for every classified point that has none yet, from the templates per route.
// With `again`, machine drafts are written anew. A machine draft of a point whose chapters or
// route the officer decided is written anew as well, so that it follows the decision. A reaction
// a person wrote, edited or approved is never touched: the stage reads and writes in one unit of
// work, and writes through save_machine_draft, which checks it again in the same statement. The
// stage goes through the round a page of points at a time, each page one unit of work.
#include <fmt/core.h>

#include "draft/drafter.hpp"
#include "pipeline/page_cache_scope.hpp"
#include "pipeline/pipeline.hpp"
#include "revise/linked_changes.hpp"
#include "util/paths.hpp"

namespace inspraak::core {
namespace {

// Points per page (per unit of work): drafting is quick, so a page holds the store's writer briefly.
constexpr int64_t draft_page_size = 2048;

}  // namespace

StageCount Pipeline::draft() {
    Store& s = store();
    PageCacheScope cache(s);
    Drafter drafter(options_.templates_dir.empty() ? default_templates_dir() : options_.templates_dir, round_.language);
    Framework framework = s.framework();
    const DraftContext context(framework, round_.workstreams);

    // A campaign's members quote the changes confirmed on their lead, as they share its reaction.
    // (Only a revised framework has links; without them no group needs to be read.)
    std::map<std::string, std::vector<FrameworkChange>> confirmed;
    if (auto links = s.change_links(); !links.empty())
        confirmed = confirmed_changes_by_point(s.framework_changes(), share_with_campaigns(links, s.point_groups()));

    // A page of points at a time (Store::points_after), each read and written in one unit of work,
    // so that memory holds one page whatever the round's size.
    StageCount count;
    RoundCursor cursor;
    for (bool more = true; more;) {
        s.write([&](Store&) {
            RoundPointPage page = s.points_after(cursor, draft_page_size);
            more = !page.points.empty();
            cursor = page.next;
            for (const PointDetail& p : page.points) {
                const auto& c = p.classification;
                const auto& r = p.reaction;
                // Machine drafts carry the machine's name, whoever ran the stage (--who is for the audit log).
                const bool machine_draft = r && r->status == "draft" && r->author == machine_author;
                const bool decided = c && !c->decided_by.empty();
                if (!c || (r && !((options_.again || decided) && machine_draft))) {
                    ++count.skipped;
                    continue;
                }
                DraftInput input = context.input(p.point, c->classification);
                if (auto changed = confirmed.find(p.point.id); changed != confirmed.end()) input.changes = changed->second;
                std::string text = drafter.draft(input);
                std::string old_text = r ? r->text : "";
                if (text == old_text) {
                    ++count.skipped;
                    continue;
                }
                if (!s.save_machine_draft(p.point.id, text)) {
                    ++count.skipped;
                    continue;
                }
                s.audit(options_.who, "point", p.point.id, "reaction", old_text, text);
                ++count.done;
            }
        });
    }
    s.refresh_statistics();  // Store::refresh_statistics says why
    return count;
}

}  // namespace inspraak::core
