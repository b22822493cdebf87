// Joining the lines of a wrapped paragraph: a line that ends in a hyphen is one word broken in
// two ("gemeente-" + "lijke"), unless the hyphen is a real one ("Noord-" + "Brabant",
// "ochtend-" + "en avondspits", "zee-" + "egel").
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest {

// `first` and `next` are trimmed lines; returns them as one line.
std::string join_lines(std::string_view first, std::string_view next);

// The line ends in a hyphen right after a letter: the word goes on on the next line.
bool ends_in_word_hyphen(std::string_view line);

// The line ends a sentence or a clause that a list or a new paragraph may follow.
bool ends_sentence(std::string_view line);

}  // namespace inspraak::ingest
