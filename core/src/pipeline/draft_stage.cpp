// Draft: a reaction for every classified point that has none yet, from the templates per route.
// With `again`, machine drafts are written anew. A machine draft of a point whose chapters or
// route the officer decided is written anew as well, so that it follows the decision. A reaction
// a person wrote, edited or approved is never touched: the stage reads and writes in one unit of
// work, and writes through save_machine_draft, which checks it again in the same statement.
#include <fmt/core.h>

#include "draft/drafter.hpp"
#include "pipeline/pipeline.hpp"
#include "revise/linked_changes.hpp"
#include "util/paths.hpp"

namespace inspraak::core {

StageCount Pipeline::draft() {
    Store& s = store();
    Drafter drafter(options_.templates_dir.empty() ? default_templates_dir() : options_.templates_dir, round_.language);
    Framework framework = s.framework();
    const DraftContext context(framework, round_.workstreams);

    StageCount count;
    s.write([&](Store&) {
        const auto classifications = s.classifications();
        const auto reactions = s.reactions();
        // A campaign's members quote the changes confirmed on their lead, as they share its reaction.
        const auto confirmed =
            confirmed_changes_by_point(s.framework_changes(), share_with_campaigns(s.change_links(), s.point_groups()));
        for (const auto& point : s.points()) {
            auto c = classifications.find(point.id);
            auto r = reactions.find(point.id);
            // Machine drafts carry the machine's name, whoever ran the stage (--who is for the audit log).
            bool machine_draft =
                r != reactions.end() && r->second.status == "draft" && r->second.author == machine_author;
            bool decided = c != classifications.end() && !c->second.decided_by.empty();
            if (c == classifications.end() || (r != reactions.end() && !((options_.again || decided) && machine_draft))) {
                ++count.skipped;
                continue;
            }
            DraftInput input = context.input(point, c->second.classification);
            if (auto changed = confirmed.find(point.id); changed != confirmed.end()) input.changes = changed->second;
            std::string text = drafter.draft(input);
            std::string old_text = r != reactions.end() ? r->second.text : "";
            if (text == old_text) {
                ++count.skipped;
                continue;
            }
            if (!s.save_machine_draft(point.id, text)) {
                ++count.skipped;
                continue;
            }
            s.audit(options_.who, "point", point.id, "reaction", old_text, text);
            ++count.done;
        }
    });
    return count;
}

}  // namespace inspraak::core
