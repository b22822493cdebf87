// A paragraph's sentences: what the courtesy check weighs one by one and what the comparison of
// two framework versions (revise/) tells apart as rewritten, added or removed.
#pragma once

#include <string_view>
#include <vector>

namespace inspraak::core {

// Sentences end in '.', '!' or '?' followed by a space, a newline or the end; each is trimmed.
// An abbreviation ("o.a.", "p. 4") splits a sentence in two, which errs on the safe side for
// both callers (a courtesy cue stays in its part; a change is reported a little finer).
std::vector<std::string_view> sentences_of(std::string_view paragraph);

}  // namespace inspraak::core
