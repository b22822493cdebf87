// Names of private persons: the name after a greeting that closes a letter ("Met vriendelijke
// groet, Petra de Vries"), after "mijn naam is", after a form of address or a title ("de heer
// J. de Vries", "mevrouw Van den Berg", "dhr. Jansen", "ir. Bakker"), and wherever the sender's
// own name stands (and, for a private person, its parts: "Petra", "de Vries"). What names an
// organisation ("Met vriendelijke groet, Ondernemersvereniging Noord", the sender's organisation)
// is no person and stays.
#include <algorithm>
#include <array>

#include "inspraak/text.hpp"
#include "privacy/detectors.hpp"
#include "privacy/lexicon.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

struct Trigger {
    std::string_view words;  // folded
    bool needs_comma;        // "groeten" alone is a word of the letter; "Groeten, Jan" ends it
};

constexpr std::array<Trigger, 54> name_triggers = {{
    {"met vriendelijke groet", false}, {"met vriendelijke groeten", false}, {"vriendelijke groet", false},
    {"vriendelijke groeten", false},   {"met hartelijke groet", false},    {"hartelijke groeten", false},
    {"hartelijke groet", false},       {"met groet", false},               {"groet", true},
    {"groeten", true},                 {"hoogachtend", false},             {"kind regards", false},
    {"best regards", false},           {"yours sincerely", false},         {"yours faithfully", false},
    {"mijn naam is", false},           {"ik heet", false},                 {"my name is", false},
    {"ondergetekende", false},         {"de heer", false},                 {"meneer", false},
    {"mevrouw", false},                {"mevr.", false},                   {"mw.", false},
    {"dhr.", false},                   {"hr.", false},                     {"familie", false},
    {"fam.", false},                   {"buurman", false},                 {"buurvrouw", false},
    {"mr.", false},                    {"mrs.", false},                    {"ms.", false},
    {"dr.", false},                    {"ir.", false},                     {"drs.", false},
    {"ten name van", false},           {"t.n.v.", false},                  {"mijn vader", false},
    {"mijn moeder", false},            {"mijn man", false},                {"mijn vrouw", false},
    {"mijn zoon", false},              {"mijn dochter", false},            {"mijn broer", false},
    {"mijn zus", false},               {"mijn vriend", false},             {"mijn vriendin", false},
    {"mijn partner", false},           {"mijn collega", false},            {"mijn schoonvader", false},
    {"mijn schoonmoeder", false},      {"mijn oom", false},                {"mijn tante", false},
}};

std::string_view phrase_of(const Trigger& trigger) { return trigger.words; }

// Titles between a form of address and the name: "de heer mr. drs. J. Jansen".
constexpr std::array<std::string_view, 7> titles = {"mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "ds."};

size_t skip_titles(std::string_view text, size_t at) {
    for (bool skipped = true; skipped;) {
        skipped = false;
        for (std::string_view title : titles) {
            if (scan::word_at(text, at, title) && at + title.size() < text.size() && text[at + title.size()] == ' ') {
                at += title.size() + 1;
                skipped = true;
            }
        }
    }
    return at;
}

size_t word_end(std::string_view text, size_t at) {
    size_t end = at;
    while (end < text.size() && (scan::word_byte(text[end]) ||
                                 ((text[end] == '-' || text[end] == '\'') && end + 1 < text.size() && scan::word_byte(text[end + 1]))))
        ++end;
    return end;
}

// The end of a person's name starting at `at` (initials, particles, capitalised words; it ends
// in a capitalised word), or 0 when none starts there or it names an organisation.
size_t name_end(std::string_view text, size_t at) {
    size_t last_name = 0;
    for (int parts = 0; parts < 6 && at < text.size(); ++parts) {
        size_t end = at;
        if (scan::upper(text[at]) && at + 1 < text.size() && text[at + 1] == '.') {  // J. or J.P.
            while (end + 1 < text.size() && scan::upper(text[end]) && text[end + 1] == '.') end += 2;
        } else {
            end = word_end(text, at);
            const std::string_view word = text.substr(at, end - at);
            if (end == at) break;
            if (scan::capitalised(word) && lexicon::organisation_word(word)) return 0;
            if (!lexicon::particle(word)) {
                if (!scan::capitalised(word) || lexicon::not_a_name(word)) break;
                last_name = end;
            }
        }
        if (end + 2 >= text.size() || text[end] != ' ' ||
            !(scan::word_byte(text[end + 1]) || (text[end + 1] == '\'' && scan::word_byte(text[end + 2]))))
            break;
        at = end + 1;
    }
    return last_name;
}

void after_triggers(std::string_view text, std::vector<PersonalSpan>& found) {
    scan::each_phrase(text, scan::folded(text), name_triggers, [&](size_t at, const Trigger& trigger) {
        size_t from = at + trigger.words.size();
        const bool comma = from < text.size() && (text[from] == ',' || text[from] == ':');
        if (trigger.needs_comma && !comma) return;
        if (comma) ++from;
        while (from < text.size() && text[from] == ' ') ++from;
        from = skip_titles(text, from);
        if (const size_t end = name_end(text, from); end != 0) found.push_back({from, end, PersonalDataKind::name});
    });
}

// Every whole-word occurrence of `phrase`.
void occurrences(std::string_view text, std::string_view phrase, std::vector<PersonalSpan>& found) {
    if (phrase.size() < 3) return;
    for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1))
        if (scan::starts_word(text, at) && scan::ends_word(text, at + phrase.size()))
            found.push_back({at, at + phrase.size(), PersonalDataKind::name});
}

// The sender's name; for a private person also each part with its particles ("de Vries",
// "De Vries", "Vries", "Petra"), initials left out.
void sender_name(std::string_view text, const Stakeholder& sender, std::vector<PersonalSpan>& found) {
    const std::string name = text::normalize_whitespace(sender.name);
    if (name.empty()) return;
    occurrences(text, name, found);
    if (!text::trim(sender.organisation).empty()) return;
    std::vector<std::string> parts;
    for (const auto& word : scan::words(name)) parts.emplace_back(name.substr(word.begin, word.end - word.begin));
    for (size_t i = 0; i < parts.size(); ++i) {
        if (lexicon::particle(parts[i]) || parts[i].size() < 3 || !scan::capitalised(parts[i])) continue;
        occurrences(text, parts[i], found);
        std::string particles;
        for (size_t k = i; k > 0 && lexicon::particle(parts[k - 1]); --k) particles = parts[k - 1] + " " + particles;
        if (particles.empty()) continue;
        occurrences(text, particles + parts[i], found);
        if (!scan::lower(particles[0])) continue;
        particles[0] = static_cast<char>(particles[0] - 'a' + 'A');
        occurrences(text, particles + parts[i], found);
    }
}

}  // namespace

void names(std::string_view text, const Stakeholder& sender, std::vector<PersonalSpan>& found) {
    std::vector<PersonalSpan> names;
    after_triggers(text, names);
    sender_name(text, sender, names);
    // Never inside the sender's organisation's name as it stands in the text.
    std::vector<PersonalSpan> organisation;
    const std::string own = text::normalize_whitespace(sender.organisation);
    if (!own.empty())
        for (size_t at = text.find(own); at != std::string_view::npos; at = text.find(own, at + 1))
            organisation.push_back({at, at + own.size(), PersonalDataKind::name});
    for (const auto& span : names) {
        const bool in_organisation = std::any_of(organisation.begin(), organisation.end(), [&](const PersonalSpan& o) {
            return span.begin < o.end && o.begin < span.end;
        });
        if (!in_organisation) found.push_back(span);
    }
}

}  // namespace inspraak::core::detect
