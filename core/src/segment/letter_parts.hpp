// The parts of a letter or e-mail that are not input: the greeting, the sign-off with the
// signature after it, and a line listing attachments. Dutch and English forms are recognised
// whatever the round's language: stakeholders write in either.
#pragma once

#include <string_view>

namespace inspraak::core {

// "Beste Jan,", "Geachte heer/mevrouw,", "Hallo allemaal", "Dag Petra,", "Dear Sir or Madam,",
// "Hi all": a short line that opens with a greeting word and ends in ',', '!' or ':' (at most
// kMaxGreetingWords words) or in nothing (at most kMaxBareGreetingWords words).
bool is_greeting(std::string_view line);

// "Met vriendelijke groet,", "Vriendelijke groeten", "Groet,", "Hoogachtend", "Kind regards",
// "Best regards", "Sincerely", "Thanks,", "Mvg": a short line that opens with a closing formula.
// The weak forms ("Thanks", "Bedankt", "Groet") count only as a line of their own (at most
// three words, ending in nothing, ',' or '!'), not as the start of a sentence ("Bedankt voor
// het kader.").
bool is_sign_off(std::string_view line);

// "Bijlage: ...", "Bijlagen: ...", "Bijlage(n): ...", "Attachment(s): ...": a line that lists
// attached files. Not a point (the attachment itself is ingested on its own). "Bijlage 2 van het
// kader ..." is not such a line: the keyword must be followed directly by ':'.
bool is_attachment_line(std::string_view line);

// "Aan het college van burgemeester en wethouders", "T.a.v. afdeling Economie": whom a letter is
// addressed to, part of its letterhead, not input.
inline constexpr int kMaxAddresseeWords = 12;
bool is_addressee_line(std::string_view line);

inline constexpr int kMaxGreetingWords = 8;
inline constexpr int kMaxBareGreetingWords = 5;

}  // namespace inspraak::core
