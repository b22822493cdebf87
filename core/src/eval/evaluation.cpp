#include "eval/evaluation.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

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

// A gold chapter names a chapter by number or by title; both map to the chapter's number
// (two chapters may share a number, as in a real framework: either counts).
std::string resolve(const std::string& name, const Framework& framework) {
    std::string wanted = text::fold_case(text::normalize_whitespace(name));
    for (const auto& s : framework.sections) {
        if (s.kind == SectionKind::section) continue;
        if (text::fold_case(s.number) == wanted || text::fold_case(s.title) == wanted) return s.number;
    }
    return {};
}

}  // namespace

std::vector<GoldPoint> read_gold(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(fmt::format("{}: niet gevonden of niet leesbaar", file.string()));
    std::vector<GoldPoint> gold;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (text::trim(line).empty()) continue;
        auto parsed = nlohmann::json::parse(line, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("text") || !parsed["text"].is_string())
            throw std::runtime_error(fmt::format("{}:{}: verwacht een JSON-object met \"text\"", file.string(), number));
        GoldPoint point;
        point.line = number;
        point.text = parsed["text"].get<std::string>();
        if (parsed.contains("chapters")) point.chapters = strings_of(parsed["chapters"]);
        if (parsed.contains("chapter")) point.chapters = strings_of(parsed["chapter"]);
        if (parsed.contains("route")) point.routes = strings_of(parsed["route"]);
        if (parsed.contains("routes")) point.routes = strings_of(parsed["routes"]);
        gold.push_back(std::move(point));
    }
    if (gold.empty()) throw std::runtime_error(fmt::format("{}: bevat geen punten", file.string()));
    return gold;
}

EvalReport evaluate(const std::vector<GoldPoint>& gold, const ClassifierSession& session, const Framework& framework) {
    EvalReport report;
    std::map<std::string, std::string> number_of;  // chapter id -> number
    for (const auto& s : framework.sections) {
        if (s.kind == SectionKind::section) continue;
        number_of[s.id] = s.number;
        if (std::find(report.labels.begin(), report.labels.end(), s.number) == report.labels.end())
            report.labels.push_back(s.number);
    }
    for (int i = 0; i < 10; ++i) report.calibration.push_back(CalibrationBin{i / 10.0, (i + 1) / 10.0, 0, 0});

    int top1 = 0, top2 = 0, routes_right = 0, routes_known = 0, chapters_known = 0;
    std::map<std::string, int> true_positive, predicted_count, gold_count;
    for (const auto& g : gold) {
        Point point{fmt::format("gold.{}", g.line), "gold", g.line, text::normalize_whitespace(g.text), "", ""};
        auto result = session.classify(point);
        if (!result) throw std::runtime_error(fmt::format("regel {}: {}", g.line, result.error().message));
        const Classification& c = *result;
        ++report.points;

        if (!g.routes.empty()) {
            ++routes_known;
            if (std::find(g.routes.begin(), g.routes.end(), c.route) != g.routes.end()) ++routes_right;
        }
        std::vector<std::string> acceptable;
        for (const auto& name : g.chapters) {
            std::string number = resolve(name, framework);
            if (number.empty()) report.unknown_chapters.push_back(fmt::format("regel {}: {}", g.line, name));
            else acceptable.push_back(number);
        }
        if (acceptable.empty()) continue;
        ++chapters_known;
        std::vector<std::string> predicted;
        for (const auto& chapter : c.chapters) predicted.push_back(number_of[chapter.section_id]);
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

        auto bin = std::min<size_t>(9, static_cast<size_t>(std::max(0.0, c.confidence) * 10));
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
    return report;
}

}  // namespace inspraak::core
