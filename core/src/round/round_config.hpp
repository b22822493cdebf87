// round.json: what a round is (docs/round-json.md). Paths are resolved against the round
// folder here, once, so the rest of the host only sees absolute paths.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/message.hpp"
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
    // The workstream whose points are worked into the framework itself (the revision's changes
    // answer them; the memo gives it no annex): the one marked "framework": true, else the first
    // listed; empty without workstreams.
    std::string framework_route;
    // Sender details for files that carry none, keyed by path relative to the submissions folder.
    std::map<std::string, Stakeholder> stakeholders;
    // "outline": the framework's chapters given explicitly, where a document defeats the
    // heuristics ({"chapters": ["1 Inleiding", ...]} or {"chapter_level": 2}).
    OutlineOverride outline;
    // Unknown keys and the like ("round.unknown_key"), for the front end to show in the user's language.
    std::vector<Message> warnings;
    std::string json;                   // the file as read, kept in the store
};

// Reads ROUND_DIR/round.json. Throws AppException (a "round.*" Message naming the file and the
// problem: not_found when the folder or file is missing, invalid when it is not JSON, lacks a
// required key or has a bad value), which the command line prints as one line.
RoundConfig load_round(const std::filesystem::path& round_folder);

// Parses round.json text; `folder` resolves relative paths.
RoundConfig parse_round(const std::string& json_text, const std::filesystem::path& folder);

}  // namespace inspraak::core
