#include "word_file.hpp"

#include <vector>

#include "package_parts.hpp"
#include "zip_io.hpp"

namespace inspraak::word_package {

Result<WordSetup> prepare_word_setup(const std::string& word_template, const std::string& language) {
    WordSetup setup;
    if (!word_template.empty()) {
        auto read = read_house_style(word_template);
        if (!read) return read.error();
        setup.house = std::move(*read);
    }
    const auto in_template = [&](const Error& error) { return Error{"Word-sjabloon " + word_template + ": " + error.message}; };
    const HouseStyle& house = setup.house;
    auto numbering = bullet_numbering(house.numbering_xml.empty() ? nullptr : &house.numbering_xml);
    if (!numbering) return in_template(numbering.error());
    setup.numbering = std::move(*numbering);
    if (house.styles_xml.empty()) {
        setup.styles = default_styles(language, setup.numbering.list_num_id);
    } else {
        auto merged = merge_styles(house.styles_xml, language, setup.numbering.list_num_id);
        if (!merged) return in_template(merged.error());
        setup.styles = std::move(*merged);
    }
    setup.section_xml = house.section_xml.empty() ? default_section_xml() : house.section_xml;
    setup.text_width = house.section_xml.empty() ? a4_text_width : house.text_width;
    return setup;
}

namespace {

std::string word_file(const WordSetup& setup, ZipEntry document, const WordProperties& properties) {
    const HouseStyle& house = setup.house;
    // The entries' strings must live until write_zip returns.
    std::vector<ZipEntry> entries{
        {"[Content_Types].xml", content_types_xml(house.parts)},
        {"_rels/.rels", package_relationships_xml()},
        {"docProps/core.xml",
         core_properties_xml(properties.title, properties.subject, properties.iso_date, properties.language)},
        {"docProps/app.xml", app_properties_xml()},
        std::move(document),
        {"word/_rels/document.xml.rels", document_relationships_xml(house.relations)},
        {"word/styles.xml", setup.styles.xml},
        {"word/settings.xml", house.settings_xml.empty() ? default_settings_xml(properties.language) : house.settings_xml},
        {"word/numbering.xml", setup.numbering.xml},
    };
    for (const auto& part : house.parts) entries.push_back({part.name, part.bytes});
    return write_zip(entries);
}

}  // namespace

std::string write_word_file(const WordSetup& setup, const std::string& document_xml, const WordProperties& properties) {
    return word_file(setup, ZipEntry{"word/document.xml", document_xml}, properties);
}

std::string write_word_file(const WordSetup& setup, std::FILE* document_xml, const WordProperties& properties) {
    return word_file(setup, ZipEntry{"word/document.xml", {}, document_xml}, properties);
}

}  // namespace inspraak::word_package
