// word/document.xml of a reply letter: the addressee, date, reference and subject, a salutation,
// the sender's own points each with our reaction, the round's general reaction and a closing.
// The letterhead is the house style's header and footer (round.json word_template), which
// word_package puts around it; the wording comes in already rendered in the letter's language,
// so this file only lays it out in the memo's named styles.
#pragma once

#include <string>

#include "replies/letter_wording.hpp"
#include "replies/reply_letters.hpp"
#include "styles.hpp"

namespace inspraak::core {

std::string letter_document_xml(const ReplyLetter& letter, const LetterWording& wording,
                                const word_package::StyleSheet& styles, const std::string& section_xml);

}  // namespace inspraak::core
