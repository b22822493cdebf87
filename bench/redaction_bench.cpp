// inspraak_bench_redaction: the personal-data corpus's figures (recall per kind, traps redacted
// per category: the same table the test prints), then the time to redact 100,000 points, the
// cost of publishing a large round once more after an officer's change.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "privacy/redaction_corpus.hpp"
#include "privacy/redactor.hpp"
#include "util/files.hpp"

int main(int argc, char** argv) {
    using namespace inspraak;
    CLI::App app{"Redaction of personal data: the corpus's figures and the speed on many points"};
    std::string corpus_file = std::string(INSPRAAK_SOURCE_DIR) + "/tests/privacy/fixtures/personal_data_corpus.txt";
    int points = 100000;
    app.add_option("--corpus", corpus_file, "the corpus (tests/privacy/fixtures/personal_data_corpus.txt)");
    app.add_option("--points", points, "how many points to redact for the timing");
    CLI11_PARSE(app, argc, argv);

    const auto corpus = core::read_redaction_corpus(core::read_file(corpus_file));
    const auto score = core::score_redaction_corpus(corpus);
    std::cout << core::format_corpus_score(score) << "\n";

    // Points as a round has them: mostly remarks without personal data, the corpus's sentences
    // (one in three holds some) among them, each about 300 bytes.
    const std::string remark =
        "Wij vragen de gemeente om in hoofdstuk 4 meer aandacht te besteden aan de bereikbaarheid van het "
        "bedrijventerrein voor fietsers, want de huidige route langs de provinciale weg is gevaarlijk en "
        "in de periode 2025-2030 komen er volgens pagina 17 nog 250 woningen bij. ";
    std::vector<std::pair<std::string, Stakeholder>> texts;
    texts.reserve(static_cast<size_t>(points));
    for (int i = 0; i < points; ++i) {
        const auto& sentence = corpus[static_cast<size_t>(i) % corpus.size()];
        texts.emplace_back(i % 3 == 0 ? remark + sentence.text : remark + remark.substr(0, 120), sentence.sender);
    }
    size_t bytes = 0;
    for (const auto& [text, sender] : texts) bytes += text.size();

    const auto start = std::chrono::steady_clock::now();
    size_t labels = 0;
    for (const auto& [text, sender] : texts) labels += core::find_redactions(text, sender).size();
    size_t out_bytes = 0;
    for (const auto& [text, sender] : texts) out_bytes += core::redact_personal_data(text, sender, "nl").size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 2;

    fmt::print("redaction: {} points ({:.1f} MB), {} stretches found, {:.2f} s, {:.1f} µs per point, {:.0f} points/s\n",
               points, static_cast<double>(bytes) / 1e6, labels, seconds, seconds * 1e6 / points, points / seconds);
    return score.redacted() == score.marked() && score.traps_redacted() == 0 && out_bytes > 0 ? 0 : 1;
}
