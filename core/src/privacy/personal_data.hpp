// The kinds of personal data kept out of what is published, and a found stretch of it in a text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core {

enum class PersonalDataKind { email, phone, iban, bsn, postcode, address, birth_date, licence_plate, name };

inline constexpr PersonalDataKind all_personal_data_kinds[] = {
    PersonalDataKind::email,    PersonalDataKind::phone,   PersonalDataKind::iban,
    PersonalDataKind::bsn,      PersonalDataKind::postcode, PersonalDataKind::address,
    PersonalDataKind::birth_date, PersonalDataKind::licence_plate, PersonalDataKind::name};

// The kind as the store and the workspace's forms name it: "email", "iban", "birth_date", ...
std::string_view kind_id(PersonalDataKind kind);
std::optional<PersonalDataKind> parse_kind(std::string_view id);

// What stands in the published text instead: "[IBAN]", "[adres]"; English for language "en".
std::string_view kind_label(PersonalDataKind kind, std::string_view language);

// A stretch [begin, end) of bytes of a text that holds personal data.
struct PersonalSpan {
    size_t begin = 0;
    size_t end = 0;
    PersonalDataKind kind = PersonalDataKind::name;
};

}  // namespace inspraak::core
