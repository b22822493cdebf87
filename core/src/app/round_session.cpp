#include "app/round_session.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>

#include "draft/drafter.hpp"
#include "inspraak/text.hpp"
#include "pipeline/origin.hpp"
#include "review/framework_lookup.hpp"
#include "review/xlsx_reader.hpp"
#include "revise/linked_changes.hpp"
#include "round/round_out_dir.hpp"
#include "util/paths.hpp"

namespace inspraak::core {
namespace {

AppError unknown_point(const std::string& point_id) {
    return AppError{ErrorKind::not_found, Message{"decision.unknown_point", {point_id}}};
}

// Turns a request written as a person writes it into a change in store ids.
AppResult<PointChange> read_change(const FrameworkLookup& lookup, const DecisionRequest& request, const PointState& seen) {
    PointChange change;
    if (!request.chapters.empty()) {
        std::vector<std::string> ids;
        for (const auto& text : request.chapters) {
            auto id = lookup.chapter(text);
            if (!id) return id.error();
            if (std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(*id);
        }
        change.chapters = ids;
    }
    if (request.section) {
        std::vector<std::string> chapters = change.chapters.value_or(seen.chapters);
        const std::string primary = chapters.empty() ? "" : chapters.front();
        auto id = lookup.section(*request.section, primary);
        if (!id) return id.error();
        // A section given alone takes its chapter along as the primary one.
        if (const Section* s = lookup.find(*id); s != nullptr && !change.chapters && s->parent != primary) {
            std::erase(chapters, s->parent);
            chapters.insert(chapters.begin(), s->parent);
            change.chapters = chapters;
        }
        change.section = *id;
    }
    if (request.route) {
        auto id = lookup.route(*request.route);
        if (!id) return id.error();
        change.route = *id;
    }
    if (request.reaction) change.reaction = *request.reaction;
    if (request.status) {
        auto status = parse_status(*request.status);
        if (!status || text::trim(*request.status).empty()) return invalid_error("lookup.unknown_status", {*request.status});
        change.status = *status;
    }
    return change;
}

}  // namespace

LocatedRound locate_round(const RoundAddress& address) {
    RoundConfig round = load_round(address.round_dir);
    StoreLocation location = address.store.empty() ? StoreLocation::in_folder(round_out_dir(round, address.out_dir))
                                                   : StoreLocation::parse(address.store);
    return LocatedRound{std::move(round), std::move(location)};
}

AppResult<RoundSession> RoundSession::open(const RoundAddress& address, std::string who) {
    return guarded([&]() -> AppResult<RoundSession> {
        LocatedRound located = locate_round(address);
        auto store = std::make_unique<Store>(Store::open(located.location));
        return RoundSession(std::make_shared<const RoundConfig>(std::move(located.round)), std::move(store), nullptr,
                            std::move(who), located.location.describe());
    });
}

RoundSession::RoundSession(std::shared_ptr<const RoundConfig> round, std::unique_ptr<Store> store,
                           std::shared_ptr<StoreShelf> shelf, std::string who, std::string store_description)
    : round_(std::move(round)),
      store_(std::move(store)),
      shelf_(std::move(shelf)),
      who_(std::move(who)),
      store_description_(std::move(store_description)) {}

RoundSession::RoundSession(RoundSession&&) noexcept = default;

RoundSession& RoundSession::operator=(RoundSession&& other) noexcept {
    if (this != &other) {
        give_back_store();
        round_ = std::move(other.round_);
        store_ = std::move(other.store_);
        shelf_ = std::move(other.shelf_);
        who_ = std::move(other.who_);
        store_description_ = std::move(other.store_description_);
    }
    return *this;
}

RoundSession::~RoundSession() { give_back_store(); }

void RoundSession::give_back_store() noexcept {
    if (shelf_ && store_) shelf_->put(std::move(store_));
}

std::string RoundSession::who() const { return decision_author(who_); }

AppResult<Framework> RoundSession::framework() {
    return guarded([&]() -> AppResult<Framework> { return store_->framework(); });
}

AppResult<PointPage> RoundSession::list_points(const PointFilter& filter) {
    return guarded([&]() -> AppResult<PointPage> {
        const Framework framework = store_->framework();
        const FrameworkLookup lookup(framework, round_->workstreams);
        PointQuery query;
        if (!text::trim(filter.chapter).empty()) {
            auto id = lookup.chapter(filter.chapter);
            if (!id) return id.error();
            query.chapter = *id;
        }
        if (!text::trim(filter.section).empty()) {
            auto id = lookup.section(filter.section, query.chapter.value_or(""));
            if (!id) return id.error();
            if (!id->empty()) query.section = *id;
        }
        if (!text::trim(filter.route).empty()) {
            auto id = lookup.route(filter.route);
            if (!id) return id.error();
            query.route = *id;
        }
        if (!text::trim(filter.status).empty()) {
            std::string folded = text::fold_case(text::trim(filter.status));
            if (folded == "geen" || folded == "none") {
                query.status = "none";
            } else if (auto status = parse_status(filter.status)) {
                query.status = *status;
            } else {
                return invalid_error("lookup.unknown_status", {filter.status});
            }
        }
        if (!text::trim(filter.stakeholder_group).empty()) query.stakeholder_group = std::string(text::trim(filter.stakeholder_group));
        if (!text::trim(filter.campaign).empty()) {
            const std::string id(text::trim(filter.campaign));
            auto detail = store_->point(id);
            if (!detail) return unknown_point(id);
            if (!detail->group) {  // a point outside any group is a campaign of one
                PointPage page;
                page.total = 1;
                page.points.push_back(std::move(*detail));
                return page;
            }
            query.group_id = detail->group->group_id;
        }
        if (!text::trim(filter.text).empty()) query.text_contains = std::string(text::trim(filter.text));
        if (!text::trim(filter.sender).empty()) query.sender = std::string(text::trim(filter.sender));
        if (!text::trim(filter.assigned_to).empty()) {
            const std::string officer(text::trim(filter.assigned_to));
            const std::string folded = text::fold_case(officer);
            query.assigned_to = folded == "geen" || folded == "none" ? std::string() : officer;
        }
        for (const auto& bound : {filter.min_confidence, filter.max_confidence})
            if (bound && !(*bound >= 0.0 && *bound <= 1.0)) return invalid_error("filter.bad_confidence", {fmt::format("{}", *bound)});
        query.min_confidence = filter.min_confidence;
        query.max_confidence = filter.max_confidence;
        query.order = filter.order;
        query.limit = std::max<int64_t>(filter.limit, 0);
        query.offset = std::max<int64_t>(filter.offset, 0);

        PointPage page;
        if (filter.count_all) page.total = store_->count_points(query);
        page.points = store_->find_points(query);
        page.offset = query.offset;
        page.limit = query.limit;
        return page;
    });
}

AppResult<PointTally> RoundSession::tally() {
    return guarded([&]() -> AppResult<PointTally> { return store_->tally(); });
}

AppResult<std::vector<std::string>> RoundSession::stakeholder_groups() {
    return guarded([&]() -> AppResult<std::vector<std::string>> { return store_->stakeholder_groups(); });
}

AppResult<PointView> RoundSession::point(const std::string& point_id) {
    return guarded([&]() -> AppResult<PointView> {
        auto detail = store_->point(point_id);
        if (!detail) return unknown_point(point_id);
        PointView view;
        const Framework framework = store_->framework();
        const FrameworkLookup lookup(framework, round_->workstreams);
        view.state = DecisionRecorder(*store_, lookup, who()).state(point_id);
        if (detail->embedded_file_id != 0) {
            std::map<int64_t, EmbeddedFileRow> files;
            for (auto& row : store_->embedded_files()) files.emplace(row.id, std::move(row));
            view.origin = describe_origin(detail->embedded_file_id, files, round_->language);
        }
        if (detail->group) {
            for (auto& id : store_->group_point_ids(detail->group->group_id))
                if (id != point_id) view.group_points.push_back(std::move(id));
        }
        AuditQuery history;
        history.entity = "point";
        history.entity_id = point_id;
        view.history = store_->audit_log(history);
        view.detail = std::move(*detail);
        return view;
    });
}

AppResult<OriginalFile> RoundSession::original_file(const std::string& point_id) {
    return guarded([&]() -> AppResult<OriginalFile> {
        auto detail = store_->point(point_id);
        if (!detail) return unknown_point(point_id);
        if (detail->embedded_file_id != 0) {
            for (const auto& row : store_->embedded_files())
                if (row.id == detail->embedded_file_id)
                    return OriginalFile{std::filesystem::path(row.name).filename().string(),
                                        store_->embedded_file_bytes(row.id)};
        }
        const auto versions = store_->files_at(detail->submission.source);
        if (versions.empty()) return AppError{ErrorKind::not_found, Message{"point.no_original", {point_id}}};
        return OriginalFile{std::filesystem::path(detail->submission.source).filename().string(),
                            store_->file_bytes(versions.back().id)};
    });
}

AppResult<DecisionOutcome> RoundSession::decide(const std::string& point_id, const DecisionRequest& request) {
    return guarded([&]() -> AppResult<DecisionOutcome> {
        const Framework framework = store_->framework();
        const FrameworkLookup lookup(framework, round_->workstreams);
        PointState seen;
        if (request.against) {
            seen = *request.against;
            if (!store_->point(point_id)) return unknown_point(point_id);
        } else {
            const DecisionRecorder reader(*store_, lookup, who());
            if (!reader.has_point(point_id)) return unknown_point(point_id);
            seen = reader.state(point_id);
        }
        auto change = read_change(lookup, request, seen);
        if (!change) return change.error();
        if (change->empty()) return invalid_error("decision.nothing_to_record");
        change->against = seen;
        // The write reads the point again and refuses the change if it changed since `seen`.
        return store_->write([&](Store&) -> AppResult<DecisionOutcome> {
            DecisionRecorder recorder(*store_, lookup, who());
            auto decision = recorder.apply_to_group(point_id, *change);
            // Thrown, not returned: a group's first points may be written already.
            if (!decision) throw AppException(decision.error());
            return DecisionOutcome{std::move(decision->changes), std::move(decision->also_changed)};
        });
    });
}

AppResult<BulkOutcome> RoundSession::decide_each(const std::vector<PointDecision>& decisions) {
    return guarded([&]() -> AppResult<BulkOutcome> {
        if (decisions.empty()) return invalid_error("decision.no_points");
        const Framework framework = store_->framework();
        const FrameworkLookup lookup(framework, round_->workstreams);
        BulkOutcome outcome;
        std::set<std::string> done;
        // Each point is read and changed inside the one transaction: the list page an officer
        // ticked the points on carries no versions, so a state read before the write lock would
        // only make a colleague's save in between a conflict no one could have seen.
        store_->write([&](Store&) {
            DecisionRecorder recorder(*store_, lookup, who());
            std::vector<PointChange> changes;
            for (const auto& decision : decisions) {
                if (!recorder.has_point(decision.point_id)) throw AppException(unknown_point(decision.point_id));
                const PointState state = recorder.state(decision.point_id);
                auto change = read_change(lookup, decision.request, state);
                if (!change)
                    throw AppException(AppError{change.error().kind,
                                                Message{"decision.for_point", {decision.point_id}, {change.error().message}}});
                change->against = state;
                changes.push_back(std::move(*change));
            }
            for (size_t i = 0; i < decisions.size(); ++i) {
                const std::string& id = decisions[i].point_id;
                if (!done.insert(id).second) continue;
                if (changes[i].empty()) {
                    ++outcome.unchanged;
                    continue;
                }
                auto decision = recorder.apply_to_group(id, changes[i]);
                if (!decision) throw AppException(decision.error());
                decision->changes.empty() ? ++outcome.unchanged : ++outcome.changed;
                outcome.changed += static_cast<int>(decision->also_changed.size());
                for (const auto& mate : recorder.group_mates(id)) done.insert(mate);
            }
        });
        return outcome;
    });
}

AppResult<std::string> RoundSession::template_reaction(const std::string& point_id,
                                                       const std::filesystem::path& templates_dir) {
    return guarded([&]() -> AppResult<std::string> {
        auto detail = store_->point(point_id);
        if (!detail) return unknown_point(point_id);
        if (!detail->classification) return invalid_error("decision.not_classified", {point_id});
        const Framework framework = store_->framework();
        const Drafter drafter(templates_dir.empty() ? default_templates_dir() : templates_dir, round_->language);
        DraftInput input = DraftContext(framework, round_->workstreams).input(detail->point, detail->classification->classification);
        auto confirmed = confirmed_changes_by_point(store_->framework_changes(), point_change_links(*store_, point_id));
        if (auto changed = confirmed.find(point_id); changed != confirmed.end()) input.changes = changed->second;
        return drafter.draft(input);
    });
}

AppResult<ApprovalOutcome> RoundSession::approve(const ApprovalRequest& request) {
    return guarded([&]() -> AppResult<ApprovalOutcome> {
        if (request.points.empty() && !request.all_drafts) return invalid_error("decision.no_points");
        const Framework framework = store_->framework();
        const FrameworkLookup lookup(framework, round_->workstreams);
        ApprovalOutcome outcome;
        std::set<std::string> done;  // a group is approved as a whole, through any of its points
        // Read and approved in one transaction, as decide_each (the ticked points carry no versions).
        store_->write([&](Store&) {
            DecisionRecorder recorder(*store_, lookup, who());
            std::vector<std::string> points = request.points;
            if (request.all_drafts) {
                recorder.preload();
                for (const auto& [id, reaction] : store_->reactions())
                    if (reaction.status == "draft" && !text::trim(reaction.text).empty()) points.push_back(id);
            }
            for (const auto& id : points)
                if (!recorder.has_point(id)) throw AppException(unknown_point(id));
            for (const auto& id : points) {
                if (!done.insert(id).second) continue;
                PointChange change;
                change.status = "approved";
                auto decision = recorder.apply_to_group(id, change);
                if (!decision) throw AppException(decision.error());
                bool status_changed = std::any_of(decision->changes.begin(), decision->changes.end(),
                                                  [](const FieldChange& c) { return c.field == "status"; });
                status_changed ? ++outcome.approved : ++outcome.already;
                outcome.approved += static_cast<int>(decision->also_changed.size());
                for (const auto& mate : recorder.group_mates(id)) done.insert(mate);
            }
        });
        return outcome;
    });
}

AppResult<ReviewImportSummary> RoundSession::import_review_sheet(const std::filesystem::path& file) {
    return guarded([&]() -> AppResult<ReviewImportSummary> {
        XlsxWorkbook workbook = XlsxWorkbook::open(file);
        return import_review(*store_, workbook, round_->workstreams, who_);
    });
}

AppResult<ReportModel> RoundSession::report_model(const ReportModelOptions& options) {
    return guarded([&]() -> AppResult<ReportModel> { return build_report_model(*store_, *round_, options); });
}

AppResult<AssignOutcome> RoundSession::assign(const std::vector<std::string>& point_ids, const std::string& officer) {
    return guarded([&]() -> AppResult<AssignOutcome> {
        if (point_ids.empty()) return invalid_error("decision.no_points");
        const std::string name(text::trim(officer));
        return store_->write([&](Store& s) -> AppResult<AssignOutcome> {
            if (!name.empty()) {
                const std::vector<StoredUser> users = s.users();
                if (!users.empty() && std::none_of(users.begin(), users.end(), [&](const StoredUser& u) { return u.name == name; })) {
                    std::string known;
                    for (const auto& u : users) known += (known.empty() ? "" : ", ") + u.name;
                    return invalid_error("assign.unknown_officer", {name, known});
                }
            }
            // The points with their groups, each once, with the officer each has now.
            std::vector<std::string> points;
            std::map<std::string, std::string> current;
            for (const auto& id : point_ids) {
                auto detail = s.point(id);
                if (!detail) return unknown_point(id);
                std::vector<std::string> group{id};
                if (detail->group) {
                    PointQuery members;
                    members.group_id = detail->group->group_id;
                    group = s.find_point_ids(members);
                }
                for (const auto& member : group) {
                    if (current.contains(member)) continue;
                    auto mate = member == id ? detail : s.point(member);
                    current[member] = mate ? mate->assigned_to : "";
                    points.push_back(member);
                }
            }
            AssignOutcome outcome;
            for (const auto& id : points) {
                if (current[id] == name) {
                    ++outcome.unchanged;
                    continue;
                }
                s.audit(who(), "point", id, "assigned_to", current[id], name);
                outcome.changed.push_back(id);
            }
            if (name.empty()) {
                s.unassign_points(outcome.changed);
            } else {
                s.assign_points(outcome.changed, name, who());
            }
            return outcome;
        });
    });
}

}  // namespace inspraak::core
