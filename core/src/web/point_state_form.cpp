#include "web/point_state_form.hpp"

#include <nlohmann/json.hpp>

namespace inspraak::core {

std::string state_json(const PointState& state) {
    const nlohmann::json j = {{"classified", state.classified},     {"chapters", state.chapters},
                              {"section", state.section},           {"route", state.route},
                              {"decided_by", state.decided_by},     {"has_reaction", state.has_reaction},
                              {"reaction", state.reaction},         {"status", state.status}};
    return j.dump();
}

std::string point_state_json(const PointDetail& point) {
    return state_json(point_state(point.classification, point.reaction));
}

std::optional<PointState> parse_state_json(const std::string& text) {
    try {
        const auto j = nlohmann::json::parse(text);
        PointState state;
        state.classified = j.at("classified").get<bool>();
        state.chapters = j.at("chapters").get<std::vector<std::string>>();
        state.section = j.at("section").get<std::string>();
        state.route = j.at("route").get<std::string>();
        state.decided_by = j.at("decided_by").get<std::string>();
        state.has_reaction = j.at("has_reaction").get<bool>();
        state.reaction = j.at("reaction").get<std::string>();
        state.status = j.at("status").get<std::string>();
        return state;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::map<std::string, std::string> form_values(const PointState& state, const FrameworkLookup& lookup) {
    std::map<std::string, std::string> values;
    std::string chapters;
    for (const auto& id : state.chapters) {
        const Section* section = lookup.find(id);
        if (!chapters.empty()) chapters += ", ";
        chapters += section != nullptr && !section->number.empty() ? section->number : id;
    }
    values["chapters"] = chapters;
    const Section* section = state.section.empty() ? nullptr : lookup.find(state.section);
    values["section"] = section != nullptr ? section->number : state.section;
    values["route"] = state.route;
    values["reaction"] = state.reaction;
    values["status"] = state.status.empty() ? "draft" : state.status;
    return values;
}

}  // namespace inspraak::core
