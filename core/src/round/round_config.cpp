#include "round/round_config.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "app/app_error.hpp"
#include "app/message.hpp"
#include "framework/outline_entry.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

using nlohmann::json;

// A round.json that cannot be used: one line naming the file, rendered by the command line.
[[noreturn]] void fail(ErrorKind kind, std::string key, std::vector<std::string> args) {
    throw AppException(AppError{kind, Message{std::move(key), std::move(args)}});
}
[[noreturn]] void invalid(std::string key, std::vector<std::string> args) {
    fail(ErrorKind::invalid, std::move(key), std::move(args));
}

std::string string_field(const json& object, const char* key, const std::string& where, bool required) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) invalid("round.key_missing", {where, key});
        return {};
    }
    if (!it->is_string()) invalid("round.not_text", {where, key});
    return it->get<std::string>();
}

// A workstream's "framework": true marks the route whose points are worked into the framework
// itself (no annex of its own in the memo; the revision's changes answer them).
bool framework_flag(const json& item, const std::string& where, const std::string& id) {
    const auto it = item.find("framework");
    if (it == item.end() || it->is_null()) return false;
    if (!it->is_boolean()) invalid("round.workstream_framework_not_boolean", {where, id});
    return it->get<bool>();
}

Workstream parse_workstream(const json& item, const std::string& where) {
    if (!item.is_object()) invalid("round.workstream_not_object", {where});
    Workstream w;
    w.id = string_field(item, "id", where + " (workstreams)", true);
    w.name = string_field(item, "name", where + " (workstreams)", false);
    if (w.name.empty()) w.name = w.id;
    w.description = string_field(item, "description", where + " (workstreams)", false);
    if (auto it = item.find("keywords"); it != item.end()) {
        if (!it->is_array()) invalid("round.keywords_not_list", {where, w.id});
        for (const auto& k : *it)
            if (k.is_string()) w.keywords.push_back(k.get<std::string>());
    }
    if (auto it = item.find("chapters"); it != item.end()) {
        if (!it->is_array()) invalid("round.workstream_chapters_not_list", {where, w.id});
        for (const auto& c : *it) {
            if (c.is_string()) w.chapters.push_back(c.get<std::string>());
            else if (c.is_number_integer()) w.chapters.push_back(std::to_string(c.get<long long>()));
            else invalid("round.workstream_chapters_not_numbers", {where, w.id});
        }
    }
    return w;
}

Stakeholder parse_stakeholder(const json& item) {
    Stakeholder s;
    auto get = [&](const char* key) { return item.contains(key) && item[key].is_string() ? item[key].get<std::string>() : std::string(); };
    s.name = get("name");
    s.organisation = get("organisation");
    if (s.organisation.empty()) s.organisation = get("organisatie");
    s.group = get("group");
    if (s.group.empty()) s.group = get("groep");
    s.email = get("email");
    s.phone = get("phone");
    return s;
}

// "outline": {"chapters": ["1 Inleiding", "Planbeschrijving", 3, "Bijlage 1 Kaarten"]} or
// {"chapter_level": 2}; one of the two.
OutlineOverride parse_outline(const json& item, const std::string& where) {
    if (!item.is_object())
        invalid("round.outline_not_object", {where});
    OutlineOverride outline;
    for (const auto& [key, value] : item.items()) {
        if (key == "chapters") {
            if (!value.is_array() || value.empty())
                invalid("round.outline_chapters_empty", {where});
            for (const auto& chapter : value) {
                std::string text;
                if (chapter.is_string()) text = chapter.get<std::string>();
                else if (chapter.is_number_integer()) text = std::to_string(chapter.get<long long>());
                if (!parse_outline_entry(text))
                    invalid("round.outline_chapter_invalid", {where, chapter.dump()});
                outline.chapters.push_back(text);
            }
        } else if (key == "chapter_level") {
            if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > 6)
                invalid("round.outline_level_invalid", {where});
            outline.chapter_level = value.get<int>();
        } else {
            invalid("round.outline_unknown_key", {where, key});
        }
    }
    if (outline.empty())
        invalid("round.outline_empty", {where});
    if (!outline.chapters.empty() && outline.chapter_level > 0)
        invalid("round.outline_both", {where});
    return outline;
}

}  // namespace

