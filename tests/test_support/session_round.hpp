// A round folder for tests of the application layer on a test store: round.json and a
// one-chapter framework beside the store, and a RoundSession on it for one officer.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "app/round_session.hpp"
#include "store/store.hpp"

namespace inspraak {

// Writes `folder` with round.json, kader.md and an empty submissions folder.
inline void write_minimal_round(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / "submissions");
    std::ofstream(folder / "round.json") << R"({"title": "Toets", "framework": "kader.md", "submissions": "submissions"})";
    std::ofstream(folder / "kader.md") << "# 1 Aanleiding\n\nTekst.\n";
}

// The round in `folder` with its store at `store` (a --store text), opened for `who`; throws
// the AppException when it cannot be opened.
inline core::RoundSession open_round_session(const std::filesystem::path& folder, const std::string& store,
                                             const std::string& who) {
    auto opened = core::RoundSession::open(core::RoundAddress{folder, "", store}, who);
    if (!opened) throw core::AppException(opened.error());
    return std::move(opened.value());
}

// The store's audit entries of one field, oldest first, as "who|entity_id|old|new".
inline std::vector<std::string> audit_lines(core::Store& store, const std::string& field) {
    std::vector<std::string> entries;
    for (const auto& e : store.audit_log())
        if (e.field == field) entries.push_back(e.who + "|" + e.entity_id + "|" + e.old_value + "|" + e.new_value);
    return entries;
}

}  // namespace inspraak
