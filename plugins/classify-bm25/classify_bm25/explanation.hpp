// The `why` lines of a classification, in the round's language (Dutch unless "en").
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "classify_bm25/language.hpp"
#include "classify_bm25/workstream_router.hpp"
#include "inspraak/model.hpp"

namespace inspraak::classify_bm25 {

// "termen: handelsmissies, netwerkpartners"
std::string terms_line(Language language, const std::vector<std::string>& words);

// "passage: hoofdstuk 5, \"De gemeente ondersteunt handelsmissies…\""
std::string passage_line(Language language, const Section& section, std::string_view passage_text);

// "route: economische-strategie (trefwoorden: public affairs)" or "route: geen (...)"
std::string route_line(Language language, const RouteDecision& decision);

// "verwijzing: hoofdstuk 4, paragraaf 4.1"
std::string reference_line(Language language, const std::vector<const Section*>& sections);

// "genoemd bij titel of onderwerp: bijlage B2" (a chapter named by its title or described by its
// subject, "in de bijlage over de huidige activiteiten")
std::string named_line(Language language, const std::vector<const Section*>& sections);

// "lijkt op besliste punten: I003.2 (0.82), I007.1 (0.41)", or "bijna gelijk aan beslist punt
// I003.2 (0.93)" for a near-duplicate.
std::string examples_line(Language language, const std::vector<std::pair<std::string, double>>& similar,
                          bool near_duplicate);

// "geen overeenkomende termen"
std::string no_match_line(Language language);

// The first ~`limit` characters of `text`, whitespace normalised, cut at a word and marked "…".
std::string excerpt(std::string_view text, std::size_t limit = 60);

}  // namespace inspraak::classify_bm25
