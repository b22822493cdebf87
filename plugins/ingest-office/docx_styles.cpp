#include "docx_styles.hpp"

#include <algorithm>
#include <cctype>

#include "xml_part.hpp"

namespace inspraak::ingest {
namespace {

std::string val_of(const pugi::xml_node& node) { return attribute_named(node, "val").value(); }

std::optional<int> int_val(const pugi::xml_node& node) {
    if (!node) return std::nullopt;
    std::string v = val_of(node);
    if (v.empty() || !std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); }) || v.size() > 4)
        return std::nullopt;
    return std::stoi(v);
}

// "Heading 2", "heading2", "Kop 2" -> 2; "Title", "Titel" -> 1. Word stores built-in style names
// in English ("heading 1") whatever the interface language; the ids differ per language ("Kop1").
std::optional<int> level_from_style_name(const std::string& name) {
    std::string squeezed;
    for (char c : name)
        if (!std::isspace(static_cast<unsigned char>(c))) squeezed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (squeezed == "title" || squeezed == "titel") return 1;
    for (std::string_view prefix : {"heading", "kop"}) {
        if (squeezed.size() == prefix.size() + 1 && squeezed.compare(0, prefix.size(), prefix) == 0 &&
            squeezed.back() >= '1' && squeezed.back() <= '9')
            return squeezed.back() - '0';
    }
    return std::nullopt;
}

}  // namespace

DocxStyles::DocxStyles(const pugi::xml_document& styles, const pugi::xml_document& numbering) {
    for (pugi::xml_node style : styles.document_element().children()) {
        if (local_name(style) != "style") continue;
        Style s;
        s.name = val_of(child_named(style, "name"));
        s.based_on = val_of(child_named(style, "basedOn"));
        pugi::xml_node properties = child_named(style, "pPr");
        if (auto level = int_val(child_named(properties, "outlineLvl")); level && *level < 9) s.outline_level = *level;
        if (pugi::xml_node num = child_named(properties, "numPr")) {
            s.num_id = val_of(child_named(num, "numId"));
            s.num_level = int_val(child_named(num, "ilvl")).value_or(0);
        }
        styles_[attribute_named(style, "styleId").value()] = s;
    }

    auto read_levels = [](const pugi::xml_node& parent, std::map<int, Level>& into) {
        for (pugi::xml_node lvl : parent.children()) {
            if (local_name(lvl) == "lvlOverride") {
                if (pugi::xml_node inner = child_named(lvl, "lvl")) lvl = inner;
                else continue;
            }
            if (local_name(lvl) != "lvl") continue;
            Level level;
            std::string format = val_of(child_named(lvl, "numFmt"));
            level.ordered = !format.empty() && format != "bullet" && format != "none";
            level.start = int_val(child_named(lvl, "start")).value_or(1);
            into[std::atoi(attribute_named(lvl, "ilvl").value())] = level;
        }
    };
    for (pugi::xml_node node : numbering.document_element().children()) {
        if (local_name(node) == "abstractNum") {
            read_levels(node, abstract_levels_[attribute_named(node, "abstractNumId").value()]);
        } else if (local_name(node) == "num") {
            std::string id = attribute_named(node, "numId").value();
            abstract_of_num_[id] = val_of(child_named(node, "abstractNumId"));
            read_levels(node, num_overrides_[id]);
        }
    }
}

std::optional<int> DocxStyles::heading_level(const pugi::xml_node& properties) const {
    if (auto level = int_val(child_named(properties, "outlineLvl")); level && *level < 9) return *level + 1;
    std::string id = val_of(child_named(properties, "pStyle"));
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) {  // bounded: basedOn may loop
        auto it = styles_.find(id);
        if (it == styles_.end()) return level_from_style_name(id);
        const Style& style = it->second;
        if (style.outline_level) return *style.outline_level + 1;
        if (auto level = level_from_style_name(style.name)) return level;
        if (auto level = level_from_style_name(id)) return level;
        id = style.based_on;
    }
    return std::nullopt;
}

std::optional<DocxListInfo> DocxStyles::list_info(const pugi::xml_node& properties) const {
    DocxListInfo info;
    std::optional<std::string> num_id;
    if (pugi::xml_node num = child_named(properties, "numPr")) {
        num_id = val_of(child_named(num, "numId"));
        info.level = int_val(child_named(num, "ilvl")).value_or(0);
    } else {
        std::string id = val_of(child_named(properties, "pStyle"));
        for (int depth = 0; depth < 16 && !id.empty() && !num_id; ++depth) {
            auto it = styles_.find(id);
            if (it == styles_.end()) break;
            if (it->second.num_id) {
                num_id = it->second.num_id;
                info.level = it->second.num_level;
            }
            id = it->second.based_on;
        }
    }
    if (!num_id || num_id->empty() || *num_id == "0") return std::nullopt;  // numId 0 switches numbering off
    info.num_id = *num_id;
    info.level = std::clamp(info.level, 0, 8);

    auto find_level = [&](const std::map<std::string, std::map<int, Level>>& table, const std::string& key) -> const Level* {
        auto it = table.find(key);
        if (it == table.end()) return nullptr;
        auto level = it->second.find(info.level);
        return level == it->second.end() ? nullptr : &level->second;
    };
    const Level* level = find_level(num_overrides_, info.num_id);
    if (!level) {
        auto abstract = abstract_of_num_.find(info.num_id);
        if (abstract != abstract_of_num_.end()) level = find_level(abstract_levels_, abstract->second);
    }
    if (level) {  // unknown numbering stays a bullet: "-" is always right
        info.ordered = level->ordered;
        info.start = level->start;
    }
    return info;
}

}  // namespace inspraak::ingest
