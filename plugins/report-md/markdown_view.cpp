#include "markdown_view.hpp"

#include "inspraak/text.hpp"

namespace inspraak::report_md {

kainjow::mustache::data general_paragraphs(const std::string& general_reaction) {
    using kainjow::mustache::data;
    data list{data::type::list};
    std::string paragraph;
    const auto flush = [&] {
        if (!paragraph.empty()) list.push_back(data{"text", paragraph});
        paragraph.clear();
    };
    for (const auto line : text::split_lines(general_reaction)) {
        if (text::trim(line).empty()) {
            flush();
        } else {
            paragraph += (paragraph.empty() ? "" : "\n") + std::string(line);
        }
    }
    flush();
    return list;
}

}  // namespace inspraak::report_md
