// inspraak revise: the revised framework read beside the draft (which stays the round's
// framework), compared with it, its changes stored, and the points each change answers proposed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "host/plugin_host.hpp"
#include "revise/framework_change.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"

namespace inspraak::core {

struct RevisionSummary {
    std::string file;                       // the revised framework's file name
    std::vector<FrameworkChange> changes;  // as stored, with their ids, in document order
    int links_proposed = 0;                 // machine proposals written (an officer's decision is kept)
    bool linked = false;                    // false: no classify plugin, so no proposals
};

// In one write: the changes replace the earlier run's (see Store::replace_framework_changes),
// meta records the file and its hash, an audit entry (entity "framework", field "revise") the
// counts, and the links are proposed anew. Throws AppException: the store or its draft missing
// (not_found), the revised file unreadable ("framework.*", naming it).
RevisionSummary revise_round(Store& store, const RoundConfig& round, const PluginHost& host,
                             const std::filesystem::path& revised, const std::string& who,
                             const std::string& classifier_name);

// Proposes the links of the stored changes anew (an officer's confirmed or removed link stays as
// it is): the classifier opened on the changes matches each point, ranked with the point's
// chapters and section (change_linker.hpp). Returns the proposals written; -1 without a
// classifier. Joins the caller's write, or makes one.
int propose_links(Store& store, const RoundConfig& round, const PluginHost& host, const std::string& classifier_name);

}  // namespace inspraak::core
