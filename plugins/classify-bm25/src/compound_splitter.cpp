#include "classify_bm25/compound_splitter.hpp"

namespace inspraak::classify_bm25 {
namespace {

bool is_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

CompoundSplitter::CompoundSplitter(const Tokenizer& tokenizer, std::function<bool(const std::string&)> known)
    : tokenizer_(tokenizer), known_(std::move(known)) {}

std::vector<CompoundPart> CompoundSplitter::split(const std::string& folded_word) const { return split(folded_word, 0); }

std::vector<CompoundPart> CompoundSplitter::split(const std::string& word, int depth) const {
    std::vector<CompoundPart> parts;
    if (word.size() < min_head + min_modifier) return parts;
    // Only plain a-z words: names with digits or other scripts are not compounds to split.
    for (char c : word)
        if (!is_ascii_letter(c)) return parts;
    // The longest known head first: "bouwmaterialenhandel" -> "handel" only if "materialenhandel"
    // is unknown.
    for (std::size_t cut = min_modifier; cut + min_head <= word.size(); ++cut) {
        const std::string head = word.substr(cut);
        const std::string head_term = tokenizer_.term_of_folded(head);
        if (head_term.empty() || !known_(head_term)) continue;
        parts.push_back({head, head_term});
        std::string modifier = word.substr(0, cut);
        // Linking letters: speerpunt-s-, woning-en-, gemeente-... tried as written first.
        for (const std::string& candidate :
             {modifier, modifier.ends_with("s") ? modifier.substr(0, modifier.size() - 1) : std::string(),
              modifier.ends_with("en") ? modifier.substr(0, modifier.size() - 2) : std::string(),
              modifier.ends_with("e") ? modifier.substr(0, modifier.size() - 1) : std::string()}) {
            if (candidate.size() < min_modifier) continue;
            const std::string term = tokenizer_.term_of_folded(candidate);
            if (!term.empty() && known_(term)) {
                parts.push_back({candidate, term});
                return parts;
            }
        }
        if (depth == 0)
            for (CompoundPart& part : split(modifier, depth + 1)) parts.push_back(std::move(part));
        return parts;
    }
    // No known head: the longest known first part still says what the word is about
    // ("begrippenlijst" when the framework has "begrippen" but not "lijst").
    for (std::size_t cut = word.size() - min_head; cut >= min_prefix; --cut) {
        const std::string modifier = word.substr(0, cut);
        const std::string term = tokenizer_.term_of_folded(modifier);
        if (!term.empty() && known_(term)) {
            parts.push_back({modifier, term});
            break;
        }
    }
    return parts;
}

}  // namespace inspraak::classify_bm25
