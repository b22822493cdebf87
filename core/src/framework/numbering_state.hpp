// The section numbering seen so far in a plain-text framework, to tell a real section heading
// from a line that merely starts with a number ("1.5 miljoen euro ..."): a section continues the
// sequence. Which lines are chapters and appendices is decided by outline_plan; they are recorded
// here because they open and close the sections' sequence.
#pragma once

#include <map>
#include <string>

#include "framework/heading_parser.hpp"

namespace inspraak::core {

class NumberingState {
public:
    // A section ("3.1", "3.1.2") continues when it is inside the current chapter (none after an
    // appendix), under a known parent number, and the next or next-but-one sibling (extraction
    // sometimes loses one). Chapters and appendices never "continue": see outline_plan.
    bool continues(const HeadingCandidate& heading) const;
    void record(const HeadingCandidate& heading);

private:
    static std::string prefix_of(const HeadingCandidate& heading);  // "3.1" for "3.1.2"

    int last_chapter_ = 0;
    bool in_appendices_ = false;
    std::map<std::string, int> last_child_;  // "3" -> 2 after "3.2"; only for the current chapter
};

}  // namespace inspraak::core
