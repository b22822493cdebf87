// The officer's decisions on the command line, thin adapters over RoundSession (app/):
//   inspraak set ROUND_DIR POINT [--chapter N]... [--section S] [--route R] [--reaction TEXT |
//                                --reaction-file F] [--status S] [--who NAME] [--out DIR]
//   inspraak approve ROUND_DIR POINT... | --all [--who NAME] [--out DIR]
//   inspraak import-review ROUND_DIR FILE.xlsx [--who NAME] [--strict] [--out DIR]
//   inspraak assign ROUND_DIR POINT... (--to NAME | --nobody) [--who NAME] [--out DIR]
// A wrong point, chapter, section, route or status is a bad command line: exit 2, one line
// naming it and what is allowed. A decision made against a point that changed meanwhile (between
// reading it and recording the decision: another officer, the machine) is a conflict: nothing
// recorded, exit 3 (as import-review --strict), one line naming the old and the new value.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <iostream>

#include "cli/session_command.hpp"
#include "inspraak/text.hpp"
#include "review/framework_lookup.hpp"
#include "util/files.hpp"

namespace inspraak::core {
namespace {

std::string shorten(const std::string& text) {
    std::string flat = text::normalize_whitespace(text);
    if (flat.size() <= 60) return flat.empty() ? "\"\"" : "\"" + flat + "\"";
    size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a character
    return "\"" + flat.substr(0, cut) + "...\"";
}

// One recorded change as a line: "I003.2: route: kader -> geen".
std::string describe(const std::string& point_id, const FieldChange& change, const UiLanguage& t) {
    auto value = [&](const std::string& v) {
        if (change.field == "reaction") return shorten(v);
        if (change.field == "status") return t(status_word(v));
        return v.empty() ? std::string("-") : v;
    };
    if (change.field == "decided_by") return t.format("{}: besloten door {}", "{}: decided by {}", point_id, change.new_value);
    return fmt::format("{}: {}: {} -> {}", point_id, t(Message{"field." + change.field}), value(change.old_value),
                       value(change.new_value));
}

class SetCommand final : public SessionCommand {
public:
    SetCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("set", t("legt een besluit over één punt vast: hoofdstukken, paragraaf, "
                                                          "route, reactie, status",
                                                          "records a decision on one point: chapters, section, route, "
                                                          "reaction, status")),
                         global, t) {
        app_->add_option("POINT", point_, t("het punt, bijv. I003.2", "the point, e.g. I003.2"))->required();
        app_->add_option("--chapter", request_.chapters,
                         t("hoofdstuk als nummer (5, B1) of id (h5-2); mag vaker, het eerste is het belangrijkste",
                           "chapter by number (5, B1) or id (h5-2); repeatable, the first is the primary one"));
        app_->add_option("--section", request_.section,
                         t("paragraaf als nummer (3.1.2), of 'geen'", "section by number (3.1.2), or 'geen'"));
        app_->add_option("--route", request_.route,
                         t("werkspoor-id uit round.json, of 'geen'", "workstream id from round.json, or 'geen'"));
        auto* reaction = app_->add_option("--reaction", request_.reaction, t("de reactie", "the reaction"));
        app_->add_option("--reaction-file", reaction_file_, t("de reactie uit een tekstbestand", "the reaction from a text file"))
            ->check(CLI::ExistingFile)
            ->excludes(reaction);
        app_->add_option("--status", request_.status, t("concept of goedgekeurd", "draft or approved"));
        add_store_options();
        add_who_option();
    }

private:
    int work(RoundSession& session) override {
        if (reaction_file_) request_.reaction = text::to_utf8(read_file(*reaction_file_));
        if (request_.empty()) {
            std::cerr << "inspraak: " << t_(Message{"cli.set.nothing_to_record"}) << '\n';
            return 2;
        }
        auto decision = session.decide(point_, request_);
        if (!decision) return fail(decision.error(), "cli.set.unknown_point");
        if (decision->changes.empty() && decision->also_changed.empty())
            say(t_.format("{}: niets gewijzigd (was al zo)", "{}: nothing changed (already so)", point_));
        for (const auto& c : decision->changes) say(describe(point_, c, t_));
        if (!decision->also_changed.empty())
            say(t_.format("{}: geldt ook voor de {} gelijkluidende punten van de groep ({})",
                          "{}: holds for the {} similar points of its group too ({})", point_,
                          decision->also_changed.size(), fmt::join(decision->also_changed, ", ")));
        return 0;
    }

