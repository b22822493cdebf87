// Drafts a reaction per point from templates per route and language, so that officers can
// change the wording without a rebuild: <templates>/<language>/reactions/<route>.mustache, with
// default.mustache for routes that have no template of their own.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "inspraak/model.hpp"
#include "revise/framework_change.hpp"

namespace inspraak::core {

struct DraftInput {
    const Point& point;
    const Classification& classification;
    const Section* chapter;     // the primary chapter, or null
    const Section* section;     // the best numbered section inside it, or null
    const Workstream* workstream;  // the route's workstream, or null for "geen"
    // The changes of the revised framework an officer confirmed answer this point (inspraak
    // changes --confirm, the point page): the template quotes them ({{#changes}}).
    std::vector<FrameworkChange> changes = {};
};

// The confirmed changes per point, from the store's links and changes, for DraftInput::changes.
std::map<std::string, std::vector<FrameworkChange>> confirmed_changes_by_point(const std::vector<FrameworkChange>& changes,
                                                                               const std::vector<ChangeLink>& links);

class Drafter {
public:
    // Reads the templates for `language` once (falling back to "nl" per file).
    // Throws AppException ("draft.no_default_template", not_found) naming the folder when no
    // default template exists; draft() throws "draft.template_invalid" for a broken template.
    Drafter(const std::filesystem::path& templates_dir, const std::string& language);

    std::string draft(const DraftInput& input) const;

private:
    std::string language_;
    std::map<std::string, std::string> templates_;  // route -> template text
};

// The chapter, section and workstream a classification names, looked up once for many points.
class DraftContext {
public:
    DraftContext(const Framework& framework, const std::vector<Workstream>& workstreams);
    DraftInput input(const Point& point, const Classification& classification) const;

private:
    std::map<std::string, const Section*> sections_;
    std::map<std::string, const Workstream*> workstreams_;
};

// "hoofdstuk 5, Kader internationaliseringsactiviteiten" / "bijlage 1, Partners" / "chapter 5, ..."
std::string chapter_reference(const Section& chapter, const std::string& language);

}  // namespace inspraak::core
