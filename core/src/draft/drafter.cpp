#include "draft/drafter.hpp"

#include <fmt/core.h>
#include <kainjow/mustache.hpp>

#include "app/app_error.hpp"
#include "util/files.hpp"

namespace inspraak::core {

namespace {

std::string appendix_number(const Section& chapter) {
    // Appendix numbers are stored as "B1"; in prose they read "bijlage 1".
    return chapter.number.size() > 1 && chapter.number[0] == 'B' ? chapter.number.substr(1) : chapter.number;
}

}  // namespace

DraftContext::DraftContext(const Framework& framework, const std::vector<Workstream>& workstreams) {
    for (const auto& section : framework.sections) sections_[section.id] = &section;
    for (const auto& w : workstreams) workstreams_[w.id] = &w;
}

DraftInput DraftContext::input(const Point& point, const Classification& classification) const {
    const Section* chapter = nullptr;
    const Section* section = nullptr;
    if (!classification.chapters.empty()) {
        const auto& top = classification.chapters.front();
        if (auto it = sections_.find(top.section_id); it != sections_.end()) chapter = it->second;
        if (auto it = sections_.find(top.best_section_id); it != sections_.end()) section = it->second;
    }
    const Workstream* workstream = nullptr;
    if (auto it = workstreams_.find(classification.route); it != workstreams_.end()) workstream = it->second;
    return DraftInput{point, classification, chapter, section, workstream, {}};
}

std::string chapter_reference(const Section& chapter, const std::string& language) {
    bool dutch = language != "en";
    if (chapter.kind == SectionKind::appendix)
        return fmt::format("{} {}, {}", dutch ? "bijlage" : "appendix", appendix_number(chapter), chapter.title);
    if (chapter.kind == SectionKind::section)
        return fmt::format("{} {}, {}", dutch ? "paragraaf" : "section", chapter.number, chapter.title);
    return fmt::format("{} {}, {}", dutch ? "hoofdstuk" : "chapter", chapter.number, chapter.title);
}

Drafter::Drafter(const std::filesystem::path& templates_dir, const std::string& language) : language_(language) {
    for (const auto& lang : {language, std::string("nl")}) {
        auto folder = templates_dir / lang / "reactions";
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
            if (entry.path().extension() != ".mustache") continue;
            // The language's own template wins over the Dutch fallback.
            templates_.try_emplace(entry.path().stem().string(), read_file(entry.path()));
        }
    }
    if (!templates_.contains("default"))
        throw AppException(AppError{ErrorKind::not_found, Message{"draft.no_default_template",
                                                                  {(templates_dir / language / "reactions").string()}}});
}

namespace {

// "paragraaf 5.2", "hoofdstuk 2", "bijlage 3": where a change stands, as the reaction names it.
std::string change_place(const FrameworkChange& change, bool dutch) {
    if (!change.section.empty()) return fmt::format("{} {}", dutch ? "paragraaf" : "section", change.section);
    if (!change.chapter.empty() && (change.chapter[0] == 'B' || change.chapter[0] == 'b'))
        return fmt::format("{} {}", dutch ? "bijlage" : "appendix", change.chapter.substr(1));
    return fmt::format("{} {}", dutch ? "hoofdstuk" : "chapter", change.chapter);
}

std::string change_verb(const std::string& kind, bool dutch) {
    if (kind == "added") return dutch ? "toegevoegd" : "added";
    if (kind == "rewritten") return dutch ? "herschreven" : "rewritten";
    if (kind == "removed") return dutch ? "geschrapt" : "removed";
    return dutch ? "verplaatst" : "moved";
}

// Markdown emphasis markers are the framework's layout, not its words.
std::string quoted(std::string text) {
    std::erase(text, '*');
    return text;
}

}  // namespace

std::map<std::string, std::vector<FrameworkChange>> confirmed_changes_by_point(const std::vector<FrameworkChange>& changes,
                                                                               const std::vector<ChangeLink>& links) {
    std::map<int64_t, const FrameworkChange*> by_id;
    for (const FrameworkChange& change : changes) by_id[change.id] = &change;
    std::map<std::string, std::vector<FrameworkChange>> confirmed;
    for (const ChangeLink& link : links)
        if (link.state == change_link_confirmed)
            if (auto it = by_id.find(link.change_id); it != by_id.end()) confirmed[link.point_id].push_back(*it->second);
    return confirmed;
}

std::string Drafter::draft(const DraftInput& input) const {
    auto it = templates_.find(input.classification.route);
    const std::string& source = it != templates_.end() ? it->second : templates_.at("default");
    kainjow::mustache::mustache view(source);
    // Reactions are plain text: no HTML escaping here; report plugins escape for their format.
    view.set_custom_escape([](const std::string& s) { return s; });
    kainjow::mustache::data data;
    if (input.chapter) {
        data.set("chapter", true);
        data.set("chapter_number", input.chapter->number);
        data.set("chapter_title", input.chapter->title);
        data.set("chapter_reference", chapter_reference(*input.chapter, language_));
    }
    if (input.section) {
        data.set("section", true);
        data.set("section_number", input.section->number);
        data.set("section_title", input.section->title);
    }
    if (input.workstream) {
        data.set("workstream", true);
        data.set("workstream_name", input.workstream->name);
    }
    data.set("route", input.classification.route);
    const bool dutch = language_ != "en";
    kainjow::mustache::data changes{kainjow::mustache::data::type::list};
    for (const FrameworkChange& change : input.changes) {
        kainjow::mustache::data item;
        item.set("place", change_place(change, dutch));
        item.set("verb", change_verb(change.kind, dutch));
        item.set("text", quoted(change.kind == "removed" ? change.old_text : change.new_text));
        changes << item;
    }
    data.set("changes", changes);
    data.set("has_changes", !input.changes.empty());
    std::string text = view.render(data);
    if (!view.is_valid())
        throw AppException(invalid_error("draft.template_invalid", {view.error_message()}));
    // Templates end with a newline as text files do; the reaction itself does not.
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace inspraak::core
