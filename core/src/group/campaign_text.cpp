#include "group/campaign_text.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "group/shingles.hpp"
#include "segment/sentences.hpp"

namespace inspraak::core::group {
namespace {

constexpr std::size_t pair_width = 2;  // word pairs: a sentence of four words has three

// Whether most of the sentence's word pairs are found in other members' texts: `members_with`
// counts, per pair, the members whose text has it; the member's own text (`own`) is one of them.
bool shared_with_others(const std::vector<uint64_t>& sentence, const std::unordered_map<uint64_t, std::size_t>& members_with,
                        const std::unordered_set<uint64_t>& own) {
    const auto found = std::count_if(sentence.begin(), sentence.end(), [&](uint64_t pair) {
        const auto it = members_with.find(pair);
        const std::size_t members = it == members_with.end() ? 0 : it->second;
        return members > (own.contains(pair) ? 1u : 0u);
    });
    return found * 2 >= static_cast<std::ptrdiff_t>(sentence.size());
}

}  // namespace

CampaignText campaign_text(std::span<const std::string_view> members, std::size_t min_words) {
    CampaignText result;
    result.added.resize(members.size());
    // Per member the set of its word pairs, and per pair how many members have it: linear in the
    // campaign's size (a campaign of thousands of letters is common), where comparing each member
    // with the union of all the others was quadratic.
    std::vector<std::unordered_set<uint64_t>> pairs;
    pairs.reserve(members.size());
    std::unordered_map<uint64_t, std::size_t> members_with;
    for (std::string_view text : members) {
        const auto hashes = shingle_hashes(folded_words(text), pair_width);
        pairs.emplace_back(hashes.begin(), hashes.end());
        for (uint64_t pair : pairs.back()) ++members_with[pair];
    }

    for (std::size_t i = 0; i < members.size(); ++i) {
        for (std::string_view sentence : sentences_of(members[i])) {
            const auto words = folded_words(sentence);
            const bool own = members.size() > 1 && words.size() >= min_words &&
                             !shared_with_others(shingle_hashes(words, pair_width), members_with, pairs[i]);
            if (own) {
                result.added[i].emplace_back(sentence);
            } else if (i == 0) {
                result.common += (result.common.empty() ? "" : " ") + std::string(sentence);
            }
        }
    }
    return result;
}

CommonText::CommonText(std::string lead, std::size_t min_words) : lead_(std::move(lead)) {
    for (std::string_view sentence : sentences_of(lead_)) {
        Sentence s{sentence, {}};
        const auto words = folded_words(sentence);
        if (words.size() >= min_words) s.pairs = shingle_hashes(words, pair_width);
        pairs_.insert(pairs_.end(), s.pairs.begin(), s.pairs.end());
        sentences_.push_back(std::move(s));
    }
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    found_.assign(pairs_.size(), 0);
}

void CommonText::add_member(std::string_view text) {
    ++members_;
    if (pairs_.empty()) return;
    for (uint64_t pair : shingle_hashes(folded_words(text), pair_width))
        if (auto it = std::lower_bound(pairs_.begin(), pairs_.end(), pair); it != pairs_.end() && *it == pair)
            found_[static_cast<std::size_t>(it - pairs_.begin())] = 1;
}

std::string CommonText::shown() const {
    // As campaign_text: a sentence of the lead is its own when fewer than half of its word pairs
    // are in another member's text.
    auto found = [&](uint64_t pair) {
        return found_[static_cast<std::size_t>(std::lower_bound(pairs_.begin(), pairs_.end(), pair) - pairs_.begin())] != 0;
    };
    std::string common;
    bool added = false;
    for (const Sentence& s : sentences_) {
        const auto shared = std::count_if(s.pairs.begin(), s.pairs.end(), found);
        if (members_ > 1 && !s.pairs.empty() && shared * 2 < static_cast<std::ptrdiff_t>(s.pairs.size())) {
            added = true;
        } else {
            common += (common.empty() ? "" : " ") + std::string(s.text);
        }
    }
    return !added || common.empty() ? lead_ : common;
}

}  // namespace inspraak::core::group
