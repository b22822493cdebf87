// A campaign shown fairly: the text its members share, once, and for each member the sentences
// it added to that text. Forty residents send the same letter and two of them add a sentence of
// their own; the group is answered as one, but those two sentences are their own remarks and
// deserve an answer of their own (the group stage makes them points).
//
// A member's sentence is its own when most of its word pairs occur in no other member's text:
// a sentence another member wrote too, or reworded a little, is part of the common text.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core::group {

struct CampaignText {
    // The lead's (the first member's) sentences that are not its own additions, joined by a space.
    std::string common;
    // Per member, in the order given: the sentences it added, in its order; empty for most.
    std::vector<std::vector<std::string>> added;
};

// `members`: the group's point texts, lead first. Sentences of fewer than `min_words` words are
// never additions ("Groet, Anna." is no remark).
CampaignText campaign_text(std::span<const std::string_view> members, std::size_t min_words = 4);

}  // namespace inspraak::core::group
