// Turns what a person writes for a chapter, section, route or status (on the command line or in
// a cell of the review sheet, a form of the workspace) into what the store holds, or an AppError
// (kind invalid) whose message says what is allowed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_error.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

// The route of a point that goes to no workstream.
inline constexpr std::string_view no_route = "geen";

class FrameworkLookup {
public:
    FrameworkLookup(const Framework& framework, const std::vector<Workstream>& workstreams);

    // A chapter or appendix by id ("h5-2"), number ("5", "B1", "H5", "hoofdstuk 5", "bijlage 1")
    // or as the review sheet shows it ("5 Strategie"). A number two chapters share is resolved
    // by the title that follows it, else it is an error naming both.
    AppResult<std::string> chapter(std::string_view text) const;
    // A list cell of chapters, separated by ";" or line breaks ("5 Strategie; B1 Netwerken").
    AppResult<std::vector<std::string>> chapters(std::string_view list) const;
    // A numbered section by number ("3.1.2") or id. Where a number occurs more than once (two
    // chapters numbered 5), the one inside `chapter_id` is chosen.
    AppResult<std::string> section(std::string_view text, const std::string& chapter_id) const;
    // A workstream id or name, or "geen"; an error lists the allowed ones.
    AppResult<std::string> route(std::string_view text) const;

    const Section* find(const std::string& id) const;
    // "5 Strategie" (number and title), for messages; the id itself when unknown.
    std::string label(const std::string& id) const;

private:
    std::vector<const Section*> chapters_with_number(const std::string& number) const;

    const Framework& framework_;
    const std::vector<Workstream>& workstreams_;
    std::map<std::string, const Section*> by_id_;
};

// "draft"/"concept" -> "draft", "approved"/"goedgekeurd"/"vastgesteld" -> "approved" (any
// case); an empty text is "draft". std::nullopt for anything else.
std::optional<std::string> parse_status(std::string_view text);

// The status as a person reads it ("concept"/"goedgekeurd"; "draft"/"approved" in English).
Message status_word(const std::string& status);

}  // namespace inspraak::core
