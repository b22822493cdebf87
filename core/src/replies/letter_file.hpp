// A reply letter as a .docx: the house style read once (round.json word_template, else our own
// A4 page and styles) and each letter's body written into a package of its own, by the Word
// writer the reactienota uses (plugins/shared/word_package), which stays behind this header.
#pragma once

#include <memory>
#include <string>

#include "inspraak/result.hpp"
#include "replies/letter_wording.hpp"
#include "replies/reply_letters.hpp"

namespace inspraak::core {

// docProps/core.xml of a letter: no person's name goes there.
struct LetterProperties {
    std::string title;
    std::string subject;
    std::string iso_date;
    std::string language;  // "nl", "en"
};

class LetterFile {
public:
    // `word_template`: a .dotx/.docx path or "". An Error names the template and what is wrong.
    static Result<LetterFile> prepare(const std::string& word_template, const std::string& language);

    LetterFile(LetterFile&&) noexcept;
    LetterFile& operator=(LetterFile&&) noexcept;
    ~LetterFile();

    // The .docx bytes. Throws std::runtime_error when the package cannot be written.
    std::string docx(const ReplyLetter& letter, const LetterWording& wording, const LetterProperties& properties) const;

private:
    struct Setup;
    explicit LetterFile(std::unique_ptr<Setup> setup);
    std::unique_ptr<Setup> setup_;
};

}  // namespace inspraak::core
