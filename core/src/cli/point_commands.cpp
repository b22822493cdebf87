// Reading a round's points on the command line, thin adapters over RoundSession (app/):
//   inspraak points ROUND_DIR [--chapter N] [--section S] [--route R] [--status S] [--group G]
//                   [--campaign POINT] [--text WORDS] [--assigned NAME|geen] [--min-confidence X] [--max-confidence X]
//                   [--limit N] [--offset N] [--json] [--out DIR]
//   inspraak show ROUND_DIR POINT [--json] [--out DIR]
// The JSON is for scripts: its shape is documented in docs/command-line.md.
#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/session_command.hpp"
#include "inspraak/text.hpp"
#include "review/framework_lookup.hpp"

namespace inspraak::core {
namespace {

std::string first_line(const std::string& text, size_t width) {
    std::string flat = text::normalize_whitespace(text);
    if (flat.size() <= width) return flat;
    size_t cut = width - 3;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a character
    return flat.substr(0, cut) + "...";
}

// The chapters of a point as ids with scores, primary first.
nlohmann::json chapters_json(const PointDetail& p, const FrameworkLookup& lookup) {
    nlohmann::json chapters = nlohmann::json::array();
    if (!p.classification) return chapters;
    for (const auto& c : p.classification->classification.chapters)
        chapters.push_back({{"id", c.section_id}, {"label", lookup.label(c.section_id)}, {"score", c.score}});
    return chapters;
}

nlohmann::json point_json(const PointDetail& p, const FrameworkLookup& lookup) {
    nlohmann::json out = {{"id", p.point.id},
                          {"submission", p.submission.id},
                          {"source", p.submission.source},
                          {"organisation", p.submission.stakeholder.organisation},
                          {"group", p.submission.stakeholder.group},
                          {"text", p.point.text},
                          {"chapters", chapters_json(p, lookup)},
                          {"section", nullptr},
                          {"route", nullptr},
                          {"confidence", nullptr},
                          {"decided_by", nullptr},
                          {"reaction", nullptr},
                          {"status", nullptr},
                          {"campaign", nullptr},
                          {"assigned_to", nullptr}};
    if (p.classification) {
        const Classification& c = p.classification->classification;
        if (!c.chapters.empty() && !c.chapters.front().best_section_id.empty())
            out["section"] = lookup.label(c.chapters.front().best_section_id);
        out["route"] = c.route;
        out["confidence"] = c.confidence;
        if (!p.classification->decided_by.empty()) out["decided_by"] = p.classification->decided_by;
    }
    if (p.reaction) {
        out["reaction"] = p.reaction->text;
        out["status"] = p.reaction->status;
        out["author"] = p.reaction->author;
    }
    if (p.group) out["campaign"] = p.group->group_id;
    if (!p.assigned_to.empty()) out["assigned_to"] = p.assigned_to;
    return out;
}

class PointsCommand final : public SessionCommand {
public:
    PointsCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("points", t("toont de punten van de ronde, gefilterd en per pagina",
                                                             "lists the round's points, filtered and paged")),
                         global, t) {
        app_->add_option("--chapter", filter_.chapter, t("hoofdstuk (5, B1, h5)", "chapter (5, B1, h5)"));
        app_->add_option("--section", filter_.section, t("paragraaf (3.1.2)", "section (3.1.2)"));
        app_->add_option("--route", filter_.route, t("werkspoor of 'geen'", "workstream or 'geen'"));
        app_->add_option("--status", filter_.status, t("concept, goedgekeurd of geen (zonder reactie)",
                                                       "draft, approved or none (without a reaction)"));
        app_->add_option("--group", filter_.stakeholder_group, t("groep van de afzender", "the sender's group"));
        app_->add_option("--campaign", filter_.campaign, t("de punten van de campagne van dit punt",
                                                           "the points of this point's campaign"));
        app_->add_option("--text", filter_.text, t("woorden in de tekst van het punt", "words in the point's text"));
        app_->add_option("--sender", filter_.sender,
                         t("deel van de naam of organisatie van de indiener", "part of the sender's name or organisation"));
        app_->add_option("--assigned", filter_.assigned_to, t("toegewezen aan deze medewerker, of 'geen' (aan niemand)",
                                                              "assigned to this officer, or 'none' (to nobody)"));
        app_->add_option("--min-confidence", filter_.min_confidence, t("zekerheid minstens (0 tot 1)", "confidence at least (0 to 1)"));
        app_->add_option("--max-confidence", filter_.max_confidence, t("zekerheid hoogstens (0 tot 1)", "confidence at most (0 to 1)"));
        app_->add_option("--limit", filter_.limit, t("punten per pagina (0: alle; standaard 50)", "points per page (0: all; default 50)"))
            ->check(CLI::NonNegativeNumber);
        app_->add_option("--offset", filter_.offset, t("sla zoveel punten over", "skip this many points"))
            ->check(CLI::NonNegativeNumber);
        app_->add_flag("--json", json_, t("als JSON", "as JSON"));
        add_store_options();
    }

private:
    int work(RoundSession& session) override {
        auto framework = session.framework();
        if (!framework) return fail(framework.error());
        auto page = session.list_points(filter_);
        if (!page) return fail(page.error());
        const FrameworkLookup lookup(*framework, session.round().workstreams);
        if (json_) {
            nlohmann::json points = nlohmann::json::array();
            for (const auto& p : page->points) points.push_back(point_json(p, lookup));
            std::cout << nlohmann::json{{"total", page->total}, {"offset", page->offset}, {"limit", page->limit},
                                        {"points", points}}
                             .dump(2)
                      << '\n';
            return 0;
        }
        for (const auto& p : page->points) {
            std::string chapter = "-";
            std::string route = "-";
            if (p.classification && !p.classification->classification.chapters.empty())
                chapter = lookup.label(p.classification->classification.chapters.front().section_id);
            if (p.classification) route = p.classification->classification.route;
            std::string status = p.reaction ? t_(status_word(p.reaction->status)) : "-";
            std::cout << fmt::format("{:<8} {:<24} {:<10} {:<11} {}\n", p.point.id, first_line(chapter, 24), route, status,
                                     first_line(p.point.text, 70));
        }
        say(t_.format("{} van {} punten (vanaf {})", "{} of {} points (from {})", page->points.size(), page->total,
                      page->offset + 1));
        return 0;
    }

