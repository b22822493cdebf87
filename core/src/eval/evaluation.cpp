#include "eval/evaluation.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include "app/app_error.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

std::vector<std::string> strings_of(const nlohmann::json& value) {
    std::vector<std::string> out;
    if (value.is_string()) out.push_back(value.get<std::string>());
    if (value.is_array())
        for (const auto& item : value)
            if (item.is_string()) out.push_back(item.get<std::string>());
    return out;
}

// A gold chapter names a chapter by number or by title; both map to the chapter (two chapters
// may share a number, as in a real framework: either counts, and the first is returned).
const Section* resolve_chapter(const std::string& name, const Framework& framework) {
    std::string wanted = text::fold_for_comparison(name);
    for (const auto& s : framework.sections) {
        if (s.kind == SectionKind::section) continue;
        if (text::fold_case(s.number) == wanted || text::fold_case(s.title) == wanted) return &s;
    }
    return nullptr;
}

const Section* resolve_section(const std::string& number, const Framework& framework) {
    std::string wanted = text::fold_for_comparison(number);
    for (const auto& s : framework.sections)
        if (s.kind == SectionKind::section && text::fold_case(s.number) == wanted) return &s;
    return nullptr;
}

}  // namespace

std::vector<GoldPoint> read_gold(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw AppException(AppError{ErrorKind::not_found, Message{"eval.gold_missing", {file.string()}}});
    std::vector<GoldPoint> gold;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (text::trim(line).empty()) continue;
        auto parsed = nlohmann::json::parse(line, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("text") || !parsed["text"].is_string())
            throw AppException(
                invalid_error("eval.gold_bad_line", {file.string(), std::to_string(number)}));
        GoldPoint point;
        point.line = number;
        point.text = parsed["text"].get<std::string>();
        if (parsed.contains("chapters")) point.chapters = strings_of(parsed["chapters"]);
        if (parsed.contains("chapter")) point.chapters = strings_of(parsed["chapter"]);
        if (parsed.contains("route")) point.routes = strings_of(parsed["route"]);
        if (parsed.contains("routes")) point.routes = strings_of(parsed["routes"]);
        if (parsed.contains("section") && parsed["section"].is_string()) point.section = parsed["section"].get<std::string>();
        gold.push_back(std::move(point));
    }
    if (gold.empty()) throw AppException(invalid_error("eval.gold_empty", {file.string()}));
    return gold;
}

EvalReport evaluate(const std::vector<GoldPoint>& gold, const ClassifierSession& session, const Framework& framework) {
    std::map<std::string, std::string> number_of;  // section id -> number
    for (const auto& s : framework.sections) number_of[s.id] = s.number;

    std::vector<PointOutcome> outcomes;
    std::vector<Message> unknown;
    for (const auto& g : gold) {
        Point point{fmt::format("gold.{}", g.line), "gold", g.line, text::normalize_whitespace(g.text), "", ""};
        auto result = session.classify(point);
        if (!result)  // the classifier's own words
            throw AppException(
                AppError{ErrorKind::internal, Message{"eval.classify_failed", {std::to_string(g.line), result.error().message}}});
        const Classification& c = *result;
        PointOutcome outcome;
        outcome.line = g.line;
        outcome.text = point.text;
        for (const auto& name : g.chapters) {
            if (const Section* chapter = resolve_chapter(name, framework)) outcome.gold_chapters.push_back(chapter->number);
            else unknown.push_back(Message{"eval.unknown_chapter", {std::to_string(g.line), name}});
        }
        outcome.gold_section = g.section;
        // Gold names chapters by number, so predictions are compared as numbers: two chapters that
        // share a number (a real framework has two chapters 5) are one label, listed once.
        for (const auto& chapter : c.chapters) {
            const std::string& number = number_of[chapter.section_id];
            if (std::find(outcome.predicted_chapters.begin(), outcome.predicted_chapters.end(), number) ==
                outcome.predicted_chapters.end())
                outcome.predicted_chapters.push_back(number);
        }
        if (!c.chapters.empty() && !c.chapters.front().best_section_id.empty())
            outcome.predicted_section = number_of[c.chapters.front().best_section_id];
        outcome.gold_routes = g.routes;
        outcome.route = c.route;
        outcome.confidence = c.confidence;
        outcome.why = c.why;
        outcomes.push_back(std::move(outcome));
    }
    EvalReport report = summarize(std::move(outcomes), framework);
    report.unknown_chapters = std::move(unknown);
    return report;
}

