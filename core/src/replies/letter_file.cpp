#include "replies/letter_file.hpp"

#include "replies/letter_document.hpp"
#include "word_file.hpp"

namespace inspraak::core {

struct LetterFile::Setup {
    word_package::WordSetup word;
};

Result<LetterFile> LetterFile::prepare(const std::string& word_template, const std::string& language) {
    auto word = word_package::prepare_word_setup(word_template, language);
    if (!word) return word.error();
    return LetterFile(std::make_unique<Setup>(Setup{std::move(*word)}));
}

LetterFile::LetterFile(std::unique_ptr<Setup> setup) : setup_(std::move(setup)) {}
LetterFile::LetterFile(LetterFile&&) noexcept = default;
LetterFile& LetterFile::operator=(LetterFile&&) noexcept = default;
LetterFile::~LetterFile() = default;

std::string LetterFile::docx(const ReplyLetter& letter, const LetterWording& wording, const LetterProperties& properties) const {
    const word_package::WordSetup& word = setup_->word;
    const std::string document = letter_document_xml(letter, wording, word.styles, word.section_xml);
    return word_package::write_word_file(
        word, document, {properties.title, properties.subject, properties.iso_date, properties.language});
}

}  // namespace inspraak::core
