// A paragraph cut into sentences, for the rules that look at one sentence at a time: the courtesy
// check, what a campaign member added to the common text, and the comparison of two framework
// versions (revise/), which tells sentences apart as rewritten, added or removed.
#pragma once

#include <string_view>
#include <vector>

namespace inspraak::core {

// Sentences end in '.', '!' or '?' followed by a space, a line end or the end of the text; each
// is trimmed, and text after the last end is a sentence too. An abbreviation ("o.a.", "p. 4")
// splits a sentence in two, the same way in every text, so texts still compare alike (a courtesy
// cue stays in its part; a change is reported a little finer).
std::vector<std::string_view> sentences_of(std::string_view paragraph);

}  // namespace inspraak::core
