// One detector per kind of personal data. Each appends what it finds in `text` to `found`; the
// redactor (redactor.hpp) runs them all and settles overlaps.
#pragma once

#include <string_view>
#include <vector>

#include "inspraak/model.hpp"
#include "privacy/personal_data.hpp"

namespace inspraak::core::detect {

void emails(std::string_view text, std::vector<PersonalSpan>& found);
// Dutch numbers (06-12345678, 0412 123 456, (010) 123 45 67) and international ones (+31 6 ...).
void phones(std::string_view text, std::vector<PersonalSpan>& found);
// Any country's IBAN, with or without spaces, that passes the mod-97 check.
void ibans(std::string_view text, std::vector<PersonalSpan>& found);
// Nine digits of their own (123456782, 1234.56.782, 123 456 782) that pass the eleven-test.
void bsns(std::string_view text, std::vector<PersonalSpan>& found);
// 5211 AB, 5211AB, with a house number after it if there is one (5211 AB 12).
void postcodes(std::string_view text, std::vector<PersonalSpan>& found);
// A street name with its house number: Dorpsstraat 12a, Oude Kerkstraat 3-II, Laan van Meerdervoort 12.
void addresses(std::string_view text, std::vector<PersonalSpan>& found);
// A date after "geboren", "geboortedatum", "geb." (or "born", "date of birth").
void birth_dates(std::string_view text, std::vector<PersonalSpan>& found);
// Dutch licence plates in the sidecodes, written with dashes: 12-ABC-3, AB-12-CD.
void licence_plates(std::string_view text, std::vector<PersonalSpan>& found);
// Private persons: after a greeting ("Met vriendelijke groet"), "mijn naam is", or a form of
// address ("de heer", "mevrouw", "dhr."); and the sender's own name (its parts too when the sender
// is a private person). Never inside the sender's organisation's name.
void names(std::string_view text, const Stakeholder& sender, std::vector<PersonalSpan>& found);

}  // namespace inspraak::core::detect
