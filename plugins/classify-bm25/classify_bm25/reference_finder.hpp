// Finds the stakeholder's own references to the framework in a point ("in hoofdstuk 4", "H5",
// "paragraaf 3.1.2", "par. 4.1", "bijlage 2", "op pagina 22", "chapter 3", "appendix 1", and a
// bare section number such as "In 6.1 staat ...") and resolves them against the framework's
// numbering and page breaks (Passage::page).
#pragma once

#include <cstddef>
#include <map>
#include <string_view>
#include <vector>

#include "classify_bm25/framework_outline.hpp"
#include "inspraak/model.hpp"

namespace inspraak::classify_bm25 {

class ReferenceFinder {
public:
    // `passages` gives the pages: a page reference resolves to the sections of the passages on it.
    ReferenceFinder(const FrameworkOutline& outline, const std::vector<Passage>& passages);

    // Outline indices of the chapters, appendices and sections referred to, in the order the
    // text names them, each once. Numbers the framework does not have are ignored.
    std::vector<std::size_t> find(std::string_view text) const;

    // Chapters, appendices and sections the text names by their title after an article ("in de
    // aanleiding", "de begrippenlijst" for a title "Begrippenlijst", "het verslag participatie"):
    // outline indices, in outline order. Titles shorter than min_title_length are skipped.
    static constexpr std::size_t min_title_length = 5;
    std::vector<std::size_t> find_titles(std::string_view text) const;

    // Chapters, appendices and sections the text describes by kind and subject ("in de bijlage
    // over de huidige activiteiten", "het hoofdstuk over betaalbaarheid", "the chapter on
    // housing"): the words after the preposition (up to the end of the clause) are compared with
    // the titles of that kind; the title sharing the most of them wins, a tie names none.
    // Outline indices, each once, in the order the text describes them.
    std::vector<std::size_t> find_described(std::string_view text) const;

private:
    enum class Cue { chapter, section, appendix, page, bare };
    void resolve(Cue cue, std::string_view number, std::vector<std::size_t>& out) const;

    const FrameworkOutline& outline_;
    std::vector<std::pair<std::string, std::size_t>> titles_;  // folded title -> outline index
    std::map<int, std::vector<std::size_t>> sections_on_page_;  // page -> outline indices
};

}  // namespace inspraak::classify_bm25
