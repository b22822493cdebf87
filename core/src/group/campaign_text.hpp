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

// campaign_text's `common` for a campaign read one member at a time, holding only the lead's word
// pairs: what a report needs of a campaign of thousands of letters scattered over a round of a
// million points, read in one walk through the round.
class CommonText {
public:
    explicit CommonText(std::string lead, std::size_t min_words = 4);
    void add_member(std::string_view text);  // another member than the lead, in any order
    std::size_t members() const { return members_; }  // the lead included
    // The lead's sentences that are not its own additions; the lead's whole text when it added
    // none or added everything (what a report shows as the campaign's text).
    std::string shown() const;

private:
    struct Sentence {
        std::string_view text;         // in lead_
        std::vector<uint64_t> pairs;   // empty: too short to be an addition
    };
    std::string lead_;
    std::vector<Sentence> sentences_;
    // The pairs of the lead's sentences, sorted, and per pair whether another member's text has it:
    // a campaign's lead is held for the whole walk through the round, so a few bytes per pair.
    std::vector<uint64_t> pairs_;
    std::vector<char> found_;
    std::size_t members_ = 1;
};

}  // namespace inspraak::core::group
