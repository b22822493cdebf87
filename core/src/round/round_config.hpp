// round.json: what a round is (design.md, "round.json"). Paths are resolved against the round
// folder here, once, so the rest of the host only sees absolute paths.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "framework/framework_import.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

struct RoundConfig {
    std::filesystem::path folder;       // the round folder
    std::string name;                   // the folder's name: "demo"
    std::string title;
    std::string date;                   // ISO
    std::string language = "nl";
    std::filesystem::path framework;    // absolute
    std::filesystem::path submissions;  // absolute
    std::filesystem::path general_reaction;  // absolute, or empty
    std::filesystem::path word_template;     // absolute, or empty: the Word house style
    // Two points whose word shingles overlap at least this much (estimated Jaccard similarity)
    // are published as one group ("12 gelijkluidende reacties").
    double duplicate_threshold = 0.8;
    std::vector<Workstream> workstreams;
    // Sender details for files that carry none, keyed by path relative to the submissions folder.
    std::map<std::string, Stakeholder> stakeholders;
    // "outline": the framework's chapters given explicitly, where a document defeats the
    // heuristics ({"chapters": ["1 Inleiding", ...]} or {"chapter_level": 2}).
    OutlineOverride outline;
    std::vector<std::string> warnings;  // unknown keys and the like
    std::string json;                   // the file as read, kept in the store
};

// Reads ROUND_DIR/round.json. Throws std::runtime_error with one line naming the file and the
// problem when the file is missing, not JSON, or lacks a required key.
RoundConfig load_round(const std::filesystem::path& round_folder);

// Parses round.json text; `folder` resolves relative paths.
RoundConfig parse_round(const std::string& json_text, const std::filesystem::path& folder);

}  // namespace inspraak::core
