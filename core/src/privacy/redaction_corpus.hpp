// A corpus of sentences with their personal data and their traps marked, and how the redactor
// does on it: recall per kind of personal data, and traps it redacted. The test
// (tests/privacy/redaction_corpus_test.cpp) and bench/redaction_bench print the same figures.
//
// Format, one sentence a line: [[kind|text]] is personal data of that kind (kind_id's names),
// {{category|text}} a trap that must stay; "@sender name | organisation | group" sets the sender
// of the lines after it; lines starting with # and empty lines are skipped.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/model.hpp"
#include "privacy/personal_data.hpp"

namespace inspraak::core {

struct CorpusTrap {
    size_t begin = 0;
    size_t end = 0;
    std::string category;  // "article", "amount", "organisation", ...
};

struct CorpusSentence {
    int line = 0;
    std::string text;  // without the markup
    Stakeholder sender;
    std::vector<PersonalSpan> personal;
    std::vector<CorpusTrap> traps;
};

// Throws std::runtime_error naming the line for markup it cannot read or an unknown kind.
std::vector<CorpusSentence> read_redaction_corpus(std::string_view content);

struct CorpusScore {
    size_t sentences = 0;
    std::map<std::string, std::pair<int, int>> found;     // kind id -> (redacted, marked)
    std::map<std::string, std::pair<int, int>> traps;     // trap category -> (redacted, marked)
    std::vector<std::string> misses;                      // "line 12: iban 'NL91...' not redacted"
    std::vector<std::string> false_redactions;            // "line 14: trap 'artikel 3.1.2' redacted as ..."

    int marked() const;
    int redacted() const;
    int traps_marked() const;
    int traps_redacted() const;
};

// A marked stretch counts as found when one redaction of its kind covers it whole; a trap is
// redacted when any redaction touches it.
CorpusScore score_redaction_corpus(const std::vector<CorpusSentence>& corpus);

// The figures as a table: per kind found/marked, per trap category redacted/marked, the totals,
// and every miss and false redaction.
std::string format_corpus_score(const CorpusScore& score);

}  // namespace inspraak::core
