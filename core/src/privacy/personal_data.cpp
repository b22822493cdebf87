#include "privacy/personal_data.hpp"

namespace inspraak::core {
namespace {

struct KindNames {
    PersonalDataKind kind;
    std::string_view id;
    std::string_view dutch;
    std::string_view english;
};

constexpr KindNames names[] = {
    {PersonalDataKind::email, "email", "[e-mailadres]", "[e-mail address]"},
    {PersonalDataKind::phone, "phone", "[telefoonnummer]", "[phone number]"},
    {PersonalDataKind::iban, "iban", "[IBAN]", "[IBAN]"},
    {PersonalDataKind::bsn, "bsn", "[BSN]", "[BSN]"},
    {PersonalDataKind::postcode, "postcode", "[postcode]", "[postcode]"},
    {PersonalDataKind::address, "address", "[adres]", "[address]"},
    {PersonalDataKind::birth_date, "birth_date", "[geboortedatum]", "[date of birth]"},
    {PersonalDataKind::licence_plate, "licence_plate", "[kenteken]", "[licence plate]"},
    {PersonalDataKind::name, "name", "[naam]", "[name]"},
};

const KindNames& names_of(PersonalDataKind kind) {
    for (const auto& entry : names)
        if (entry.kind == kind) return entry;
    return names[0];
}

}  // namespace

std::string_view kind_id(PersonalDataKind kind) { return names_of(kind).id; }

std::optional<PersonalDataKind> parse_kind(std::string_view id) {
    for (const auto& entry : names)
        if (entry.id == id) return entry.kind;
    return std::nullopt;
}

std::string_view kind_label(PersonalDataKind kind, std::string_view language) {
    return language == "en" ? names_of(kind).english : names_of(kind).dutch;
}

}  // namespace inspraak::core
