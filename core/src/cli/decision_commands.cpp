// The officer's decisions on the command line:
//   inspraak set ROUND_DIR POINT [--chapter N]... [--section S] [--route R] [--reaction TEXT |
//                                --reaction-file F] [--status S] [--who NAME] [--out DIR]
//   inspraak approve ROUND_DIR POINT... | --all [--who NAME] [--out DIR]
//   inspraak import-review ROUND_DIR FILE.xlsx [--who NAME] [--strict] [--out DIR]
// A wrong point, chapter, section, route or status is a bad command line: exit 2, one line
// naming it and what is allowed. A decision made against a point that changed meanwhile (between
// reading it and recording the decision: another officer, the machine) is a conflict: nothing
// recorded, exit 3 (as import-review --strict), one line naming the old and the new value.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <iostream>
#include <set>

#include "app/app_error.hpp"
#include "cli/commands.hpp"
#include "inspraak/text.hpp"
#include "review/framework_lookup.hpp"
#include "review/point_decisions.hpp"
#include "review/review_import.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"
#include "util/files.hpp"

namespace inspraak::core {
namespace {

// A decision that cannot be recorded as asked: reported like a bad command line.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string shorten(const std::string& text) {
    std::string flat = text::normalize_whitespace(text);
    if (flat.size() <= 60) return flat.empty() ? "\"\"" : "\"" + flat + "\"";
    size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a character
    return "\"" + flat.substr(0, cut) + "...\"";
}

// What set/approve/import-review share: the round folder, where its store is, who decides.
class DecisionCommand : public Command {
public:
    DecisionCommand(CLI::App* app, const GlobalOptions& global, const UiLanguage& t) : Command(app), global_(global), t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
    }

    int run() final {
        try {
            return decide();
        } catch (const UsageError& e) {
            std::cerr << "inspraak: " << e.what() << '\n';
            return 2;
        } catch (const AppException& e) {
            std::cerr << "inspraak: " << render(e.error().message, t_.english()) << '\n';
            return e.error().kind == ErrorKind::conflict ? 3 : 1;
        }
    }

protected:
    // After the positional arguments, so that --help lists them first.
    void add_common_options(const char* who_dutch = "naam voor het auditlog (standaard $USER)",
                            const char* who_english = "name for the audit log (default $USER)") {
        app_->add_option("--out", out_dir_,
                         t_("map met de store round.db (standaard reports/<ronde>/)",
                            "folder with the store round.db (default reports/<round>/)"));
        app_->add_option("--who", who_, t_(who_dutch, who_english));
    }

    virtual int decide() = 0;

