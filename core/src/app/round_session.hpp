// A round opened for reading and deciding: the operations an officer's front end (the command
// line, the web workspace) calls on a round whose store exists. Each operation owns its
// transaction and returns an AppResult: a value, or an error with a kind (not_found, invalid,
// conflict, internal) and a Message that the front end renders in the user's language.
//
// The rules of review live here and below, never in a front end: what a section given alone
// does to the chapters, what "approve all" selects, how a stale change becomes a conflict.
// Values come in as a person writes them ("5", "B1", "3.1.2", "concept"); the FrameworkLookup
// turns them into store ids.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "app/store_shelf.hpp"
#include "inspraak/report_model.hpp"
#include "pipeline/report_model.hpp"
#include "review/point_decisions.hpp"
#include "review/review_import.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"

namespace inspraak::core {

// Where a round and its store are.
struct RoundAddress {
    std::filesystem::path round_dir;  // the folder with round.json
    std::filesystem::path out_dir;    // empty: reports/<round name> under the working folder
    std::string store;                // --store: a SQLite file or postgresql://...?round=NAME; empty: <out_dir>/round.db
};

// The round's config and where its store is: --store when given, else <out>/round.db. Throws
// what load_round and StoreLocation::parse throw (AppExceptions).
struct LocatedRound {
    RoundConfig round;
    StoreLocation location;
};
LocatedRound locate_round(const RoundAddress& address);

// Which points to list, as a person writes the values; empty matches all.
struct PointFilter {
    std::string chapter;            // "5", "B1", "h5" (any of the point's chapters)
    std::string section;            // "3.1.2": the section chosen in the primary chapter
    std::string route;              // a workstream id or name, or "geen"
    std::string status;             // "concept"/"draft", "goedgekeurd"/"approved", "geen"/"none" (no reaction)
    std::string stakeholder_group;  // the sender's group as round.json names it
    std::string campaign;           // a point id: the points of its campaign or duplicate group
    std::string text;               // words in the point's text (case-insensitive)
    std::string sender;             // part of the sender's organisation or name (case-insensitive)
    std::optional<double> min_confidence;
    std::optional<double> max_confidence;
    std::string assigned_to;        // the officer the points are assigned to; "geen"/"none": to nobody
    PointOrder order = PointOrder::round;
    int64_t limit = 50;  // 0: all
    int64_t offset = 0;
    bool count_all = true;  // false: PointPage::total stays 0 (a list that shows no total need not count)
};

struct PointPage {
    std::vector<PointDetail> points;
    int64_t total = 0;  // matching points on all pages
    int64_t offset = 0;
    int64_t limit = 0;
};

// One point with everything an officer needs to decide on it.
struct PointView {
    PointDetail detail;
    PointState state;                       // what a decision is made against (its version)
    std::string origin;                     // the attachment or archive member it came from; "" for the file itself
    std::vector<std::string> group_points;  // the other points of its campaign or duplicate group
    std::vector<AuditEntry> history;        // oldest first
};

// A decision as a person gives it; a field left empty stays as it is.
struct DecisionRequest {
    std::vector<std::string> chapters;  // "5", "B1", "h5-2"; the first is the primary one
    std::optional<std::string> section;  // "3.1.2", or "geen"
    std::optional<std::string> route;    // a workstream id or name, or "geen"
    std::optional<std::string> reaction;
    std::optional<std::string> status;   // "concept"/"draft" or "goedgekeurd"/"approved"
    // The point as the person saw it (PointView::state). nullopt: the state read when the
    // operation starts, so that only a change made during the operation is a conflict.
    std::optional<PointState> against;

    bool empty() const { return chapters.empty() && !section && !route && !reaction && !status; }
};

struct DecisionOutcome {
    std::vector<FieldChange> changes;         // of the point itself; empty: it was so already
    std::vector<std::string> also_changed;    // other points of its group that took the decision
};

// The file a point's text came from, as it arrived: the round's file, or the attachment or
// archive member inside it.
struct OriginalFile {
    std::string name;  // the file name without folders ("Reactie EB.docx")
    std::string bytes;
};

// One decision of many taken together (the workspace's bulk actions).
struct PointDecision {
    std::string point_id;
    DecisionRequest request;  // `against` is ignored: each point is decided against its state when read
};

struct BulkOutcome {
    int changed = 0;    // points that changed, group members included
    int unchanged = 0;  // points that had these values already
};

struct ApprovalRequest {
    std::vector<std::string> points;
    bool all_drafts = false;  // every point with a draft reaction that is not empty
};

struct ApprovalOutcome {
    int approved = 0;  // points whose reaction is approved now, group members included
    int already = 0;   // points that were approved before
};

// A stretch of personal data in a point's text, as the public version shows it: redacted, or
// kept public by an officer. `begin`/`end` are bytes of the stored text.
struct PointRedaction {
    std::string kind;  // "iban", "address", ... (privacy/personal_data.hpp)
    std::string text;  // exactly as written
    size_t begin = 0;
    size_t end = 0;
    bool kept = false;
};

struct PublicText {
    std::string text;                       // what is published: every redaction not kept replaced by its label
    std::vector<PointRedaction> redactions;  // in text order
};

struct AssignOutcome {
    std::vector<std::string> changed;  // points now assigned to the officer (or to nobody), group members included
    int unchanged = 0;                 // points that were so already
};

// See RoundSession::change_coverage.
struct ChangeCoverage {
    std::vector<std::string> points_without_change;  // in round order
    std::vector<int64_t> changes_without_point;      // in document order
};

class RoundSession {
public:
    // Reads round.json and opens the store, which must exist. `who` is recorded in the audit
    // log (empty: $USER; for an imported sheet, its last editor). Errors: not_found (no round.json, no store), invalid (a bad
    // round.json), internal (a damaged store).
    static AppResult<RoundSession> open(const RoundAddress& address, std::string who);

