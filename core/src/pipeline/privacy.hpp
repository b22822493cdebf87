// Keeps personal data out of published reports: e-mail addresses, phone numbers and the
// sender's own name are replaced by a neutral marker.
#pragma once

#include <string>
#include <string_view>

#include "inspraak/model.hpp"

namespace inspraak::core {

// `language` picks the marker text ("nl": "[e-mailadres verwijderd]", "en": "[e-mail removed]").
std::string redact_personal_data(std::string_view text, const Stakeholder& sender, std::string_view language);

// What to show as the sender when personal data is left out: the organisation, else the group,
// else a neutral word for a private person.
std::string published_sender_label(const Stakeholder& sender, std::string_view language);

}  // namespace inspraak::core
