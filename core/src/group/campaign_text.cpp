#include "group/campaign_text.hpp"

#include <algorithm>
#include <set>

#include "group/shingles.hpp"
#include "segment/sentences.hpp"

namespace inspraak::core::group {
namespace {

constexpr std::size_t pair_width = 2;  // word pairs: a sentence of four words has three

// Which of the sentence's word pairs are found in the other members' texts.
bool shared_with_others(const std::vector<uint64_t>& sentence, const std::set<uint64_t>& others) {
    const auto found = std::count_if(sentence.begin(), sentence.end(), [&](uint64_t pair) { return others.contains(pair); });
    return found * 2 >= static_cast<std::ptrdiff_t>(sentence.size());
}

}  // namespace

CampaignText campaign_text(std::span<const std::string_view> members, std::size_t min_words) {
    CampaignText result;
    result.added.resize(members.size());
    std::vector<std::vector<uint64_t>> pairs;  // per member: every word pair of its text
    pairs.reserve(members.size());
    for (std::string_view text : members) pairs.push_back(shingle_hashes(folded_words(text), pair_width));

    for (std::size_t i = 0; i < members.size(); ++i) {
        std::set<uint64_t> others;
        for (std::size_t j = 0; j < members.size(); ++j)
            if (j != i) others.insert(pairs[j].begin(), pairs[j].end());
        for (std::string_view sentence : sentences_of(members[i])) {
            const auto words = folded_words(sentence);
            const bool own = members.size() > 1 && words.size() >= min_words &&
                             !shared_with_others(shingle_hashes(words, pair_width), others);
            if (own) {
                result.added[i].emplace_back(sentence);
            } else if (i == 0) {
                result.common += (result.common.empty() ? "" : " ") + std::string(sentence);
            }
        }
    }
    return result;
}

}  // namespace inspraak::core::group
