// inspraak_bench_group: campaign and duplicate grouping on 100,000 generated points (or --points
// N). The points are made from the demo framework's own words, so that they share vocabulary the
// way real reactions do: random word sequences, texts that quote a stretch of the framework
// (partial overlaps that LSH proposes and verification must reject), and a campaign of letters
// with their own opening line and a word or two changed. Prints the time and what was found.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "group/grouper.hpp"
#include "group/shingles.hpp"

namespace {

using namespace inspraak::core;

// A small deterministic generator (PCG-style LCG): the same points on every run.
struct Random {
    uint64_t state;
    std::size_t below(std::size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    }
};

std::string words_text(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
    std::string text;
    for (std::size_t i = from; i < from + count && i < words.size(); ++i) text += words[i] + " ";
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"inspraak grouping benchmark"};
    std::size_t count = 100000;
    double campaign_share = 0.05;
    double threshold = 0.8;
    app.add_option("--points", count, "number of points");
    app.add_option("--campaign", campaign_share, "share of points that are campaign letters");
    app.add_option("--threshold", threshold, "duplicate threshold");
    CLI11_PARSE(app, argc, argv);

    std::ifstream in(INSPRAAK_DEMO_FRAMEWORK);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto framework_words = group::folded_words(buffer.str());
    if (framework_words.size() < 200) {
        fmt::print(stderr, "kan het demokader niet lezen: {}\n", INSPRAAK_DEMO_FRAMEWORK);
        return 1;
    }
    const std::string campaign = words_text(framework_words, 1000, 90);

    Random random{20250314};
    std::vector<std::string> texts;
    std::vector<bool> is_campaign;
    texts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t roll = random.below(1000);
        if (roll < static_cast<std::size_t>(campaign_share * 1000)) {
            // A campaign letter: an own opening line, the campaign text with up to two words changed.
            auto words = group::folded_words(campaign);
            for (std::size_t k = random.below(3); k > 0; --k) words[random.below(words.size())] = "anders";
            texts.push_back("Bewoner " + std::to_string(i) + " uit de wijk " +
                            framework_words[random.below(framework_words.size())] + ". " +
                            words_text(words, 0, words.size()));
            is_campaign.push_back(true);
            continue;
        }
        const std::size_t length = 15 + random.below(60);
        std::string text;
        if (roll < 200) {  // quotes a stretch of the framework, then goes its own way
            text = words_text(framework_words, random.below(framework_words.size() - 30), length / 2);
            for (std::size_t w = 0; w < length / 2; ++w) text += framework_words[random.below(framework_words.size())] + " ";
        } else {
            for (std::size_t w = 0; w < length; ++w) text += framework_words[random.below(framework_words.size())] + " ";
        }
        texts.push_back(std::move(text));
        is_campaign.push_back(false);
    }

    std::vector<group::GroupInput> inputs;
    inputs.reserve(texts.size());
    for (const auto& text : texts) inputs.push_back({text, {}});
    group::GroupOptions options;
    options.threshold = threshold;

    const auto started = std::chrono::steady_clock::now();
    const auto memberships = group::group_points(inputs, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::map<std::size_t, std::size_t> sizes;
    for (const auto& m : memberships) ++sizes[m.lead];
    std::size_t groups = 0, grouped = 0, largest = 0, campaign_points = 0, campaign_in_largest = 0;
    std::size_t largest_lead = 0;
    for (const auto& [lead, size] : sizes)
        if (size > 1) {
            ++groups;
            grouped += size;
            if (size > largest) {
                largest = size;
                largest_lead = lead;
            }
        }
    for (std::size_t i = 0; i < memberships.size(); ++i) {
        campaign_points += is_campaign[i];
        campaign_in_largest += is_campaign[i] && memberships[i].lead == largest_lead;
    }
    // Campaign letters left out of the campaign's group: does any of them reach the threshold
    // against the lead (a pair LSH failed to propose), or are they truly too different?
    const auto lead_shingles = group::shingle_hashes(group::folded_words(texts[largest_lead]), options.shingle_words);
    std::size_t missed_above_threshold = 0;
    for (std::size_t i = 0; i < memberships.size(); ++i)
        if (is_campaign[i] && memberships[i].lead != largest_lead &&
            group::jaccard(group::shingle_hashes(group::folded_words(texts[i]), options.shingle_words), lead_shingles) >= threshold)
            ++missed_above_threshold;
    fmt::print("grouping {} points: {:.2f} s ({:.0f} points/s)\n", count, seconds, static_cast<double>(count) / seconds);
    fmt::print("  {} groups holding {} points; largest {} (campaign letters: {} of {} in it)\n", groups, grouped,
               largest, campaign_in_largest, campaign_points);
    fmt::print("  campaign letters outside it that reach the threshold against its lead: {}\n", missed_above_threshold);
    return 0;
}