    RoundSession(RoundSession&&) noexcept;
    RoundSession& operator=(RoundSession&&) noexcept;
    ~RoundSession();

    const RoundConfig& round() const { return *round_; }
    // Who decisions are recorded for: the given name, else $USER.
    std::string who() const;
    // Where the store is, for messages (a file path, or a server and round).
    const std::string& store_description() const { return store_description_; }

    // The framework's chapters and sections, to show ids as "5 Strategie".
    AppResult<Framework> framework();
    AppResult<PointPage> list_points(const PointFilter& filter);
    // The points counted by reaction status, per chapter, stakeholder group and route.
    AppResult<PointTally> tally();
    // The senders' stakeholder groups in the round, sorted: the choices of a group filter.
    AppResult<std::vector<std::string>> stakeholder_groups();
    AppResult<PointView> point(const std::string& point_id);
    AppResult<OriginalFile> original_file(const std::string& point_id);
    AppResult<DecisionOutcome> decide(const std::string& point_id, const DecisionRequest& request);
    // Decides many points in one transaction: all or nothing. Each point is decided against its
    // state as read when the operation starts, so that a colleague's change meanwhile is a
    // conflict; a group decides together, through the first of its points in the list.
    AppResult<BulkOutcome> decide_each(const std::vector<PointDecision>& decisions);
    // The reaction the route's template gives this point now (the drafting templates of
    // `templates_dir`, empty: the installed ones), for an officer who wants it back.
    AppResult<std::string> template_reaction(const std::string& point_id, const std::filesystem::path& templates_dir);
    // Approves the reactions as read when the operation starts; a group is approved as a whole,
    // through any of its points. All or nothing.
    AppResult<ApprovalOutcome> approve(const ApprovalRequest& request);
    // Recorded for the session's `who`, or when that was not given, the sheet's last editor.
    AppResult<ReviewImportSummary> import_review_sheet(const std::filesystem::path& file);
    AppResult<ReportModel> report_model(const ReportModelOptions& options);
    // Assigns the points to `officer` ("": to nobody), each point's campaign or duplicate group
    // with it (the order given, a group in round order); each changed point gets an audit entry (field "assigned_to") for
    // who(). All or nothing. Errors: invalid (no points; when the round has accounts, an officer
    // who has none: assign.unknown_officer), not_found (an unknown point).
    AppResult<AssignOutcome> assign(const std::vector<std::string>& point_ids, const std::string& officer);

    // The point's text as published (the round's language decides the labels), with each
    // stretch of personal data found and whether an officer kept it public. Errors: not_found.
    AppResult<PublicText> public_text(const std::string& point_id);
    // Undoes a redaction: `text`, found as personal data of `kind` in the point, is published as
    // written from now on (audit field "redaction", from the label to the text, for who()).
    // Redo puts the label back. Both answer whether they changed anything: false when it was so
    // already (a colleague did the same meanwhile). Errors: not_found (the point), invalid (an
    // unknown kind: redaction.unknown_kind; a text not found so: redaction.not_found).
    AppResult<bool> keep_public(const std::string& point_id, const std::string& kind, const std::string& text);
    AppResult<bool> redact_again(const std::string& point_id, const std::string& kind, const std::string& text);

    // The revised framework's changes (inspraak revise), in the revised document's order.
    AppResult<std::vector<FrameworkChange>> framework_changes();
    // The changes linked to a point (or to every point: nullopt), ranked per point: the links an
    // officer confirmed first, then the machine's proposals by score, the removed ones last.
    // Errors: not_found (an unknown point).
    AppResult<std::vector<ChangeLink>> change_links(const std::optional<std::string>& point_id);
    // An officer confirms (true) or removes (false) the link between a point and a change, a
    // proposed one or a new one of their own; audit entry field "change_link" with the change's
    // id, the old and the new state, for who(). The machine never proposes over it again. Answers
    // whether anything changed. Errors: not_found (an unknown point: decision.unknown_point; an
    // unknown change: change.unknown).
    AppResult<bool> decide_change_link(const std::string& point_id, int64_t change_id, bool confirm);
    // What the revision left open: the points routed to the framework (RoundConfig::framework_route)
    // that no change answers ("nog niet verwerkt in het kader"), and the changes no point asked for
    // (for the general reaction). A link counts when an officer confirmed it or the machine
    // proposed it with a score of at least 0.6; a campaign's members share their lead's
    // (revise/linked_changes.hpp).
    AppResult<ChangeCoverage> change_coverage();

private:
    friend class RoundSessionPool;  // opens sessions on the stores it keeps
    RoundSession(std::shared_ptr<const RoundConfig> round, std::unique_ptr<Store> store, std::shared_ptr<StoreShelf> shelf,
                 std::string who, std::string store_description);
    void give_back_store() noexcept;

    std::shared_ptr<const RoundConfig> round_;  // shared by the sessions of a pool: read-only
    std::unique_ptr<Store> store_;
    std::shared_ptr<StoreShelf> shelf_;  // where the store goes when the session ends (a pool's); may be null
    std::string who_;  // as given; may be empty
    std::string store_description_;
};

}  // namespace inspraak::core
