// Punt: one point inside its submission, with its classification, the framework passage it
// matched, reactions given to similar points, its group and history, and the form that decides
// it. A save against a stale version answers 409 with both versions side by side; the officer
// chooses, nothing is overwritten silently.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "group/shingles.hpp"
#include "privacy/personal_data.hpp"
#include "web/pages.hpp"
#include "web/point_rows.hpp"
#include "web/point_state_form.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

namespace {

// The fields of the decision form, as the form shows them.
constexpr const char* form_fields[] = {"chapters", "section", "route", "reaction", "status"};

// The words of four letters or more, folded as grouping folds them: what two points must share
// to be similar.
std::set<std::string> content_words(std::string_view text) {
    std::set<std::string> words;
    for (auto& word : group::folded_words(text))
        if (word.size() >= 4) words.insert(std::move(word));
    return words;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t shared = 0;
    for (const auto& w : a) shared += b.count(w);
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

// The approved reactions of the points most like this one, in its primary chapter.
mustache::data similar_reactions(RoundSession& round, const PointView& view) {
    mustache::data list{mustache::data::type::list};
    if (!view.detail.classification || view.detail.classification->classification.chapters.empty()) return list;
    PointFilter filter;
    filter.chapter = view.detail.classification->classification.chapters.front().section_id;
    filter.status = "approved";
    filter.limit = 300;  // enough to find the close ones; the page stays quick in a round of any size
    filter.count_all = false;
    auto candidates = round.list_points(filter);
    if (!candidates) return list;
    const auto words = content_words(view.detail.point.text);
    const std::set<std::string> same_group(view.group_points.begin(), view.group_points.end());
    std::vector<std::pair<double, const PointDetail*>> ranked;
    for (const PointDetail& other : candidates->points) {
        if (other.point.id == view.detail.point.id || same_group.count(other.point.id) != 0 || !other.reaction) continue;
        const double score = jaccard(words, content_words(other.point.text));
        if (score > 0.05) ranked.emplace_back(score, &other);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::set<std::string> shown;  // a reaction given to many points is offered once
    for (const auto& [score, other] : ranked) {
        if (shown.size() == 3) break;
        if (!shown.insert(other->reaction->text).second) continue;
        mustache::data item;
        item.set("id", other->point.id);
        item.set("excerpt", excerpt(other->point.text, 140));
        item.set("reaction", other->reaction->text);
        list << item;
    }
    return list;
}

// Finds `needle` (whitespace normalised) in `body`, whose whitespace may differ: the byte range
// in `body`, or nullopt.
std::optional<std::pair<size_t, size_t>> find_normalised(const std::string& body, const std::string& needle) {
    std::string flat;
    std::vector<size_t> origin;  // flat index -> body index
    bool in_space = false;
    for (size_t i = 0; i < body.size(); ++i) {
        const bool space = std::isspace(static_cast<unsigned char>(body[i])) != 0;
        if (space && in_space) continue;
        flat += space ? ' ' : body[i];
        origin.push_back(i);
        in_space = space;
    }
    const size_t at = flat.find(needle);
    if (needle.empty() || at == std::string::npos) return std::nullopt;
    return std::pair{origin[at], origin[at + needle.size() - 1] + 1};
}

// The name of a field of the audit log as the page shows it ("route" -> "Route").
std::string field_label(const std::string& field, const PageRequest& request) {
    static const std::map<std::string, std::string> labels = {
        {"chapters", "chapters_input"}, {"chapter", "chapter"}, {"section", "section"}, {"route", "route"}, {"reaction", "reaction"},
        {"status", "status"},           {"decided_by", "decided_by"}, {"assigned_to", "assigned_to"},
        {"redaction", "redaction"}, {"change_link", "change_link"}};
    const auto it = labels.find(field);
    return it == labels.end() ? field : std::string(request.label(it->second));
}

// The point's public version: its text with each redaction marked (the label where it is left
// out, the text where an officer kept it public), and per redaction a form to undo or redo it.
void set_public_version(mustache::data& data, const PublicText& version, const std::string& point_text,
                        const std::string& language, const PageRequest& request) {
    mustache::data pieces{mustache::data::type::list};
    mustache::data rows{mustache::data::type::list};
    size_t at = 0;
    const auto plain = [&](size_t end) {
        if (end <= at) return;
        mustache::data piece;
        piece.set("text", point_text.substr(at, end - at));
        pieces << piece;
    };
    for (const PointRedaction& redaction : version.redactions) {
        plain(redaction.begin);
        const auto kind = parse_kind(redaction.kind);
        const std::string label(kind ? kind_label(*kind, language) : std::string_view(redaction.kind));
        mustache::data piece;
        piece.set("text", redaction.kept ? redaction.text : label);
        piece.set(redaction.kept ? "kept" : "redacted", true);
        piece.set("title", redaction.kept ? label : redaction.text);
        pieces << piece;
        at = redaction.end;

        mustache::data row;
        row.set("kind", redaction.kind);
        row.set("label", label);
        row.set("text", redaction.text);
        row.set("kept", redaction.kept);
        row.set("state", std::string(request.label(redaction.kept ? "kept_public" : "redacted")));
        rows << row;
    }
    plain(point_text.size());
    data.set("public_pieces", pieces);
    data.set("redactions", rows);
    data.set("has_redactions", !version.redactions.empty());
}

// A field of the conflict table: the label, the stored value, the officer's value.
mustache::data conflict_field(const std::string& label, const std::string& theirs, const std::string& mine) {
    mustache::data row;
    row.set("label", label);
    row.set("theirs", theirs);
    row.set("mine", mine);
    return row;
}

// Sets a text the template shows inside {{#key}}...{{/key}} only when there is one: the mustache
// library counts an empty string as true, which left "· ·" and "toegewezen aan" with no name.
void set_if_any(mustache::data& data, const std::string& key, const std::string& value) {
    if (!value.empty()) data.set(key, value);
}


// The changes of the revised framework linked to the point (inspraak revise), ranked: what the
// officer confirmed, then the machine's proposals by score, then what was removed; each with a
// form to confirm or remove the link.
void set_change_links(mustache::data& data, RoundSession& round, const std::string& point_id, const PageRequest& request) {
    auto changes = round.framework_changes();
    auto links = round.change_links(point_id);
    if (!changes || !links || changes->empty()) return;
    std::map<int64_t, const FrameworkChange*> by_id;
    for (const FrameworkChange& change : *changes) by_id[change.id] = &change;
    static const std::map<std::string, std::string> kind_labels = {
        {"added", "change_added"}, {"rewritten", "change_rewritten"}, {"removed", "change_removed"}, {"moved", "change_moved"}};
    static const std::map<std::string, std::string> state_labels = {
        {"proposed", "link_proposed"}, {"confirmed", "link_confirmed"}, {"removed", "link_removed"}};
    mustache::data rows{mustache::data::type::list};
    for (const ChangeLink& link : *links) {
        const auto change = by_id.find(link.change_id);
        if (change == by_id.end()) continue;
        const FrameworkChange& c = *change->second;
        mustache::data row;
        row.set("change", std::to_string(c.id));
        row.set("kind", std::string(request.label(kind_labels.at(c.kind))));
        row.set("place", c.section.empty() ? c.chapter : c.section);
        row.set("text", c.kind == "removed" ? c.old_text : c.new_text);
        if (c.kind == "rewritten") row.set("old_text", c.old_text);
        row.set("state", std::string(request.label(state_labels.at(link.state))));
        row.set("score", fmt::format("{:.2f}", link.score));
        row.set("confirmed", link.state == change_link_confirmed);
        row.set("removed", link.state == change_link_removed);
        rows << row;
    }
    data.set("has_changes", true);
    data.set("change_links", rows);
    data.set("has_change_links", !links->empty());
}
}  // namespace

// What a failed save brings back to the page: the officer's own values, and the error or the
// conflict with the version stored now.
struct SaveOutcome {
    std::map<std::string, std::string> submitted;  // only the fields the officer sent
    std::optional<AppError> error;
};

void render_point(PageRequest& request, RoundSession& round, const std::string& point_id, const SaveOutcome* outcome) {
    auto viewed = round.point(point_id);
    if (!viewed) return request.fail(viewed.error());
    const PointView& view = *viewed;
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    const FrameworkLookup lookup(*framework, round.round().workstreams);
    const PointDetail& detail = view.detail;
    const Stakeholder& who = detail.submission.stakeholder;

    mustache::data data;
    data.set("id", detail.point.id);
    std::string sender = who.name;
    if (!who.organisation.empty()) sender = sender.empty() ? who.organisation : sender + " (" + who.organisation + ")";
    data.set("sender", sender.empty() ? std::string("-") : sender);
    set_if_any(data, "stakeholder_group", who.group);
    set_if_any(data, "date", detail.submission.date);
    data.set("subject", detail.submission.subject);
    data.set("source", detail.submission.source);
    set_if_any(data, "origin", view.origin);
    set_if_any(data, "assigned_to", detail.assigned_to);

    // The point inside its submission.
    if (auto range = find_normalised(detail.submission.body, detail.point.text)) {
        data.set("body_found", true);
        data.set("body_before", detail.submission.body.substr(0, range->first));
        data.set("body_match", detail.submission.body.substr(range->first, range->second - range->first));
        data.set("body_after", detail.submission.body.substr(range->second));
    }
    mustache::data neighbours{mustache::data::type::list};
    for (int position = std::max(1, detail.point.position - 2); position <= detail.point.position + 2; ++position) {
        const std::string id = fmt::format("{}.{}", detail.point.submission_id, position);
        std::optional<PointView> other;
        if (position != detail.point.position) {
            auto found = round.point(id);
            if (!found) continue;
            other = std::move(*found);
        }
        mustache::data item;
        item.set("id", id);
        item.set("position", std::to_string(position));
        item.set("current", position == detail.point.position);
        item.set("text", other ? other->detail.point.text : detail.point.text);
        neighbours << item;
        if (position == detail.point.position - 1) data.set("previous_point", id);
        if (position == detail.point.position + 1) data.set("next_point", id);
    }
    data.set("neighbours", neighbours);

    auto version = round.public_text(point_id);
    if (!version) return request.fail(version.error());
    set_public_version(data, *version, detail.point.text, round.round().language, request);
    set_change_links(data, round, point_id, request);

    // Classification, and the passage of the framework it matched.
    if (detail.classification) {
        const Classification& c = detail.classification->classification;
        data.set("classified", true);
        mustache::data chapters{mustache::data::type::list};
        for (const ChapterScore& score : c.chapters) {
            mustache::data row;
            row.set("label", lookup.label(score.section_id));
            row.set("section", score.best_section_id.empty() ? std::string{} : lookup.label(score.best_section_id));
            row.set("score", fmt::format("{:.2f}", score.score));
            chapters << row;
        }
        data.set("chapters", chapters);
        data.set("route_label", route_label(c.route, round.round().workstreams, request));
        data.set("confidence", fmt::format("{:.2f}", c.confidence));
        data.set("method", c.method);
        set_if_any(data, "decided_by", detail.classification->decided_by);
        mustache::data why{mustache::data::type::list};
        for (const auto& reason : c.why) why << mustache::data(reason);
        data.set("why", why);
        data.set("has_why", !c.why.empty());
        if (!c.chapters.empty()) {
            const ChapterScore& primary = c.chapters.front();
            const std::string passage_section = primary.best_section_id.empty() ? primary.section_id : primary.best_section_id;
            mustache::data passages{mustache::data::type::list};
            int shown = 0;
            for (const Passage& passage : framework->passages) {
                if (passage.section_id != passage_section || passage.is_heading || shown == 4) continue;
                passages << mustache::data(passage.text);
                ++shown;
            }
            if (shown > 0) {
                data.set("passage_title", lookup.label(passage_section));
                data.set("passages", passages);
            }
        }
    }

    // The decision form, with the officer's own values after a failed save.
    auto values = form_values(view.state, lookup);
    if (outcome != nullptr)
        for (const auto& [field, value] : outcome->submitted) values[field] = value;
    mustache::data form;
    for (const auto& [field, value] : values) form.set(field, value);
    data.set("form", form);
    data.set("route_options", route_options(round.round().workstreams, values["route"], request));
    data.set("status_options", status_options(values["status"], request, false));
    data.set("against", state_json(view.state));
    auto similar = similar_reactions(round, view);
    data.set("has_similar", !similar.is_empty_list());
    data.set("similar", similar);

    if (detail.group) {
        data.set("group_lead", detail.group->group_id);
        data.set("group_line", fmt::format("{} {}: {}", view.group_points.size() + 1, request.label("group_points"),
                                           detail.group->group_id));
        mustache::data members{mustache::data::type::list};
        for (const auto& id : view.group_points) members << mustache::data(id);
        data.set("group_members", members);
    }

    mustache::data history{mustache::data::type::list};
    for (const AuditEntry& entry : view.history) {
        mustache::data row;
        row.set("at", entry.at);
        row.set("who", entry.who);
        row.set("field", field_label(entry.field, request));
        row.set("old_value", excerpt(entry.old_value, 200));
        row.set("new_value", excerpt(entry.new_value, 200));
        history << row;
    }
    data.set("history", history);

    int status = 200;
    std::string notice;
    if (outcome != nullptr && outcome->error) {
        if (outcome->error->kind == ErrorKind::conflict) {
            status = 409;
            const auto stored = form_values(view.state, lookup);
            mustache::data conflict;
            conflict.set("message", request.text(outcome->error->message));
            mustache::data fields{mustache::data::type::list};
            mustache::data mine{mustache::data::type::list};
            for (const auto& [field, value] : outcome->submitted) {
                fields << conflict_field(std::string(request.label(field == "chapters" ? "chapters_input" : field)),
                                         stored.at(field), value);
                mustache::data hidden;
                hidden.set("name", field);
                hidden.set("value", value);
                mine << hidden;
            }
            conflict.set("fields", fields);
            conflict.set("mine_fields", mine);
            conflict.set("against_now", state_json(view.state));
            conflict.set("id", detail.point.id);
            conflict.set("csrf", request.session().csrf);
            data.set("conflict", conflict);
        } else {
            status = outcome->error->kind == ErrorKind::not_found ? 404 : 400;
            notice = request.text(outcome->error->message);
        }
    }
    request.page("point.mustache", data, PageFrame{fmt::format("{} {}", request.label("point"), point_id), "points", notice},
                 status);
}

void show_point(PageRequest& request, RoundSession& round, const std::string& point_id) {
    render_point(request, round, point_id, nullptr);
}

void save_point(PageRequest& request, RoundSession& round, const std::string& point_id) {
    auto framework = round.framework();
    if (!framework) return request.fail(framework.error());
    const FrameworkLookup lookup(*framework, round.round().workstreams);
    const auto against = parse_state_json(request.field("against"));
    if (!against) return request.fail(400, std::string(request.label("error_invalid")), std::string(request.label("error_form")));

    // Only what the officer changed is sent: a field they left as it was is not theirs to
    // overwrite when a colleague changed it in the meantime.
    const auto shown = form_values(*against, lookup);
    SaveOutcome outcome;
    for (const char* field : form_fields)
        if (request.http().has_param(field) && request.field(field) != shown.at(field))
            outcome.submitted[field] = request.field(field);
    if (const std::string from = request.field("use_reaction_of"); !from.empty()) {
        auto other = round.point(from);
        if (!other) return request.fail(other.error());
        outcome.submitted["reaction"] = other->detail.reaction ? other->detail.reaction->text : std::string{};
    }

    DecisionRequest decision;
    decision.against = *against;
    for (const auto& [field, value] : outcome.submitted) {
        if (field == "chapters") {
            std::string list = value;
            std::replace(list.begin(), list.end(), ',', ';');
            auto chapters = lookup.chapters(list);
            if (!chapters) {
                outcome.error = chapters.error();
                return render_point(request, round, point_id, &outcome);
            }
            decision.chapters = *chapters;
        } else if (field == "section") {
            decision.section = value.empty() ? std::string(no_route) : value;
        } else if (field == "route") {
            decision.route = value;
        } else if (field == "reaction") {
            decision.reaction = value;
        } else if (field == "status") {
            decision.status = value;
        }
    }
    if (decision.empty()) return request.redirect(request.back_or("/points/" + point_id), std::string(request.label("nothing_changed")));
    auto decided = round.decide(point_id, decision);
    if (!decided) {
        outcome.error = decided.error();
        return render_point(request, round, point_id, &outcome);
    }
    std::string notice = fmt::format("{} {}", point_id, request.label("saved"));
    if (!decided->also_changed.empty())
        notice += fmt::format(" ({} {})", decided->also_changed.size(), request.label("also_in_group"));
    request.redirect(request.back_or("/points/" + point_id), notice);
}

// Undoes or redoes one redaction of the point's public version ("keep" or "redact" the text the
// form names). Doing what a colleague already did changes nothing and says so; a text the
// redactor does not find there (the form was tampered with) is answered 400 with the page.
void save_redaction(PageRequest& request, RoundSession& round, const std::string& point_id) {
    const std::string kind = request.field("kind");
    const std::string text = request.field("text");
    const std::string action = request.field("action");
    if (kind.empty() || text.empty() || (action != "keep" && action != "redact"))
        return request.fail(400, std::string(request.label("error_invalid")), std::string(request.label("error_form")));
    auto changed = action == "keep" ? round.keep_public(point_id, kind, text) : round.redact_again(point_id, kind, text);
    if (!changed) {
        SaveOutcome outcome;
        outcome.error = changed.error();
        return render_point(request, round, point_id, &outcome);
    }
    const std::string notice = *changed ? fmt::format("'{}' {}", text, request.label(action == "keep" ? "redaction_undone" : "redaction_redone"))
                                        : std::string(request.label("nothing_changed"));
    request.redirect("/points/" + point_id + "#public-h", notice);
}

void download_original(PageRequest& request, RoundSession& round, const std::string& point_id) {
    auto file = round.original_file(point_id);
    if (!file) return request.fail(file.error());
    request.download(file->name.empty() ? std::string("original") : file->name, file->bytes);
}


// Confirms or removes the link between the point and one change of the revised framework
// (fields "change" and "action": "confirm" or "remove"). Doing what a colleague already did
// changes nothing and says so; an unknown change is answered with the page and its error.
void save_change_link(PageRequest& request, RoundSession& round, const std::string& point_id) {
    const std::string action = request.field("action");
    int64_t change = 0;
    try {
        change = std::stoll(request.field("change"));
    } catch (const std::exception&) {
        change = 0;
    }
    if (change <= 0 || (action != "confirm" && action != "remove"))
        return request.fail(400, std::string(request.label("error_invalid")), std::string(request.label("error_form")));
    auto changed = round.decide_change_link(point_id, change, action == "confirm");
    if (!changed) {
        SaveOutcome outcome;
        outcome.error = changed.error();
        return render_point(request, round, point_id, &outcome);
    }
    const std::string notice = *changed ? fmt::format("#{} {}", change, request.label(action == "confirm" ? "link_confirmed" : "link_removed"))
                                        : std::string(request.label("nothing_changed"));
    request.redirect("/points/" + point_id + "#changes-h", notice);
}

}  // namespace inspraak::core
