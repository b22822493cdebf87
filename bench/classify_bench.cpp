// Classifying costs the same per point whatever the size of the round: a session matches each
// point against the framework and the decided points through in-memory indexes, and never looks
// at the other points. This benchmark shows it: points per second for a small and a large batch
// of synthetic points, with a set of decided points as examples.
//
//   inspraak_bench_classify [--round inputs/demo] [--decided 500] [--small 1000] [--large 100000]
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "framework/framework_import.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"

namespace fs = std::filesystem;
using namespace inspraak;

namespace {

// Sentences to build points from: the round's gold set if there is one, else the framework's own
// passages (what stakeholders react to).
std::vector<std::string> sentences_of(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        current += c;
        if (c == '.' || c == '?' || c == '!') {
            if (current.size() > 20) out.push_back(current);
            current.clear();
        }
    }
    if (current.size() > 20) out.push_back(current);
    return out;
}

// A point of two to five random sentences, with a random number mixed in so that no two points
// are the same text.
std::string make_point(const std::vector<std::string>& sentences, std::mt19937& rng) {
    std::uniform_int_distribution<std::size_t> pick(0, sentences.size() - 1);
    std::uniform_int_distribution<int> count(2, 5), number(1, 9999);
    std::string text;
    for (int i = count(rng); i > 0; --i) text += sentences[pick(rng)] + " ";
    text += fmt::format("Het gaat om {} gevallen.", number(rng));
    return text;
}

double points_per_second(const ClassifierSession& session, const std::vector<std::string>& texts) {
    const auto start = std::chrono::steady_clock::now();
    std::size_t failures = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Point point{fmt::format("B{}.1", i), fmt::format("B{}", i), 1, texts[i], "", ""};
        if (!session.classify(point)) ++failures;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (failures > 0) fmt::print("  ({} points failed)\n", failures);
    return static_cast<double>(texts.size()) / seconds;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"inspraak classify benchmark: points per second against round size"};
    std::string round_dir = std::string(INSPRAAK_SOURCE_DIR) + "/inputs/demo";
    int decided_count = 500, small = 1000, large = 100000, seed = 7;
    app.add_option("--round", round_dir, "round folder (framework and workstreams)")->check(CLI::ExistingDirectory);
    app.add_option("--decided", decided_count, "decided points given as examples");
    app.add_option("--small", small, "points in the small batch");
    app.add_option("--large", large, "points in the large batch");
    app.add_option("--seed", seed, "random seed");
    CLI11_PARSE(app, argc, argv);

    core::PluginHost host({INSPRAAK_PLUGIN_DIR});
    core::RoundConfig round = core::load_round(round_dir);
    auto framework = core::read_framework_file(round.framework);
    if (!framework) {
        fmt::print(stderr, "{}\n", core::render(framework.error().message, false));
        return 1;
    }
    std::vector<std::string> sentences;
    for (const Passage& passage : framework->passages)
        if (!passage.is_heading)
            for (auto& s : sentences_of(passage.text)) sentences.push_back(std::move(s));
    if (sentences.empty()) {
        fmt::print(stderr, "the framework has no sentences\n");
        return 1;
    }

    std::mt19937 rng(static_cast<unsigned>(seed));
    std::vector<std::string> chapter_ids, routes;
    for (const Section& s : framework->sections)
        if (s.kind != SectionKind::section) chapter_ids.push_back(s.id);
    for (const Workstream& w : round.workstreams) routes.push_back(w.id);
    routes.push_back("geen");
    std::vector<DecidedPoint> decided;
    for (int i = 0; i < decided_count; ++i) {
        DecidedPoint d;
        d.point_id = fmt::format("D{}.1", i);
        d.text = make_point(sentences, rng);
        d.chapter_ids = {chapter_ids[static_cast<std::size_t>(i) % chapter_ids.size()]};
        d.route = routes[static_cast<std::size_t>(i) % routes.size()];
        decided.push_back(std::move(d));
    }
    std::vector<std::string> batch_small, batch_large;
    for (int i = 0; i < small; ++i) batch_small.push_back(make_point(sentences, rng));
    for (int i = 0; i < large; ++i) batch_large.push_back(make_point(sentences, rng));

    fmt::print("classify-bm25 on {} ({} passages), one thread\n", round_dir, framework->passages.size());
    fmt::print("{:<16} {:>12} {:>12}\n", "decided points", fmt::format("{} points", small), fmt::format("{} points", large));
    for (int with : {0, decided_count}) {
        ClassifierContext context{framework.value(), round.workstreams, round.language,
                                  std::span<const DecidedPoint>(decided.data(), static_cast<std::size_t>(with))};
        const auto open_start = std::chrono::steady_clock::now();
        auto session = host.open_session(host.classifier(), context);
        const double open_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - open_start).count();
        if (!session) {
            fmt::print(stderr, "{}\n", core::render(session.error().message, false));
            return 1;
        }
        const double a = points_per_second(*session.value(), batch_small);
        const double b = points_per_second(*session.value(), batch_large);
        fmt::print("{:<16} {:>8.0f} p/s {:>8.0f} p/s   (session opened in {:.3f} s)\n", with, a, b, open_seconds);
    }
    return 0;
}
