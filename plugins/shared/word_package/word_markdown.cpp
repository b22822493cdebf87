#include "word_markdown.hpp"

#include "inspraak/light_markdown.hpp"
#include "wordml.hpp"

namespace inspraak::word_package {

void add_markdown(pugi::xml_node parent, std::string_view text, const std::string& paragraph_style,
                  const std::string& list_style) {
    for (const markdown::Block& block : markdown::blocks(text)) {
        pugi::xml_node paragraph = add_paragraph(parent, block.list_item ? list_style : paragraph_style);
        for (const markdown::Span& span : markdown::spans(block.text))
            add_run(paragraph, span.text, RunFormat{span.bold, span.italic, {}});
    }
}

}  // namespace inspraak::word_package
