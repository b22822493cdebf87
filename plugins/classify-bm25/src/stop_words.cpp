// Stop-word lists: data only. Folded (lower case, no diacritics), since the tokenizer compares
// after folding and before stemming. Kept modest on purpose: function words only, no policy
// vocabulary ("gemeente", "beleid" stay searchable; bm25's idf already damps them).
#include "classify_bm25/stop_words.hpp"

#include <array>

namespace inspraak::classify_bm25 {
namespace {

constexpr auto dutch = std::to_array<std::string_view>({
    "aan",     "al",       "alle",     "alles",    "als",      "alsof",    "ander",    "andere",
    "anders",  "bent",     "ben",      "bij",      "binnen",   "daar",     "daarbij",  "daarin",
    "daarmee", "daarna",   "daarom",   "daarop",   "daarvan",  "dan",      "dat",      "de",
    "deze",    "dezelfde", "die",      "dit",      "doch",     "doen",     "door",     "dus",
    "een",     "eens",     "elk",      "elke",     "en",       "enige",    "enkele",   "er",
    "erg",     "ermee",    "even",     "geen",     "geweest",  "graag",    "had",      "hadden",
    "heb",     "hebben",   "heeft",    "hem",      "het",      "hier",     "hierbij",  "hierin",
    "hiermee", "hij",      "hoe",      "hun",      "ieder",    "iedere",   "iets",     "ik",
    "in",      "is",       "ja",       "je",       "jij",      "jouw",     "jullie",   "kan",
    "kon",     "konden",   "kunnen",   "kunt",     "maar",     "me",       "meer",     "men",
    "met",     "mij",      "mijn",     "moet",     "moeten",   "na",       "naar",     "nee",
    "niet",    "niets",    "nog",      "nu",       "of",       "om",       "omdat",    "onder",
    "ons",     "onze",     "ook",      "op",       "over",     "reeds",    "te",       "tegen",
    "ten",     "ter",      "toch",     "toe",      "toen",     "tot",      "u",        "uit",
    "uw",      "van",      "veel",     "voor",     "vooral",   "waar",     "waarbij",  "waardoor",
    "waarin",  "waarmee",  "waarop",   "waarom",   "waren",    "was",      "wat",      "we",
    "wel",     "welk",     "welke",    "werd",     "werden",   "wie",      "wij",      "wil",
    "willen",  "word",     "worden",   "wordt",    "zal",      "ze",       "zelf",     "zeer",
    "zich",    "zij",      "zijn",     "zo",       "zoals",    "zodat",    "zonder",   "zou",
    "zouden",  "zowel",    "zullen",   "echter",   "hen",      "haar",     "jou",      "hare",
    "daardoor", "hierover", "daarover", "waarover", "wanneer", "terwijl",  "sinds",    "tussen",
    "via",     "vanuit",   "mee",      "gaan",     "gaat",
    // Everyday words stakeholders use in any remark, on any topic: they tie a point to whatever
    // passage happens to use them too ("staat", "nieuwe", "eigen", "vragen").
    "staat",   "staan",    "alleen",   "nieuw",    "nieuwe",   "klein",    "kleine",   "groot",
    "grote",   "gewoon",   "goed",     "goede",    "komt",     "komen",    "kwam",     "zien",
    "zie",     "ziet",     "vind",     "vinden",   "vindt",    "vragen",   "vraag",    "eigen",
    "huidig",  "huidige",  "volgens",  "per",      "leg",      "maak",     "maken",    "laat",
    "laten",   "echt",     "heel",     "steeds",   "nooit",    "altijd",   "soms",     "zeker",
    "ongeveer", "mogelijk", "zoveel",  "doe",      "gedaan",   "krijgen",  "krijgt",   "blijft",
    "blijven", "weten",    "weet",     "denk",     "denken",   "lijkt",    "zeggen",   "zegt",
    "keer",    "nodig",    "beter",    "best",     "eerst",    "eerste",   "tweede",   "derde",
    "slot",    "bijvoorbeeld", "bijv",  "pls",     "ok",       "oke",      "jammer",
});

constexpr auto english = std::to_array<std::string_view>({
    "a",       "about",   "above",   "after",   "again",   "against", "all",     "am",
    "an",      "and",     "any",     "are",     "as",      "at",      "be",      "because",
    "been",    "before",  "being",   "below",   "between", "both",    "but",     "by",
    "can",     "could",   "did",     "do",      "does",    "doing",   "down",    "during",
    "each",    "few",     "for",     "from",    "further", "had",     "has",     "have",
    "having",  "he",      "her",     "here",    "hers",    "herself", "him",     "himself",
    "his",     "how",     "i",       "if",      "in",      "into",    "is",      "it",
    "its",     "itself",  "just",    "me",      "more",    "most",    "my",      "myself",
    "no",      "nor",     "not",     "now",     "of",      "off",     "on",      "once",
    "only",    "or",      "other",   "our",     "ours",    "ourselves", "out",   "over",
    "own",     "same",    "she",     "should",  "so",      "some",    "such",    "than",
    "that",    "the",     "their",   "theirs",  "them",    "themselves", "then", "there",
    "these",   "they",    "this",    "those",   "through", "to",      "too",     "under",
    "until",   "up",      "very",    "was",     "we",      "were",    "what",    "when",
    "where",   "which",   "while",   "who",     "whom",    "why",     "will",    "with",
    "would",   "you",     "your",    "yours",   "yourself", "yourselves", "also", "may",
    "might",   "must",    "shall",   "us",      "via",     "within",  "without", "upon",
    "per",     "yes",     "whether", "however", "therefore", "thus",  "etc",     "ie",
    "eg",      "let",     "many",    "much",    "often",   "well",
    // Everyday words of any remark (see the Dutch list).
    "please",  "make",    "sure",    "actually", "get",    "like",    "really",  "think",
    "new",     "current", "own",     "need",    "want",    "see",     "good",    "still",
});

}  // namespace

std::span<const std::string_view> stop_words(Language language) {
    return language == Language::english ? std::span<const std::string_view>(english)
                                         : std::span<const std::string_view>(dutch);
}

}  // namespace inspraak::classify_bm25
