// changes: the revised framework's changes and the points they answer (a thin adapter over
// RoundSession): the list, one point's ranked changes, an officer's confirm or remove, and the
// figures against a gold file of links.
#include <fmt/core.h>

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "app/app_error.hpp"
#include "cli/session_command.hpp"
#include "eval/change_link_evaluation.hpp"

namespace inspraak::core {
namespace {

// At most `limit` bytes of `text`, cut before a UTF-8 continuation byte, with "…" when cut.
std::string shortened(const std::string& text, size_t limit = 110) {
    if (text.size() <= limit) return text;
    size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "…";
}

// The words for a change's kind and scope and a link's state (literal keys, so that the
// catalogue's test sees every one).
Message kind_word(const std::string& kind) {
    if (kind == "added") return Message{"change.kind.added"};
    if (kind == "rewritten") return Message{"change.kind.rewritten"};
    if (kind == "removed") return Message{"change.kind.removed"};
    return Message{"change.kind.moved"};
}

Message scope_word(const std::string& scope) {
    return scope == "sentence" ? Message{"change.scope.sentence"} : Message{"change.scope.passage"};
}

Message state_word(const std::string& state) {
    if (state == change_link_confirmed) return Message{"change.state.confirmed"};
    if (state == change_link_removed) return Message{"change.state.removed"};
    return Message{"change.state.proposed"};
}

class ChangesCommand final : public SessionCommand {
public:
    ChangesCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : SessionCommand(parent.add_subcommand("changes", t("toont de wijzigingen in het kader en de punten die ze beantwoorden",
                                                              "lists the framework's changes and the points they answer")),
                         global, t) {
        app_->add_option("--point", point_, t("alleen de wijzigingen bij dit punt, gerangschikt",
                                              "only the changes linked to this point, ranked"));
        auto* confirm = app_->add_option("--confirm", confirm_, t("bevestig de koppeling van --point aan deze wijziging (#)",
                                                                  "confirm the link of --point to this change (#)"));
        auto* remove = app_->add_option("--remove", remove_, t("verwijder de koppeling van --point aan deze wijziging (#)",
                                                               "remove the link of --point to this change (#)"));
        confirm->excludes(remove);
        confirm->needs(app_->get_option("--point"));
        remove->needs(app_->get_option("--point"));
        app_->add_option("--gold", gold_, t("meet de koppelingen tegen dit goudbestand (.jsonl)",
                                            "measure the links against this gold file (.jsonl)"))
            ->check(CLI::ExistingFile);
        app_->add_flag("--json", json_, t("als JSON", "as JSON"));
        add_store_options();
        add_who_option();
    }

private:
    int work(RoundSession& session) override {
        if (confirm_ || remove_) {
            const int64_t change = confirm_ ? *confirm_ : *remove_;
            auto decided = session.decide_change_link(point_, change, confirm_.has_value());
            if (!decided) return fail(decided.error());
            const Message state = state_word(std::string(confirm_ ? change_link_confirmed : change_link_removed));
            say(t_(Message{*decided ? "change.decided" : "change.unchanged", {point_, std::to_string(change), t_(state)}}));
            return 0;
        }
        auto changes = session.framework_changes();
        if (!changes) return fail(changes.error());
        if (changes->empty()) return fail(AppError{ErrorKind::not_found, Message{"change.no_changes"}});
        auto links = session.change_links(point_.empty() ? std::nullopt : std::optional<std::string>(point_));
        if (!links) return fail(links.error());
        if (!gold_.empty()) return measure(*changes, *links);
        if (json_) return print_json(*changes, *links);
        std::map<int64_t, const FrameworkChange*> by_id;
        for (const auto& change : *changes) by_id[change.id] = &change;
        if (!point_.empty()) {
            std::cout << t_(Message{"change.for_point", {point_, std::to_string(links->size())}}) << '\n';
            for (const ChangeLink& link : *links) {
                std::cout << "  " << describe(*by_id[link.change_id]) << "  ["
                          << t_(state_word(link.state)) << fmt::format(", {:.2f}]", link.score) << '\n';
            }
            return 0;
        }
        std::map<int64_t, std::vector<const ChangeLink*>> per_change;
        for (const ChangeLink& link : *links) per_change[link.change_id].push_back(&link);
        for (const FrameworkChange& change : *changes) {
            std::cout << describe(change) << '\n';
            if (change.kind == "rewritten" || change.kind == "moved")
                std::cout << "    " << t_(Message{"change.was", {shortened(change.old_text)}}) << '\n';
            std::string points;
            for (const ChangeLink* link : per_change[change.id]) {
                if (!points.empty()) points += ", ";
                points += t_(Message{"change.link", {link->point_id, t_(state_word(link->state)),
                                                     fmt::format("{:.2f}", link->score)}});
            }
            std::cout << "    " << (points.empty() ? t_(Message{"change.no_points"}) : t_(Message{"change.points", {points}}))
                      << '\n';
        }
        auto coverage = session.change_coverage();
        if (!coverage) return fail(coverage.error());
        std::string open_points, unasked;
        for (const auto& id : coverage->points_without_change) open_points += (open_points.empty() ? "" : ", ") + id;
        for (int64_t id : coverage->changes_without_point) unasked += (unasked.empty() ? "#" : ", #") + std::to_string(id);
        std::cout << t_(Message{"change.not_yet_in_framework", {std::to_string(coverage->points_without_change.size()),
                                                                 open_points.empty() ? "-" : open_points}})
                  << '\n'
                  << t_(Message{"change.unasked", {std::to_string(coverage->changes_without_point.size()),
                                                   unasked.empty() ? "-" : unasked}})
                  << '\n';
        return 0;
    }

