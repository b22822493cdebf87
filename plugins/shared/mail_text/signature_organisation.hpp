// Reads the sender's organisation from the signature under a mail, when it can be done reliably.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest {

// `body` is the sender's own text, `signature` what came after a "-- " line (may be empty).
// Looks below the last sign-off ("Met vriendelijke groet", "Kind regards", ...) or in the
// signature for the sender's name (`sender_name`, or a line that looks like a name when the
// mail has none), then in the few lines right below it for one that names an organisation:
// it must carry a word such as "vereniging", "stichting", "B.V.", "gemeente", "board", "school".
// A role in front ("Voorzitter", "Directeur bij") is dropped. Returns "" when unsure.
std::string organisation_from_signature(std::string_view body, std::string_view signature,
                                        std::string_view sender_name);

}  // namespace inspraak::ingest