    const RoundConfig& round() {
        if (!round_) round_ = load_round(round_dir_);
        return *round_;
    }
    Store& store() {
        if (!store_) {
            std::filesystem::path out = out_dir_.empty() ? std::filesystem::path("reports") / round().name
                                                         : std::filesystem::path(out_dir_);
            store_ = std::make_unique<Store>(Store::open(store_location(global_, out)));
        }
        return *store_;
    }
    void say(const std::string& line) const {
        if (!global_.quiet) std::cout << line << '\n';
    }
    std::string describe(const std::string& point_id, const FieldChange& change) const {
        auto value = [&](const std::string& v) {
            if (change.field == "reaction") return shorten(v);
            if (change.field == "status") return status_word(v, t_);
            return v.empty() ? std::string("-") : v;
        };
        if (change.field == "decided_by")
            return t_.format("{}: besloten door {}", "{}: decided by {}", point_id, change.new_value);
        return fmt::format("{}: {}: {} -> {}", point_id, field_word(change.field), value(change.old_value),
                           value(change.new_value));
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    std::string out_dir_;
    std::string who_;

private:
    std::string field_word(const std::string& field) const {
        if (field == "chapters") return t_("hoofdstukken", "chapters");
        if (field == "section") return t_("paragraaf", "section");
        if (field == "reaction") return t_("reactie", "reaction");
        return field;
    }

    std::optional<RoundConfig> round_;
    std::unique_ptr<Store> store_;
};

template <typename T>
T must(Result<T> result) {
    if (!result) throw UsageError(result.error().message);
    return std::move(result).value();
}

class SetCommand final : public DecisionCommand {
public:
    SetCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : DecisionCommand(parent.add_subcommand("set", t("legt een besluit over één punt vast: hoofdstukken, paragraaf, "
                                                           "route, reactie, status",
                                                           "records a decision on one point: chapters, section, route, "
                                                           "reaction, status")),
                          global, t) {
        app_->add_option("POINT", point_, t("het punt, bijv. I003.2", "the point, e.g. I003.2"))->required();
        app_->add_option("--chapter", chapters_,
                         t("hoofdstuk als nummer (5, B1) of id (h5-2); mag vaker, het eerste is het belangrijkste",
                           "chapter by number (5, B1) or id (h5-2); repeatable, the first is the primary one"));
        app_->add_option("--section", section_, t("paragraaf als nummer (3.1.2), of 'geen'", "section by number (3.1.2), or 'geen'"));
        app_->add_option("--route", route_, t("werkspoor-id uit round.json, of 'geen'", "workstream id from round.json, or 'geen'"));
        auto* reaction = app_->add_option("--reaction", reaction_, t("de reactie", "the reaction"));
        app_->add_option("--reaction-file", reaction_file_, t("de reactie uit een tekstbestand", "the reaction from a text file"))
            ->check(CLI::ExistingFile)
            ->excludes(reaction);
        app_->add_option("--status", status_, t("concept of goedgekeurd", "draft or approved"));
        add_common_options();
    }

private:
    int decide() override {
        Store& s = store();
        Framework framework = s.framework();
        FrameworkLookup lookup(framework, round().workstreams, t_);
        // Read once to check and build the change; the write reads again and refuses the change
        // if the point changed in between (see PointChange::against).
        const DecisionRecorder seen(s, lookup, decision_author(who_), t_);
        if (!seen.has_point(point_))
            throw UsageError(t_(Message{"cli.set.unknown_point", {point_}}));
        PointChange change = read_change(lookup, seen.state(point_));
        change.against = seen.state(point_);
        if (change.empty())
            throw UsageError(t_(Message{"cli.set.nothing_to_record"}));

        auto decision = s.write([&](Store&) {
            DecisionRecorder recorder(s, lookup, decision_author(who_), t_);
            return must(recorder.apply_to_group(point_, change));
        });
        if (decision.changes.empty() && decision.also_changed.empty())
            say(t_.format("{}: niets gewijzigd (was al zo)", "{}: nothing changed (already so)", point_));
        for (const auto& c : decision.changes) say(describe(point_, c));
        if (!decision.also_changed.empty())
            say(t_.format("{}: geldt ook voor de {} gelijkluidende punten van de groep ({})",
                          "{}: holds for the {} similar points of its group too ({})", point_,
                          decision.also_changed.size(), fmt::join(decision.also_changed, ", ")));
        return 0;
    }

    PointChange read_change(const FrameworkLookup& lookup, const PointState& state) const {
        PointChange change;
        if (!chapters_.empty()) {
            std::vector<std::string> ids;
            for (const auto& c : chapters_) {
                std::string id = must(lookup.chapter(c));
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
            }
            change.chapters = ids;
        }
        if (section_) {
            std::vector<std::string> chapters = change.chapters.value_or(state.chapters);
            std::string primary = chapters.empty() ? "" : chapters.front();
            std::string id = must(lookup.section(*section_, primary));
            // A section alone takes its chapter along as the primary one.
            if (const Section* s = lookup.find(id); s != nullptr && !change.chapters && s->parent != primary) {
                std::erase(chapters, s->parent);
                chapters.insert(chapters.begin(), s->parent);
                change.chapters = chapters;
            }
            change.section = id;
        }
        if (route_) change.route = must(lookup.route(*route_));
        if (reaction_) change.reaction = *reaction_;
        if (reaction_file_) change.reaction = text::to_utf8(read_file(*reaction_file_));
        if (status_) {
            auto status = parse_status(*status_);
            if (!status || text::trim(*status_).empty())
                throw UsageError(t_(Message{"cli.set.unknown_status", {*status_}}));
            change.status = *status;
        }
        return change;
    }

