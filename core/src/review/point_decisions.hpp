// Records what an officer decided about points: chapters, section, route, reaction and status,
// from `inspraak set`, `inspraak approve` or an imported review sheet. Every changed field gets
// an audit entry; a point a person touched is marked decided (classification decided_by), so
// that the machine never changes its chapters or route again; the same decision recorded twice
// changes nothing and writes nothing.
//
// Lost updates: a change may carry the state it was made against (PointChange::against). The
// recorder reads the point as the store holds it now (construct it inside the Store::write that
// records the change) and, where what the change touches no longer has that value, refuses it as
// a conflict: an AppException of kind conflict naming both values, so that the write is rolled
// back and nothing is recorded.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "review/framework_lookup.hpp"
#include "store/store.hpp"

namespace inspraak::core {

// The values of a point as the store holds them now, in store terms.
struct PointState {
    bool classified = false;
    std::vector<std::string> chapters;  // ids, primary first
    std::string section;                // id or ""
    std::string route;                  // "" while unclassified
    std::string decided_by;
    bool has_reaction = false;
    std::string reaction;
    std::string status;  // "draft"/"approved", "" without a reaction
};

// The state of a point with this classification and reaction (either may be missing).
PointState point_state(const std::optional<StoredClassification>& classification, const std::optional<Reaction>& reaction);

// What to change; a field left empty (nullopt) stays as it is.
struct PointChange {
    std::optional<std::vector<std::string>> chapters;  // chapter/appendix ids, primary first
    std::optional<std::string> section;                // a section id inside the primary chapter, "" for none
    std::optional<std::string> route;                  // a workstream id or "geen" (checked by the caller)
    std::optional<std::string> reaction;
    std::optional<std::string> status;                 // "draft" or "approved"
    // The point as the officer saw it when they made the change; nullopt: no check.
    std::optional<PointState> against;

    bool empty() const { return !chapters && !section && !route && !reaction && !status; }
};

// One field that changed, as written to the audit log.
struct FieldChange {
    std::string field;  // "chapters", "section", "route", "reaction", "status", "decided_by"
    std::string old_value;
    std::string new_value;
};

// What a decision on a point of a group did: the point's own changes, and which other points of
// its group changed with it.
struct GroupDecision {
    std::vector<FieldChange> changes;
    std::vector<std::string> also_changed;
};

// Works on the store inside the caller's transaction. It reads the points it is asked about
// (and their groups) as it goes, so that one decision costs the same in a round of a hundred
// points as in a round of a million; preload() reads the whole round at once instead, for
// callers that go through most of it (approve --all, the review sheet).
class DecisionRecorder {
public:
    DecisionRecorder(Store& store, const FrameworkLookup& lookup, std::string who);

    void preload();
    bool has_point(const std::string& point_id) const;
    const std::string& who() const { return who_; }
    // The point's state now; an unknown point has the empty state.
    PointState state(const std::string& point_id) const;

    // Applies the change to one point and returns what changed (empty: nothing to do). An
    // impossible change (approving a point without a reaction, a section outside the primary
    // chapter) is an error of kind invalid, an unknown point one of kind not_found; neither
    // writes anything. A change against a stale state throws (see the file comment).
    AppResult<std::vector<FieldChange>> apply(const std::string& point_id, const PointChange& change);

    // The same for a point that may belong to a group (a campaign, a remark sent twice): the
    // reactienota shows a group once, so what the officer decides for one point holds for all of
    // them. The other points get the point's resulting values for what the change touched (the
    // chapters with the section, the reaction with its status), each with its own audit entries.
    AppResult<GroupDecision> apply_to_group(const std::string& point_id, const PointChange& change);

    // The other points of the point's group, in submission order; empty outside a group.
    std::vector<std::string> group_mates(const std::string& point_id) const;

private:
    // What the recorder knows of one point: read once, kept up to date by apply().
    struct Known {
        std::optional<StoredClassification> classification;
        std::optional<Reaction> reaction;
        std::string lead;  // its group's lead; empty outside a group
    };
    // nullptr for a point the store does not have.
    const Known* known(const std::string& point_id) const;

    Store& store_;
    const FrameworkLookup& lookup_;
    std::string who_;
    // Caches of what was read (mutable: reading is logically const).
    mutable std::map<std::string, std::optional<Known>> points_;
    mutable std::map<std::string, std::vector<std::string>> groups_;  // lead id -> lead and members
};

// Who a decision is recorded for: `given` when not empty, else $USER, else "onbekend".
std::string decision_author(const std::string& given);

// "h5,b1": how a chapter list is written to the audit log.
std::string chapter_list_text(const std::vector<std::string>& ids);

}  // namespace inspraak::core
