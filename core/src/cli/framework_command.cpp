// framework: prints the outline the import reads from a round's framework (chapters, appendices,
// sections, passages, pages) and what looks wrong about it, so that the officer can check it, and
// fix it with round.json's "outline", before a round runs. Read-only: no store is made.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <iostream>

#include "app/round_framework_reader.hpp"
#include "cli/commands.hpp"
#include "framework/outline_summary.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"

namespace inspraak::core {
namespace {

class FrameworkCommand final : public Command {
public:
    FrameworkCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand("framework", t("toont de hoofdstukindeling die uit het kader gelezen wordt",
                                                       "shows the outline read from the framework"))),
          global_(global),
          t_(t) {
        app_->add_option("ROUND_DIR", round_dir_, t("de rondemap met round.json", "the round folder with round.json"))
            ->required()
            ->check(CLI::ExistingDirectory);
        app_->add_flag("--json", json_, t("als JSON", "as JSON"));
    }

    int run() override {
        const RoundConfig round = load_round(round_dir_);
        for (const auto& warning : round.warnings) std::cerr << t_(Message{"cli.warning", {warning}}) << '\n';
        auto host = load_plugins(global_, t_, true);
        auto framework = read_round_framework(round, *host);
        if (!framework) {
            std::cerr << "inspraak: " << t_(framework.error().message) << '\n';
            return 1;
        }
        const OutlineSummary summary = summarize_outline(*framework);
        if (json_) print_json(round, summary);
        else print_text(round, summary);
        return 0;
    }

private:
    std::string pages(const OutlineItem& item) const {
        if (item.first_page == 0) return {};
        if (item.first_page == item.last_page) return t_.format(", blz. {}", ", p. {}", item.first_page);
        return t_.format(", blz. {}-{}", ", pp. {}-{}", item.first_page, item.last_page);
    }

    // "1 passage", "3 passages"; "1 paragraaf", "3 paragrafen" (numbered sections).
    std::string passages(int n) const {
        return n == 1 ? t_("1 passage", "1 passage") : t_.format("{} passages", "{} passages", n);
    }
    std::string sections(size_t n) const {
        return n == 1 ? t_("1 paragraaf", "1 section") : t_.format("{} paragrafen", "{} sections", n);
    }

    std::string warning_text(const OutlineWarning& w) const {
        switch (w.kind) {
        case OutlineWarning::Kind::numbering_restarts:
            return t_.format("de nummering begint opnieuw: hoofdstuk {} '{}' na hoofdstuk {}",
                             "the numbering restarts: chapter {} '{}' after chapter {}", w.number, w.title, w.other_number);
        case OutlineWarning::Kind::too_many_chapters:
            return t_.format("{} hoofdstukken: meer dan {}; zijn lijsten of geciteerde teksten als hoofdstuk gelezen?",
                             "{} chapters: more than {}; were lists or quoted texts read as chapters?", w.count,
                             kMaxLikelyChapters);
        case OutlineWarning::Kind::chapter_without_text:
            return t_.format("{} '{}' heeft geen tekst", "{} '{}' has no text", w.number, w.title);
        case OutlineWarning::Kind::duplicate_title:
            return t_.format("hoofdstuk {} heeft dezelfde titel als hoofdstuk {}: '{}'",
                             "chapter {} has the same title as chapter {}: '{}'", w.number, w.other_number, w.title);
        }
        return {};
    }

    static const char* kind_name(SectionKind kind) {
        return kind == SectionKind::chapter ? "chapter" : kind == SectionKind::appendix ? "appendix" : "section";
    }

    void print_text(const RoundConfig& round, const OutlineSummary& summary) const {
        int chapters = 0;
        for (const OutlineItem& item : summary.chapters) chapters += item.kind == SectionKind::chapter ? 1 : 0;
        const int appendices = static_cast<int>(summary.chapters.size()) - chapters;
        std::cout << t_.format("Kader: {}", "Framework: {}", round.framework.string()) << '\n';
        if (!summary.title.empty()) std::cout << t_.format("Titel: {}", "Title: {}", summary.title) << '\n';
        std::cout << (chapters == 1 ? t_("1 hoofdstuk", "1 chapter") : t_.format("{} hoofdstukken", "{} chapters", chapters))
                  << ", "
                  << (appendices == 1 ? t_("1 bijlage", "1 appendix") : t_.format("{} bijlagen", "{} appendices", appendices))
                  << "\n\n";
        for (const OutlineItem& item : summary.chapters) {
            std::cout << fmt::format("{} {}  ({}, {}{})\n", item.number, item.title, sections(item.sections.size()),
                                     passages(item.passages), pages(item));
            for (const OutlineItem& section : item.sections)
                std::cout << fmt::format("{}{} {}  ({}{})\n", std::string(static_cast<size_t>(2 * section.level), ' '),
                                         section.number, section.title, passages(section.passages), pages(section));
        }
        if (summary.warnings.empty()) return;
        std::cout << '\n' << t_("Waarschuwingen:", "Warnings:") << '\n';
        for (const OutlineWarning& warning : summary.warnings) std::cout << "  - " << warning_text(warning) << '\n';
    }

    static nlohmann::json item_json(const OutlineItem& item) {
        nlohmann::json out = {{"id", item.id},       {"kind", kind_name(item.kind)}, {"number", item.number},
                              {"title", item.title}, {"level", item.level},          {"passages", item.passages}};
        out["pages"] = item.first_page == 0 ? nlohmann::json(nullptr) : nlohmann::json{item.first_page, item.last_page};
        return out;
    }

    void print_json(const RoundConfig& round, const OutlineSummary& summary) const {
        nlohmann::json chapters = nlohmann::json::array();
        for (const OutlineItem& item : summary.chapters) {
            nlohmann::json chapter = item_json(item);
            chapter["sections"] = nlohmann::json::array();
            for (const OutlineItem& section : item.sections) chapter["sections"].push_back(item_json(section));
            chapters.push_back(std::move(chapter));
        }
        static const char* kinds[] = {"numbering_restarts", "too_many_chapters", "chapter_without_text", "duplicate_title"};
        nlohmann::json warnings = nlohmann::json::array();
        for (const OutlineWarning& warning : summary.warnings)
            warnings.push_back({{"kind", kinds[static_cast<int>(warning.kind)]}, {"message", warning_text(warning)}});
        nlohmann::json out = {{"framework", round.framework.string()},
                              {"title", summary.title},
                              {"chapters", std::move(chapters)},
                              {"warnings", std::move(warnings)}};
        std::cout << out.dump(2) << '\n';
    }

    const GlobalOptions& global_;
    const UiLanguage& t_;
    std::string round_dir_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_framework_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<FrameworkCommand>(app, global, t);
}

}  // namespace inspraak::core
