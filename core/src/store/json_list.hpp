// A list of strings kept in one text column as a JSON array (notes, a classification's why).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace inspraak::core {

inline std::string to_json_list(const std::vector<std::string>& list) { return nlohmann::json(list).dump(); }

// Anything but an array of strings reads as an empty list: a damaged column costs its note, not the round.
inline std::vector<std::string> from_json_list(const std::string& text) {
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_array()) return {};
    std::vector<std::string> list;
    for (const auto& item : parsed)
        if (item.is_string()) list.push_back(item.get<std::string>());
    return list;
}

}  // namespace inspraak::core
