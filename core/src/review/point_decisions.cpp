#include "review/point_decisions.hpp"

#include <cstdlib>

#include "app/app_error.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> chapter_ids(const Classification& c) {
    std::vector<std::string> ids;
    for (const auto& chapter : c.chapters) ids.push_back(chapter.section_id);
    return ids;
}

// Refuses the change when a field it touches changed since the state it was made against.
void check_against(const std::string& point_id, const PointChange& change, const PointState& now) {
    if (!change.against) return;
    const PointState& seen = *change.against;
    auto refuse = [&](const char* field, const std::string& was, const std::string& is) {
        throw AppException(AppError{ErrorKind::conflict,
                                    Message{"decision.conflict", {point_id, was, is}, {Message{std::string("field.") + field}}}});
    };
    // A first decision adopts the classification as the officer saw it, so it must still be that one.
    bool adopts = now.classified && now.decided_by.empty();
    if ((change.chapters || change.section || adopts) && seen.chapters != now.chapters)
        refuse("chapters", chapter_list_text(seen.chapters), chapter_list_text(now.chapters));
    if ((change.chapters || change.section || adopts) && seen.section != now.section)
        refuse("section", seen.section, now.section);
    if ((change.route || adopts) && seen.route != now.route) refuse("route", seen.route, now.route);
    if ((change.reaction || change.status) && seen.reaction != now.reaction) refuse("reaction", seen.reaction, now.reaction);
    if ((change.reaction || change.status) && seen.status != now.status) refuse("status", seen.status, now.status);
}

}  // namespace

std::string decision_author(const std::string& given) {
    if (!text::normalize_whitespace(given).empty()) return text::normalize_whitespace(given);
    if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
    return "onbekend";
}

std::string chapter_list_text(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
    return out;
}

DecisionRecorder::DecisionRecorder(Store& store, const FrameworkLookup& lookup, std::string who)
    : store_(store), lookup_(lookup), who_(std::move(who)) {}

void DecisionRecorder::preload() {
    std::map<std::string, StoredClassification> classifications = store_.classifications();
    std::map<std::string, Reaction> reactions = store_.reactions();
    std::map<std::string, std::string> lead_of;
    for (const auto& [lead, members] : store_.group_members_by_lead()) {
        std::vector<std::string>& group = groups_[lead];
        group = {lead};
        group.insert(group.end(), members.begin(), members.end());
        for (const auto& id : group) lead_of[id] = lead;
    }
    for (const auto& point : store_.points()) {
        Known k;
        if (auto c = classifications.find(point.id); c != classifications.end()) k.classification = std::move(c->second);
        if (auto r = reactions.find(point.id); r != reactions.end()) k.reaction = std::move(r->second);
        if (auto l = lead_of.find(point.id); l != lead_of.end()) k.lead = l->second;
        points_[point.id] = std::move(k);
    }
}

const DecisionRecorder::Known* DecisionRecorder::known(const std::string& point_id) const {
    auto it = points_.find(point_id);
    if (it == points_.end()) {
        std::optional<Known> k;
        if (auto detail = store_.point(point_id)) {
            k.emplace();
            k->classification = std::move(detail->classification);
            k->reaction = std::move(detail->reaction);
            if (detail->group) k->lead = detail->group->group_id;
        }
        it = points_.emplace(point_id, std::move(k)).first;
    }
    return it->second ? &*it->second : nullptr;
}

bool DecisionRecorder::has_point(const std::string& point_id) const { return known(point_id) != nullptr; }

std::vector<std::string> DecisionRecorder::group_mates(const std::string& point_id) const {
    std::vector<std::string> mates;
    const Known* k = known(point_id);
    if (k == nullptr || k->lead.empty()) return mates;
    auto group = groups_.find(k->lead);
    if (group == groups_.end()) {
        PointQuery members;
        members.group_id = k->lead;
        group = groups_.emplace(k->lead, store_.find_point_ids(members)).first;
    }
    for (const auto& id : group->second)
        if (id != point_id) mates.push_back(id);
    return mates;
}

AppResult<GroupDecision> DecisionRecorder::apply_to_group(const std::string& point_id, const PointChange& change) {
    auto own = apply(point_id, change);
    if (!own) return own.error();
    GroupDecision decision{std::move(own.value()), {}};
    const std::vector<std::string> mates = group_mates(point_id);
    if (mates.empty()) return decision;
    // Values the point has just been given, so they pass every check for the others too.
    const PointState after = state(point_id);
    PointChange same;
    if (change.chapters || change.section) {
        same.chapters = after.chapters;
        same.section = after.section;
    }
    if (change.route) same.route = after.route;
    if ((change.reaction || change.status) && after.has_reaction) {
        same.reaction = after.reaction;
        same.status = after.status;
    }
    for (const auto& mate : mates) {
        auto changed = apply(mate, same);
        if (!changed) return changed.error();
        if (!changed->empty()) decision.also_changed.push_back(mate);
    }
    return decision;
}

