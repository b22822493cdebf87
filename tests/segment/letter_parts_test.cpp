#include <gtest/gtest.h>

#include "segment/letter_parts.hpp"

namespace inspraak::core {
namespace {

TEST(LetterParts, Greetings) {
    for (const char* line : {"Beste Annelies,", "Geachte heer/mevrouw,", "Hallo", "Dag Petra,", "Dear Sir or Madam,",
                             "Hi all,", "Goedemorgen allemaal", "Geacht college,", "Geacht bestuur,"})
        EXPECT_TRUE(is_greeting(line)) << line;
    for (const char* line : {"Dagelijks gaan er vrachtwagens over de brug.", "Hierbij onze reactie.",
                             "Beste praktijken uit andere gemeenten zijn nuttig om te noemen hier.",
                             "Hallo, wij zijn het oneens met hoofdstuk 3", "Geacht wordt dat de brug te smal is.", ""})
        EXPECT_FALSE(is_greeting(line)) << line;
}

TEST(LetterParts, SignOffs) {
    for (const char* line : {"Met vriendelijke groet,", "Met vriendelijke groeten", "Vriendelijke groet", "Groet,",
                             "Groeten", "Hoogachtend", "Kind regards,", "Best regards", "Sincerely,", "Thanks,",
                             "Mvg", "m.v.g.", "Met vriendelijke groet, Jan Jansen"})
        EXPECT_TRUE(is_sign_off(line)) << line;
    for (const char* line : {"Bedankt voor het heldere kader.", "Thanks for the draft, it reads well.",
                             "Groeten aan de wethouder en de raad, en veel succes met de uitwerking", ""})
        EXPECT_FALSE(is_sign_off(line)) << line;
}

TEST(LetterParts, AttachmentLines) {
    EXPECT_TRUE(is_attachment_line("Bijlage: reactie.pdf"));
    EXPECT_TRUE(is_attachment_line("Bijlagen: twee notities"));
    EXPECT_TRUE(is_attachment_line("Attachments: notes.docx"));
    EXPECT_FALSE(is_attachment_line("Bijlage 2 van het kader is te kort."));
    EXPECT_FALSE(is_attachment_line("In de bijlage: meer"));
}

}  // namespace
}  // namespace inspraak::core
