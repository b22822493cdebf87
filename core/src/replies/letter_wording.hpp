// A reply letter's fixed wording, rendered by the application layer from the message catalogue
// in the letter's language, so that the layout code knows no language.
#pragma once

#include <string>

namespace inspraak::core {

struct LetterWording {
    std::string date_label;        // "Datum"
    std::string date;              // "7 december 2026"
    std::string reference_label;   // "Kenmerk"
    std::string subject_label;     // "Betreft"
    std::string subject;           // "Reactie op uw inspraakreactie: <round title>"
    std::string salutation;        // "Geachte Anna de Boer,"
    std::string intro;
    std::string points_heading;    // "Uw punten en onze reactie"
    std::string point_label;       // "Uw punt {}": "{}" is the point's number in the letter
    std::string reaction_label;    // "Onze reactie"
    std::string draft_mark;        // shown after the label of a reaction that is not approved yet
    std::string no_reaction;       // a point nobody answered yet
    std::string campaign_note;     // "{}" is the number of senders of the same words
    std::string no_points;
    std::string general_heading;   // "Algemene reactie"
    std::string general_reaction;  // light Markdown
    std::string closing;           // "Met vriendelijke groet,"
    std::string signature;         // under the closing; may be empty
};

}  // namespace inspraak::core