PointState point_state(const std::optional<StoredClassification>& classification, const std::optional<Reaction>& reaction) {
    PointState state;
    if (classification) {
        state.classified = true;
        state.chapters = chapter_ids(classification->classification);
        if (!classification->classification.chapters.empty())
            state.section = classification->classification.chapters.front().best_section_id;
        state.route = classification->classification.route;
        state.decided_by = classification->decided_by;
    }
    if (reaction) {
        state.has_reaction = true;
        state.reaction = reaction->text;
        state.status = reaction->status;
    }
    return state;
}

PointState DecisionRecorder::state(const std::string& point_id) const {
    const Known* k = known(point_id);
    if (k == nullptr) return PointState{};
    return point_state(k->classification, k->reaction);
}

AppResult<std::vector<FieldChange>> DecisionRecorder::apply(const std::string& point_id, const PointChange& change) {
    if (!has_point(point_id)) return AppError{ErrorKind::not_found, Message{"decision.unknown_point", {point_id}}};
    const PointState before = state(point_id);
    check_against(point_id, change, before);
    std::vector<FieldChange> changes;

    // The classification as it will be: chapters, then the section inside the primary one.
    std::vector<std::string> chapters = change.chapters.value_or(before.chapters);
    std::string section = before.section;
    if (change.section) section = *change.section;
    const std::string primary = chapters.empty() ? "" : chapters.front();
    if (!section.empty()) {
        const Section* s = lookup_.find(section);
        if (s == nullptr) return invalid_error("lookup.unknown_section", {section});
        if (s->parent != primary) {
            // A section the person did not name follows its chapter out; one they named must fit.
            if (!change.section) {
                section.clear();
            } else if (primary.empty()) {
                return invalid_error("decision.section_without_chapter", {point_id, s->number});
            } else {
                return invalid_error("decision.section_outside_chapter", {point_id, s->number, lookup_.label(primary)});
            }
        }
    }
    std::string route = change.route.value_or(before.classified ? before.route : std::string(no_route));

    // The reaction as it will be.
    std::string reaction = change.reaction ? std::string(text::trim(*change.reaction)) : before.reaction;
    std::string status = change.status.value_or(before.has_reaction ? before.status : "draft");
    bool reaction_exists = before.has_reaction || (change.reaction && !reaction.empty());
    if (!reaction_exists && change.status == "approved")
        return invalid_error("decision.nothing_to_approve", {point_id});
    if (status == "approved" && reaction.empty())
        return invalid_error("decision.empty_reaction_approved", {point_id});

    bool touches_classification = change.chapters || change.section || change.route;
    if (chapters != before.chapters)
        changes.push_back({"chapters", chapter_list_text(before.chapters), chapter_list_text(chapters)});
    if (section != before.section) changes.push_back({"section", before.section, section});
    if (before.classified || touches_classification) {
        std::string old_route = before.classified ? before.route : "";
        if (route != old_route) changes.push_back({"route", old_route, route});
    }
    bool classification_changed = !changes.empty();
    // A person who touched the point stands behind its classification from now on.
    bool newly_decided = (before.classified || touches_classification) && before.decided_by.empty();
    if (reaction_exists) {
        if (reaction != before.reaction) changes.push_back({"reaction", before.reaction, reaction});
        if (status != before.status) changes.push_back({"status", before.status, status});
    }
    bool reaction_changed = reaction_exists && (reaction != before.reaction || status != before.status);
    if (newly_decided) changes.push_back({"decided_by", "", who_});
    if (changes.empty()) return changes;

    if (classification_changed || newly_decided) {
        Classification next;
        Known& k = *points_.at(point_id);  // known(): has_point() above
        if (k.classification) {
            next = k.classification->classification;
        } else {
            next.confidence = 1.0;
            next.method = "officer";
        }
        std::vector<ChapterScore> scores;
        for (const auto& id : chapters) {
            ChapterScore score{id, 1.0, ""};
            for (const auto& old : next.chapters)
                if (old.section_id == id) score.score = old.score;
            scores.push_back(score);
        }
        if (!scores.empty()) scores.front().best_section_id = section;
        next.chapters = std::move(scores);
        next.route = route;
        std::string decided_by = newly_decided ? who_ : before.decided_by;
        store_.save_classification(point_id, next, decided_by);
        k.classification = StoredClassification{next, decided_by};
    }
    if (reaction_changed) {
        Reaction next{reaction, status, who_};
        store_.save_reaction(point_id, next);
        points_.at(point_id)->reaction = next;
    }
    for (const auto& c : changes) store_.audit(who_, "point", point_id, c.field, c.old_value, c.new_value);
    return changes;
}

}  // namespace inspraak::core