RoundConfig parse_round(const std::string& json_text, const std::filesystem::path& folder) {
    const std::string where = (folder / "round.json").string();
    json root;
    try {
        root = json::parse(json_text);
    } catch (const json::exception& e) {
        // A syntax error, or a number too large for a double (out_of_range: "1e999"). nlohmann
        // quotes the bytes it read up to the error, which need not be UTF-8.
        invalid("round.not_json", {where, text::to_utf8(e.what())});
    }
    if (!root.is_object()) invalid("round.not_object", {where});

    RoundConfig config;
    config.json = json_text;
    config.folder = std::filesystem::absolute(folder).lexically_normal();
    config.name = config.folder.filename().string();
    if (config.name.empty()) config.name = config.folder.parent_path().filename().string();
    config.title = string_field(root, "title", where, true);
    config.date = string_field(root, "date", where, false);
    config.language = string_field(root, "language", where, false);
    if (config.language.empty()) config.language = "nl";
    if (config.language != "nl" && config.language != "en")
        invalid("round.language_unsupported", {where, config.language});
    config.framework = config.folder / string_field(root, "framework", where, true);
    std::string submissions = string_field(root, "submissions", where, false);
    config.submissions = config.folder / (submissions.empty() ? "submissions" : submissions);
    if (std::string general = string_field(root, "general_reaction", where, false); !general.empty())
        config.general_reaction = config.folder / general;
    if (std::string word_template = string_field(root, "word_template", where, false); !word_template.empty())
        config.word_template = config.folder / word_template;
    if (auto it = root.find("duplicate_threshold"); it != root.end()) {
        if (!it->is_number() || it->get<double>() <= 0 || it->get<double>() > 1)
            invalid("round.duplicate_threshold_invalid", {where});
        config.duplicate_threshold = it->get<double>();
    }

    if (auto it = root.find("workstreams"); it != root.end()) {
        if (!it->is_array()) invalid("round.workstreams_not_list", {where});
        std::set<std::string> ids;
        for (const auto& item : *it) {
            Workstream w = parse_workstream(item, where);
            if (w.id == "geen") invalid("round.workstream_geen", {where});
            if (!ids.insert(w.id).second)
                invalid("round.workstream_twice", {where, w.id});
            if (framework_flag(item, where, w.id)) {
                if (!config.framework_route.empty())
                    invalid("round.framework_route_twice", {where, config.framework_route, w.id});
                config.framework_route = w.id;
            }
            config.workstreams.push_back(std::move(w));
        }
        // Unmarked, the first workstream is the framework's own, as round.json lists it.
        if (config.framework_route.empty() && !config.workstreams.empty())
            config.framework_route = config.workstreams.front().id;
    }
    if (auto it = root.find("stakeholders"); it != root.end() && it->is_object())
        for (const auto& [file, item] : it->items())
            if (item.is_object()) config.stakeholders[file] = parse_stakeholder(item);

    if (auto it = root.find("outline"); it != root.end()) config.outline = parse_outline(*it, where);

    static const std::set<std::string> known = {"title", "date", "language", "framework", "submissions",
                                                "workstreams", "general_reaction", "stakeholders",
                                                "word_template", "duplicate_threshold", "outline"};
    for (const auto& [key, value] : root.items())
        if (!known.contains(key)) config.warnings.push_back(Message{"round.unknown_key", {where, key}});
    return config;
}

RoundConfig load_round(const std::filesystem::path& round_folder) {
    auto file = round_folder / "round.json";
    std::ifstream in(file, std::ios::binary);
    if (!std::filesystem::is_directory(round_folder))
        fail(ErrorKind::not_found, "round.folder_missing", {round_folder.string()});
    if (!in) fail(ErrorKind::not_found, "round.file_missing", {file.string()});
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parse_round(buffer.str(), round_folder);
}

}  // namespace inspraak::core
