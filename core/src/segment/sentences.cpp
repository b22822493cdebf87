#include "segment/sentences.hpp"

#include <algorithm>

#include "inspraak/text.hpp"

namespace inspraak::core {

std::vector<std::string_view> sentences_of(std::string_view paragraph) {
    std::vector<std::string_view> sentences;
    size_t start = 0;
    for (size_t i = 0; i < paragraph.size(); ++i) {
        const char c = paragraph[i];
        const bool at_end = i + 1 == paragraph.size();
        if ((c == '.' || c == '!' || c == '?') && (at_end || paragraph[i + 1] == ' ' || paragraph[i + 1] == '\n')) {
            std::string_view sentence = text::trim(paragraph.substr(start, i + 1 - start));
            if (!sentence.empty()) sentences.push_back(sentence);
            start = i + 1;
        }
    }
    std::string_view rest = text::trim(paragraph.substr(std::min(start, paragraph.size())));
    if (!rest.empty()) sentences.push_back(rest);
    return sentences;
}

}  // namespace inspraak::core