    std::string point_;
    std::vector<std::string> chapters_;
    std::optional<std::string> section_;
    std::optional<std::string> route_;
    std::optional<std::string> reaction_;
    std::optional<std::string> reaction_file_;
    std::optional<std::string> status_;
};

class ApproveCommand final : public DecisionCommand {
public:
    ApproveCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : DecisionCommand(parent.add_subcommand("approve", t("keurt de reacties op punten goed", "approves the reactions to points")),
                          global, t) {
        auto* points = app_->add_option("POINTS", points_, t("de punten, bijv. I003.2 I004.1", "the points, e.g. I003.2 I004.1"));
        app_->add_flag("--all", all_, t("alle punten met een conceptreactie", "every point with a draft reaction"))->excludes(points);
        add_common_options();
    }

private:
    int decide() override {
        if (points_.empty() && !all_)
            throw UsageError(t_(Message{"cli.approve.no_points"}));
        Store& s = store();
        Framework framework = s.framework();
        FrameworkLookup lookup(framework, round().workstreams, t_);
        const DecisionRecorder seen(s, lookup, decision_author(who_), t_);
        std::vector<std::string> points = points_;
        if (all_)
            for (const auto& [id, reaction] : s.reactions())
                if (reaction.status == "draft" && !text::trim(reaction.text).empty()) points.push_back(id);
        for (const auto& id : points)
            if (!seen.has_point(id))
                throw UsageError(t_(Message{"cli.approve.unknown_point", {id}}));

        int approved = 0;
        int already = 0;
        std::set<std::string> done;  // a group is approved as a whole, through any of its points
        s.write([&](Store&) {
            DecisionRecorder recorder(s, lookup, decision_author(who_), t_);
            for (const auto& id : points) {
                if (!done.insert(id).second) continue;
                PointChange change;
                change.status = "approved";
                change.against = seen.state(id);  // approve the reaction that was read, not a newer one
                auto decision = must(recorder.apply_to_group(id, change));
                bool status_changed = std::any_of(decision.changes.begin(), decision.changes.end(),
                                                  [](const FieldChange& c) { return c.field == "status"; });
                status_changed ? ++approved : ++already;
                approved += static_cast<int>(decision.also_changed.size());
                for (const auto& mate : recorder.group_mates(id)) done.insert(mate);
            }
        });
        say(t_.format("Goedgekeurd: {} punten ({} waren al goedgekeurd)", "Approved: {} points ({} were approved already)",
                      approved, already));
        return 0;
    }

    std::vector<std::string> points_;
    bool all_ = false;
};

class ImportReviewCommand final : public DecisionCommand {
public:
    ImportReviewCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : DecisionCommand(parent.add_subcommand("import-review",
                                                t("leest de bewerkte reviewlijst (reactienota.xlsx) terug in de store",
                                                  "reads the edited review sheet (reactienota.xlsx) back into the store")),
                          global, t) {
        app_->add_option("FILE", file_, t("de reviewlijst (.xlsx)", "the review sheet (.xlsx)"))->required()->check(CLI::ExistingFile);
        app_->add_flag("--strict", strict_, t("conflicten maken de opdracht mislukt (exitcode 3)",
                                              "conflicts make the command fail (exit code 3)"));
        add_common_options("naam voor het auditlog (standaard wie het bestand het laatst bewaarde, anders $USER)",
                           "name for the audit log (default who saved the file last, else $USER)");
    }

private:
    int decide() override {
        XlsxWorkbook workbook = XlsxWorkbook::open(file_);
        Store& s = store();
        ReviewImportSummary summary = import_review(s, workbook, round().workstreams, who_, t_);
        for (const auto& conflict : summary.conflicts) std::cerr << t_("conflict: ", "conflict: ") << conflict << '\n';
        say(t_.format("Reviewlijst ingelezen (door {}): {} punten gewijzigd ({} velden), {} conflicten, {} ongewijzigd, "
                      "{} niet in het blad",
                      "Review sheet read (by {}): {} points changed ({} fields), {} conflicts, {} unchanged, {} not in "
                      "the sheet",
                      summary.who, summary.changed_points, summary.changed_fields, summary.conflicts.size(),
                      summary.unchanged, summary.not_in_sheet));
        if (summary.group_points > 0)
            say(t_.format("{} gelijkluidende punten kregen het besluit over hun groep", "{} similar points took their group's decision",
                          summary.group_points));
        if (strict_ && !summary.conflicts.empty()) {
            std::cerr << t_.format("inspraak: {} conflict(en) en --strict", "inspraak: {} conflict(s) and --strict",
                                   summary.conflicts.size())
                      << '\n';
            return 3;
        }
        return 0;
    }

    std::string file_;
    bool strict_ = false;
};

}  // namespace

void add_decision_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                           const UiLanguage& t) {
    commands.push_back(std::make_unique<SetCommand>(app, global, t));
    commands.push_back(std::make_unique<ApproveCommand>(app, global, t));
    commands.push_back(std::make_unique<ImportReviewCommand>(app, global, t));
}

}  // namespace inspraak::core
