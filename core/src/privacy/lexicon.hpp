// Words the detectors of names, addresses and dates know: particles of Dutch names, capitalised
// words that start a sentence but never a name, month names, and words of organisations' names.
#pragma once

#include <cstddef>
#include <string_view>

namespace inspraak::core::lexicon {

// "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "von", "la", "le", "du" (any case).
bool particle(std::string_view word);
// A capitalised word that is no part of a person's or street's name: "De" aside, words that
// start sentences ("In", "Mijn", "Wij", "Namens") and forms of address ("Mevrouw").
bool not_a_name(std::string_view word);
// A word of an organisation's name: "Vereniging", "Stichting", "B.V.", "Ondernemersvereniging".
bool organisation_word(std::string_view word);
// Whether a month's name (Dutch or English, also abbreviated: "mrt.", "Sept") starts at `at`;
// its length, else 0.
size_t month_at(std::string_view text, size_t at);

}  // namespace inspraak::core::lexicon
