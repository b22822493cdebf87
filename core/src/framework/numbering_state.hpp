// The numbering seen so far in a plain-text framework, to tell a real heading from a line that
// merely starts with a number: a heading continues the sequence.
#pragma once

#include <map>
#include <string>

#include "framework/heading_parser.hpp"

namespace inspraak::core {

class NumberingState {
public:
    // Chapters: the same number as the last chapter (documents do number two chapters alike)
    // or the next one; none once the appendices have started. Appendices: the same or the next
    // appendix number. Sections ("3.1", "3.1.2"): inside the current chapter, under a known
    // parent number, and the next or next-but-one sibling (extraction sometimes loses one).
    bool continues(const HeadingCandidate& heading) const;
    void record(const HeadingCandidate& heading);

private:
    static std::string prefix_of(const HeadingCandidate& heading);  // "3.1" for "3.1.2"

    int last_chapter_ = 0;
    int last_appendix_ = 0;
    bool in_appendices_ = false;
    std::map<std::string, int> last_child_;  // "3" -> 2 after "3.2"; only for the current chapter
};

}  // namespace inspraak::core