    PointFilter filter_;
    bool json_ = false;
};

class ShowCommand final : public SessionCommand {
public:
    ShowCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("show", t("toont één punt met zijn inzending, herkomst, besluit en geschiedenis",
                                                           "shows one point with its submission, origin, decision and history")),
                         global, t) {
        app_->add_option("POINT", point_, t("het punt, bijv. I003.2", "the point, e.g. I003.2"))->required();
        app_->add_flag("--json", json_, t("als JSON", "as JSON"));
        add_store_options();
    }

private:
    int work(RoundSession& session) override {
        auto framework = session.framework();
        if (!framework) return fail(framework.error());
        auto view = session.point(point_);
        if (!view) return fail(view.error(), "cli.set.unknown_point");
        auto version = session.public_text(point_);
        if (!version) return fail(version.error());
        const FrameworkLookup lookup(*framework, session.round().workstreams);
        const PointDetail& p = view->detail;
        if (json_) {
            nlohmann::json out = point_json(p, lookup);
            out["origin"] = view->origin;
            out["subject"] = p.submission.subject;
            out["date"] = p.submission.date;
            out["sender"] = p.submission.stakeholder.name;
            out["why"] = p.classification ? p.classification->classification.why : std::vector<std::string>{};
            out["campaign_points"] = view->group_points;
            out["public_text"] = version->text;
            nlohmann::json redactions = nlohmann::json::array();
            for (const auto& r : version->redactions) redactions.push_back({{"kind", r.kind}, {"text", r.text}, {"kept", r.kept}});
            out["redactions"] = redactions;
            nlohmann::json history = nlohmann::json::array();
            for (const auto& e : view->history)
                history.push_back({{"at", e.at}, {"who", e.who}, {"field", e.field}, {"old", e.old_value}, {"new", e.new_value}});
            out["history"] = history;
            std::cout << out.dump(2) << '\n';
            return 0;
        }
        auto line = [&](const char* dutch, const char* english, const std::string& value) {
            if (!value.empty()) std::cout << t_(dutch, english) << ": " << value << '\n';
        };
        std::cout << p.point.id << '\n';
        line("Inzending", "Submission", p.submission.id + " (" + p.submission.source + ")");
        line("Herkomst", "Origin", view->origin);
        std::string sender = p.submission.stakeholder.organisation;
        if (!p.submission.stakeholder.group.empty()) sender += (sender.empty() ? "" : ", ") + p.submission.stakeholder.group;
        line("Afzender", "Sender", sender);
        line("Tekst", "Text", text::normalize_whitespace(p.point.text));
        if (!version->redactions.empty()) {
            line("Openbaar", "Public", text::normalize_whitespace(version->text));
            for (const auto& r : version->redactions)
                std::cout << fmt::format("  {} {}: {}\n", r.kind, r.kept ? t_("openbaar gemaakt", "kept public") : t_("weggelaten", "left out"), r.text);
        }
        if (p.classification) {
            const Classification& c = p.classification->classification;
            std::string chapters;
            for (const auto& ch : c.chapters)
                chapters += (chapters.empty() ? "" : "; ") + fmt::format("{} ({:.2f})", lookup.label(ch.section_id), ch.score);
            line("Hoofdstukken", "Chapters", chapters);
            if (!c.chapters.empty()) line("Paragraaf", "Section", lookup.label(c.chapters.front().best_section_id));
            line("Route", "Route", c.route);
            line("Besloten door", "Decided by", p.classification->decided_by);
        }
        if (p.reaction)
            line("Reactie", "Reaction", fmt::format("[{}, {}] {}", t_(status_word(p.reaction->status)), p.reaction->author,
                                                     text::normalize_whitespace(p.reaction->text)));
        line("Toegewezen aan", "Assigned to", p.assigned_to);
        std::string group;
        for (const auto& id : view->group_points) group += (group.empty() ? "" : ", ") + id;
        line("Zelfde groep", "Same group", group);
        if (!view->history.empty()) std::cout << t_("Geschiedenis", "History") << ":\n";
        for (const auto& e : view->history)
            std::cout << fmt::format("  {} {}: {}: {} -> {}\n", e.at, e.who, e.field, first_line(e.old_value, 40),
                                     first_line(e.new_value, 40));
        return 0;
    }

    std::string point_;
    bool json_ = false;
};

}  // namespace

void add_point_commands(std::vector<std::unique_ptr<Command>>& commands, CLI::App& app, const GlobalOptions& global,
                        const UiLanguage& t) {
    commands.push_back(std::make_unique<PointsCommand>(app, global, t));
    commands.push_back(std::make_unique<ShowCommand>(app, global, t));
}

}  // namespace inspraak::core
