#include "privacy/redaction_corpus.hpp"

#include <fmt/core.h>

#include <stdexcept>

#include "inspraak/text.hpp"
#include "privacy/redactor.hpp"

namespace inspraak::core {
namespace {

std::runtime_error bad_line(int line, std::string_view why) {
    return std::runtime_error(fmt::format("personal-data corpus, line {}: {}", line, why));
}

Stakeholder read_sender(std::string_view spec) {
    std::vector<std::string> fields;
    size_t at = 0;
    for (size_t bar = spec.find('|'); ; bar = spec.find('|', at)) {
        fields.emplace_back(text::trim(spec.substr(at, bar == std::string_view::npos ? bar : bar - at)));
        if (bar == std::string_view::npos) break;
        at = bar + 1;
    }
    fields.resize(3);
    return Stakeholder{fields[0], fields[1], fields[2], "", ""};
}

CorpusSentence read_sentence(std::string_view line, int number, const Stakeholder& sender) {
    CorpusSentence sentence;
    sentence.line = number;
    sentence.sender = sender;
    size_t at = 0;
    while (at < line.size()) {
        const bool personal = line.substr(at, 2) == "[[";
        const bool trap = line.substr(at, 2) == "{{";
        if (!personal && !trap) {
            sentence.text += line[at++];
            continue;
        }
        const size_t close = line.find(personal ? "]]" : "}}", at);
        const size_t bar = line.find('|', at);
        if (close == std::string_view::npos || bar == std::string_view::npos || bar > close)
            throw bad_line(number, "a mark without '|' or its end");
        const std::string label(line.substr(at + 2, bar - at - 2));
        const std::string_view marked = line.substr(bar + 1, close - bar - 1);
        const size_t begin = sentence.text.size();
        sentence.text += marked;
        if (personal) {
            const auto kind = parse_kind(label);
            if (!kind) throw bad_line(number, fmt::format("unknown kind '{}'", label));
            sentence.personal.push_back({begin, sentence.text.size(), *kind});
        } else {
            sentence.traps.push_back({begin, sentence.text.size(), label});
        }
        at = close + 2;
    }
    return sentence;
}

int sum(const std::map<std::string, std::pair<int, int>>& counts, bool first) {
    int total = 0;
    for (const auto& [key, count] : counts) total += first ? count.first : count.second;
    return total;
}

}  // namespace

std::vector<CorpusSentence> read_redaction_corpus(std::string_view content) {
    std::vector<CorpusSentence> corpus;
    Stakeholder sender;
    int number = 0;
    for (std::string_view line : text::split_lines(content)) {
        ++number;
        line = text::trim(line);
        if (line.empty() || line.front() == '#') continue;
        if (line.starts_with("@sender")) {
            sender = read_sender(line.substr(7));
            continue;
        }
        corpus.push_back(read_sentence(line, number, sender));
    }
    return corpus;
}

int CorpusScore::marked() const { return sum(found, false); }
int CorpusScore::redacted() const { return sum(found, true); }
int CorpusScore::traps_marked() const { return sum(traps, false); }
int CorpusScore::traps_redacted() const { return sum(traps, true); }

CorpusScore score_redaction_corpus(const std::vector<CorpusSentence>& corpus) {
    CorpusScore score;
    score.sentences = corpus.size();
    for (const CorpusSentence& sentence : corpus) {
        const auto redactions = find_redactions(sentence.text, sentence.sender);
        for (const PersonalSpan& expected : sentence.personal) {
            auto& [hits, marked] = score.found[std::string(kind_id(expected.kind))];
            ++marked;
            bool hit = false;
            for (const Redaction& r : redactions)
                hit = hit || (r.span.kind == expected.kind && r.span.begin <= expected.begin && r.span.end >= expected.end);
            if (hit) {
                ++hits;
            } else {
                score.misses.push_back(fmt::format("line {}: {} '{}' not redacted in: {}", sentence.line,
                                                   kind_id(expected.kind),
                                                   sentence.text.substr(expected.begin, expected.end - expected.begin),
                                                   redact_personal_data(sentence.text, sentence.sender, "nl")));
            }
        }
        for (const CorpusTrap& trap : sentence.traps) {
            auto& [redacted, marked] = score.traps[trap.category];
            ++marked;
            for (const Redaction& r : redactions) {
                if (r.span.begin < trap.end && trap.begin < r.span.end) {
                    ++redacted;
                    score.false_redactions.push_back(fmt::format("line {}: {} '{}' redacted as {} '{}'", sentence.line,
                                                                 trap.category,
                                                                 sentence.text.substr(trap.begin, trap.end - trap.begin),
                                                                 kind_id(r.span.kind), r.text));
                    break;
                }
            }
        }
    }
    return score;
}

std::string format_corpus_score(const CorpusScore& score) {
    std::string out = fmt::format("{} sentences, {} stretches of personal data, {} traps\n\n", score.sentences,
                                  score.marked(), score.traps_marked());
    out += fmt::format("{:<16} {:>8} {:>8} {:>8}\n", "personal data", "marked", "redacted", "recall");
    for (const auto& [kind, count] : score.found)
        out += fmt::format("{:<16} {:>8} {:>8} {:>7.1f}%\n", kind, count.second, count.first,
                           100.0 * count.first / std::max(1, count.second));
    out += fmt::format("{:<16} {:>8} {:>8} {:>7.1f}%\n\n", "all", score.marked(), score.redacted(),
                       100.0 * score.redacted() / std::max(1, score.marked()));
    out += fmt::format("{:<16} {:>8} {:>8}\n", "trap", "marked", "redacted");
    for (const auto& [category, count] : score.traps)
        out += fmt::format("{:<16} {:>8} {:>8}\n", category, count.second, count.first);
    out += fmt::format("{:<16} {:>8} {:>8}\n", "all", score.traps_marked(), score.traps_redacted());
    for (const auto& miss : score.misses) out += "miss: " + miss + "\n";
    for (const auto& wrong : score.false_redactions) out += "false redaction: " + wrong + "\n";
    return out;
}

}  // namespace inspraak::core