    std::string point_;
    DecisionRequest request_;
    std::optional<std::string> reaction_file_;
};

class ApproveCommand final : public SessionCommand {
public:
    ApproveCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("approve", t("keurt de reacties op punten goed", "approves the reactions to points")),
                         global, t) {
        auto* points = app_->add_option("POINTS", request_.points, t("de punten, bijv. I003.2 I004.1", "the points, e.g. I003.2 I004.1"));
        app_->add_flag("--all", request_.all_drafts, t("alle punten met een conceptreactie", "every point with a draft reaction"))
            ->excludes(points);
        add_store_options();
        add_who_option();
    }

private:
    int work(RoundSession& session) override {
        if (request_.points.empty() && !request_.all_drafts) {
            std::cerr << "inspraak: " << t_(Message{"cli.approve.no_points"}) << '\n';
            return 2;
        }
        auto outcome = session.approve(request_);
        if (!outcome) return fail(outcome.error(), "cli.approve.unknown_point");
        say(t_.format("Goedgekeurd: {} punten ({} waren al goedgekeurd)", "Approved: {} points ({} were approved already)",
                      outcome->approved, outcome->already));
        return 0;
    }

    ApprovalRequest request_;
};

class ImportReviewCommand final : public SessionCommand {
public:
    ImportReviewCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("import-review",
                                               t("leest de bewerkte reviewlijst (reactienota.xlsx) terug in de store",
                                                 "reads the edited review sheet (reactienota.xlsx) back into the store")),
                         global, t) {
        app_->add_option("FILE", file_, t("de reviewlijst (.xlsx)", "the review sheet (.xlsx)"))->required()->check(CLI::ExistingFile);
        app_->add_flag("--strict", strict_, t("conflicten maken de opdracht mislukt (exitcode 3)",
                                              "conflicts make the command fail (exit code 3)"));
        add_store_options();
        add_who_option("naam voor het auditlog (standaard wie het bestand het laatst bewaarde, anders $USER)",
                       "name for the audit log (default who saved the file last, else $USER)");
    }

private:
    int work(RoundSession& session) override {
        auto imported = session.import_review_sheet(file_);
        if (!imported) {
            fail(imported.error());
            return 1;  // a file that is no review sheet is not a bad command line
        }
        const ReviewImportSummary& summary = *imported;
        for (const auto& conflict : summary.conflicts) std::cerr << t_("conflict: ", "conflict: ") << t_(conflict) << '\n';
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

class AssignCommand final : public SessionCommand {
public:
    AssignCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("assign", t("wijst punten toe aan een medewerker (een groep als geheel)",
                                                             "assigns points to an officer (a group as a whole)")),
                         global, t) {
        app_->add_option("POINTS", points_, t("de punten, bijv. I003.2 I004.1", "the points, e.g. I003.2 I004.1"))->required();
        auto* to = app_->add_option("--to", officer_, t("de medewerker (\"\": niemand)", "the officer (\"\": nobody)"));
        app_->add_flag("--nobody", nobody_, t("haalt de toewijzing weg", "removes the assignment"))->excludes(to);
        add_store_options();
        add_who_option();
    }

private:
    int work(RoundSession& session) override {
        if (!officer_ && !nobody_) {
            std::cerr << "inspraak: " << t_(Message{"cli.assign.no_officer"}) << '\n';
            return 2;
        }
        const std::string officer(text::trim(nobody_ ? std::string() : *officer_));
        auto outcome = session.assign(points_, officer);
        if (!outcome) return fail(outcome.error(), "cli.set.unknown_point");
        const std::string changed = outcome->changed.empty() ? "-" : fmt::format("{}", fmt::join(outcome->changed, ", "));
        if (officer.empty())
            say(t_.format("Toewijzing weggehaald: {} punten ({}); {} hadden er geen", "Assignment removed: {} points ({}); {} had none",
                          outcome->changed.size(), changed, outcome->unchanged));
        else
            say(t_.format("Toegewezen aan {}: {} punten ({}); {} waren het al", "Assigned to {}: {} points ({}); {} were already",
                          officer, outcome->changed.size(), changed, outcome->unchanged));
        return 0;
    }

    std::vector<std::string> points_;
    std::optional<std::string> officer_;
    bool nobody_ = false;
};

}  // namespace

void add_decision_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                           const UiLanguage& t) {
    commands.push_back(std::make_unique<SetCommand>(app, global, t));
    commands.push_back(std::make_unique<ApproveCommand>(app, global, t));
    commands.push_back(std::make_unique<ImportReviewCommand>(app, global, t));
    commands.push_back(std::make_unique<AssignCommand>(app, global, t));
    add_point_commands(commands, app, global, t);
}

}  // namespace inspraak::core
