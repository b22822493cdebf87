#include "privacy/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "privacy/scan_text.hpp"

namespace inspraak::core::lexicon {
namespace {

template <size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
    const std::string folded = scan::folded(word);
    return std::find(list.begin(), list.end(), folded) != list.end();
}

// Not "op" and "in" ("Op den Akker" is rare): they join a street or a name to the words before it.
constexpr std::array<std::string_view, 16> particles = {"van", "de", "der", "den", "het", "'t", "ter", "ten",
                                                        "te",  "von", "la", "le",  "du",  "da",  "dos", "del"};

constexpr std::array<std::string_view, 63> sentence_words = {
    "in",      "op",      "aan",     "bij",    "naar",     "mijn",     "onze",   "ons",     "wij",   "we",
    "ik",      "via",     "uit",     "voor",   "achter",   "langs",    "over",   "tussen",  "tegenover", "nabij",
    "zie",     "adres",   "woonadres", "postadres", "dat",  "die",      "deze",   "dit",     "en",    "of",
    "maar",    "ook",     "wonend",  "woonachtig", "sinds", "vanaf",   "tot",    "om",      "hier",  "daar",
    "namens",  "mevrouw", "meneer",  "heer",   "geachte",  "beste",    "hoogachtend", "groet", "groeten", "met",
    "the",     "at",      "my",      "our",    "dear",     "hierbij",  "graag",  "ook",     "als",   "wat",
    "wie",     "waar",    "want",
};

constexpr std::array<std::string_view, 24> organisation_words = {
    "vereniging", "stichting", "gemeente", "raad",    "board",     "bureau",   "groep",    "platform",
    "comité",     "werkgroep", "collectief", "kamer", "provincie", "waterschap", "bedrijf", "holding",
    "partners",   "advies",    "coöperatie", "bv",    "nv",        "vof",      "bestuur",  "business",
};

constexpr std::array<std::string_view, 26> months = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "january", "february", "march", "may", "june", "july", "august", "october",
    "jan", "feb", "mrt", "apr", "aug", "sept"};
constexpr std::array<std::string_view, 6> short_months = {"sep", "okt", "oct", "nov", "dec", "jun"};

}  // namespace

bool particle(std::string_view word) { return among(particles, word); }

bool not_a_name(std::string_view word) { return among(sentence_words, word); }

bool organisation_word(std::string_view word) {
    std::string folded = scan::folded(word);
    std::erase(folded, '.');
    if (folded == "bv" || folded == "nv" || folded == "vof" || folded == "vve") return true;
    // A word of capitals (an acronym: "BOM", "ZLTO", "VNO-NCW") is an organisation's too.
    const bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                             return scan::upper(c) || c == '-' || c == '&';
                         });
    return acronym || std::any_of(organisation_words.begin(), organisation_words.end(),
                                  [&](std::string_view part) { return folded.find(part) != std::string::npos; });
}

size_t month_at(std::string_view text, size_t at) {
    size_t end = at;
    while (end < text.size() && scan::letter(text[end])) ++end;
    if (end == at) return 0;
    const std::string_view word = text.substr(at, end - at);
    if (!among(months, word) && !among(short_months, word)) return 0;
    if (end < text.size() && text[end] == '.') ++end;  // "mrt."
    return end - at;
}

}  // namespace inspraak::core::lexicon