EvalReport summarize(std::vector<PointOutcome> outcomes, const Framework& framework) {
    EvalReport report;
    for (const auto& s : framework.sections) {
        if (s.kind == SectionKind::section) continue;
        if (std::find(report.labels.begin(), report.labels.end(), s.number) == report.labels.end())
            report.labels.push_back(s.number);
    }
    for (int i = 0; i < 10; ++i) report.calibration.push_back(CalibrationBin{i / 10.0, (i + 1) / 10.0, 0, 0});

    int top1 = 0, top2 = 0, routes_right = 0, routes_known = 0, chapters_known = 0, sections_right = 0;
    std::map<std::string, int> true_positive, predicted_count, gold_count;
    for (const auto& o : outcomes) {
        ++report.points;
        if (!o.gold_routes.empty()) {
            ++routes_known;
            if (std::find(o.gold_routes.begin(), o.gold_routes.end(), o.route) != o.gold_routes.end()) ++routes_right;
        }
        if (!o.gold_section.empty()) {
            ++report.sections_known;
            sections_right += text::fold_case(o.gold_section) == text::fold_case(o.predicted_section);
        }
        const auto& acceptable = o.gold_chapters;
        if (acceptable.empty()) continue;
        ++chapters_known;
        const auto& predicted = o.predicted_chapters;
        auto ok = [&](const std::string& n) { return std::find(acceptable.begin(), acceptable.end(), n) != acceptable.end(); };
        bool first_right = !predicted.empty() && ok(predicted[0]);
        bool second_right = predicted.size() > 1 && ok(predicted[1]);
        top1 += first_right;
        top2 += first_right || second_right;

        std::string predicted_label = predicted.empty() ? "-" : predicted[0];
        std::string gold_label = first_right ? predicted_label : acceptable[0];
        ++report.confusion[gold_label][predicted_label];
        ++gold_count[gold_label];
        ++predicted_count[predicted_label];
        if (first_right) ++true_positive[gold_label];

        auto bin = std::min<size_t>(9, static_cast<size_t>(std::max(0.0, o.confidence) * 10));
        ++report.calibration[bin].points;
        report.calibration[bin].right += first_right;
    }
    if (chapters_known > 0) {
        report.top1 = static_cast<double>(top1) / chapters_known;
        report.top2 = static_cast<double>(top2) / chapters_known;
        double f1_sum = 0;
        int classes = 0;
        for (const auto& [label, count] : gold_count) {
            double precision = predicted_count[label] ? static_cast<double>(true_positive[label]) / predicted_count[label] : 0;
            double recall = static_cast<double>(true_positive[label]) / count;
            f1_sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
            ++classes;
        }
        report.macro_f1 = classes ? f1_sum / classes : 0;
    }
    if (routes_known > 0) report.route_accuracy = static_cast<double>(routes_right) / routes_known;
    if (report.sections_known > 0) report.section_accuracy = static_cast<double>(sections_right) / report.sections_known;
    report.outcomes = std::move(outcomes);
    return report;
}

std::vector<DecidedPoint> decided_from_gold(const std::vector<GoldPoint>& gold, const Framework& framework) {
    std::vector<DecidedPoint> decided;
    for (const auto& g : gold) {
        DecidedPoint d;
        d.point_id = fmt::format("gold.{}", g.line);
        d.text = text::normalize_whitespace(g.text);
        for (const auto& name : g.chapters)
            if (const Section* chapter = resolve_chapter(name, framework)) d.chapter_ids.push_back(chapter->id);
        if (!g.section.empty())
            if (const Section* section = resolve_section(g.section, framework)) d.section_id = section->id;
        d.route = g.routes.empty() ? std::string() : g.routes.front();
        decided.push_back(std::move(d));
    }
    return decided;
}

CrossValidation cross_validate(const std::vector<GoldPoint>& gold, int folds, const SessionFactory& open_session,
                               const Framework& framework) {
    if (folds < 2 || static_cast<std::size_t>(folds) > gold.size())
        throw AppException(
            invalid_error("eval.folds_out_of_range", {std::to_string(folds), std::to_string(gold.size())}));
    const auto framework_only = open_session({});
    std::vector<PointOutcome> without, with;
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<GoldPoint> examples, held_out;
        for (std::size_t i = 0; i < gold.size(); ++i)
            (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold ? examples : held_out).push_back(gold[i]);
        const std::vector<DecidedPoint> decided = decided_from_gold(examples, framework);
        const auto learning = open_session(decided);
        for (auto& o : evaluate(held_out, *framework_only, framework).outcomes) without.push_back(std::move(o));
        for (auto& o : evaluate(held_out, *learning, framework).outcomes) with.push_back(std::move(o));
    }
    CrossValidation result;
    result.folds = folds;
    result.without_examples = summarize(std::move(without), framework);
    result.with_examples = summarize(std::move(with), framework);
    return result;
}

}  // namespace inspraak::core