    std::string place(const FrameworkChange& change) const {
        std::string where = change.section.empty() ? t_(Message{"change.place", {change.chapter}})
                                                   : t_(Message{"change.place_section", {change.section}});
        if (change.page > 0) where = t_(Message{"change.place_page", {where, std::to_string(change.page)}});
        return where;
    }

    std::string describe(const FrameworkChange& change) const {
        const std::string& text = change.kind == "removed" ? change.old_text : change.new_text;
        return t_(Message{"change.line", {std::to_string(change.id), t_(kind_word(change.kind)),
                                          t_(scope_word(change.scope)), place(change), shortened(text)}});
    }

    int measure(const std::vector<FrameworkChange>& changes, const std::vector<ChangeLink>& links) const {
        try {
            const auto score = score_change_links(read_change_link_gold(gold_), changes, links);
            if (json_) {
                nlohmann::json out{{"points", score.points},       {"top1", score.top1},
                                   {"top1_accuracy", score.top1_accuracy()},
                                   {"links", score.links},         {"found", score.found},
                                   {"recall", score.recall()},     {"unanswered", score.unanswered},
                                   {"unanswered_linked", score.unanswered_linked}, {"unknown", score.unknown}};
                std::cout << out.dump(2) << '\n';
                return 0;
            }
            std::cout << t_(Message{"change.score",
                                    {gold_, fmt::format("{:.1f}", 100 * score.top1_accuracy()), std::to_string(score.top1),
                                     std::to_string(score.points), fmt::format("{:.1f}", 100 * score.recall()),
                                     std::to_string(score.found), std::to_string(score.links),
                                     std::to_string(score.unanswered_linked), std::to_string(score.unanswered),
                                     std::to_string(score.unknown)}})
                      << '\n';
            return 0;
        } catch (const AppException& error) {
            std::cerr << "inspraak: " << t_(error.error().message) << '\n';
            return 1;
        }
    }

    int print_json(const std::vector<FrameworkChange>& changes, const std::vector<ChangeLink>& links) const {
        nlohmann::json out{{"changes", nlohmann::json::array()}, {"links", nlohmann::json::array()}};
        for (const FrameworkChange& c : changes)
            out["changes"].push_back({{"id", c.id}, {"kind", c.kind}, {"scope", c.scope}, {"chapter", c.chapter},
                                      {"chapter_title", c.chapter_title}, {"section", c.section}, {"page", c.page},
                                      {"old_chapter", c.old_chapter}, {"old_section", c.old_section},
                                      {"old_page", c.old_page}, {"old_text", c.old_text}, {"new_text", c.new_text}});
        for (const ChangeLink& l : links)
            out["links"].push_back({{"point", l.point_id}, {"change", l.change_id}, {"score", l.score}, {"state", l.state},
                                    {"decided_by", l.decided_by}});
        std::cout << out.dump(2) << '\n';
        return 0;
    }

    std::string point_;
    std::optional<int64_t> confirm_;
    std::optional<int64_t> remove_;
    std::string gold_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_changes_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<ChangesCommand>(app, global, t);
}

}  // namespace inspraak::core
