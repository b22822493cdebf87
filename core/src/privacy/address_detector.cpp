// Street addresses: a street name with its house number. The name ends in a street word
// ("Dorpsstraat", "Sint-Janssingel", "Oude Haven") or starts with one ("Laan van Meerdervoort");
// capitalised words and particles before it belong to it ("Burgemeester van den Boschlaan").
// The number may have an addition: 12a, 12 A, 12-II, 12-2, 12 bis, 12 hs. A street without a
// number ("de Dorpsstraat") is a place everyone knows, not an address, and stays.
#include <algorithm>
#include <array>

#include "privacy/detectors.hpp"
#include "privacy/lexicon.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

// Not "ring", "dam" or "oord": too many words and towns end so ("Vergadering 3", "Akkoord 2",
// "Amsterdam 12").
constexpr std::array<std::string_view, 30> street_words = {
    "straat", "laan",  "weg",   "plein", "singel", "gracht",    "kade",   "dijk",      "pad",   "steeg",
    "hof",    "dreef", "baan",  "markt", "park",   "plantsoen", "erf",    "wal",       "haven", "allee",
    "boulevard", "brink", "poort", "dijkje", "kanaal", "veld", "hoeve", "promenade", "gaarde", "zijde",
};

// Words with a street word's ending that name no street.
constexpr std::array<std::string_view, 6> not_streets = {"gerechtshof", "binnenhof", "windpark",
                                                         "zonnepark", "snelweg", "rijksweg"};

// Words that open a street name as its first word: "Laan van Meerdervoort", "Plein 1944".
constexpr std::array<std::string_view, 8> leading_street_words = {"laan", "plein", "kade", "singel",
                                                                  "gracht", "dijk", "weg", "markt"};

bool ends_in_street_word(std::string_view word) {
    const std::string folded = scan::folded(word);
    if (std::find(not_streets.begin(), not_streets.end(), folded) != not_streets.end()) return false;
    return std::any_of(street_words.begin(), street_words.end(), [&](std::string_view street) {
        return folded.size() >= street.size() && folded.ends_with(street);
    });
}

bool leading_street_word(std::string_view word) {
    const std::string folded = scan::folded(word);
    return std::find(leading_street_words.begin(), leading_street_words.end(), folded) != leading_street_words.end();
}

// The house number right after a street name (one space between): its end, or 0.
size_t house_number_end(std::string_view text, size_t at) {
    if (at >= text.size() || text[at] != ' ') return 0;
    ++at;
    const size_t digits = scan::digits_at(text, at);
    if (digits == 0 || digits > 4 || text[at] == '0') return 0;
    const int number = std::stoi(std::string(text.substr(at, digits)));
    size_t end = at + digits;
    // A year is no house number: "Stationsweg 2025-2030", "Rondweg 1998".
    if (digits == 4 && number >= 1900 && number <= 2099) return 0;
    // Not a decimal or a part of a longer number or code: "Dorpsstraat 3,5 km", "Kade 3.1".
    if (end < text.size() && (text[end] == ',' || text[end] == '.') && end + 1 < text.size() && scan::digit(text[end + 1]))
        return 0;
    if (end < text.size() && scan::letter(text[end]) && scan::ends_code(text, end + 1)) return end + 1;  // 12a
    if (end + 1 < text.size() && text[end] == '-' && scan::alnum(text[end + 1])) {                        // 12-II, 12-2, 12-hs
        size_t addition = end + 1;
        while (addition < text.size() && scan::alnum(text[addition]) && addition - end <= 4) ++addition;
        if (scan::ends_code(text, addition) && addition - end <= 4) return addition;
    }
    if (!scan::ends_code(text, end)) return 0;
    if (lexicon::month_at(text, end + 1)) return 0;  // "Gemeentehof 3 juni": a date
    if (end + 1 < text.size() && text[end] == ' ') {  // 12 A, 12 bis, 12 hs, 12 II
        for (std::string_view addition : {"bis", "hs", "huis", "boven", "beneden", "zw", "rd", "II", "III", "IV", "I"}) {
            if (text.substr(end + 1, addition.size()) == addition && scan::ends_code(text, end + 1 + addition.size()))
                return end + 1 + addition.size();
        }
        if (scan::upper(text[end + 1]) && scan::ends_code(text, end + 2) &&
            !(end + 2 < text.size() && (text[end + 2] == '.' || text[end + 2] == '\'')))
            return end + 2;
    }
    return end;
}

}  // namespace

void addresses(std::string_view text, std::vector<PersonalSpan>& found) {
    const auto words = scan::words(text);
    const auto word = [&](size_t k) { return text.substr(words[k].begin, words[k].end - words[k].begin); };
    const auto joined = [&](size_t k) { return k + 1 < words.size() && scan::only_spaces(text, words[k].end, words[k + 1].begin); };
    for (size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = word(k);
        if (!scan::capitalised(w)) continue;
        size_t first = k;
        size_t last = k;
        if (leading_street_word(w)) {
            // "Laan van Meerdervoort 12": particles and names after the street word, up to the number.
            size_t next = k;
            while (joined(next) && next - k < 5 && (lexicon::particle(word(next + 1)) || scan::capitalised(word(next + 1)))) ++next;
            while (next > k && !scan::capitalised(word(next))) --next;
            last = next;
        }
        if (last == k && !ends_in_street_word(w)) continue;
        const size_t end = house_number_end(text, words[last].end);
        if (end == 0) continue;
        // Capitalised words and particles before it belong to the street's name.
        while (first > 0 && joined(first - 1)) {
            size_t before = first - 1;
            while (before > 0 && lexicon::particle(word(before)) && joined(before - 1)) --before;
            const std::string_view candidate = word(before);
            if (!scan::capitalised(candidate) || lexicon::not_a_name(candidate) || lexicon::particle(candidate)) break;
            first = before;
        }
        found.push_back({words[first].begin, end, PersonalDataKind::address});
        while (k + 1 < words.size() && words[k + 1].begin < end) ++k;
    }
}

}  // namespace inspraak::core::detect
