#include "metadata.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "inspraak/dates.hpp"
#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

using Key = std::pair<const char*, MetadataField>;

constexpr std::array<Key, 44> kKeys{{
    {"naam", MetadataField::name},
    {"name", MetadataField::name},
    {"van", MetadataField::name},
    {"from", MetadataField::name},
    {"afzender", MetadataField::name},
    {"ingediend door", MetadataField::name},
    {"organisatie", MetadataField::organisation},
    {"organisation", MetadataField::organisation},
    {"organization", MetadataField::organisation},
    {"namens", MetadataField::organisation},
    {"bedrijf", MetadataField::organisation},
    {"company", MetadataField::organisation},
    {"groep", MetadataField::group},
    {"group", MetadataField::group},
    {"doelgroep", MetadataField::group},
    {"email", MetadataField::email},
    {"e-mail", MetadataField::email},
    {"mail", MetadataField::email},
    {"e-mailadres", MetadataField::email},
    {"emailadres", MetadataField::email},
    {"telefoon", MetadataField::phone},
    {"telefoonnummer", MetadataField::phone},
    {"tel", MetadataField::phone},
    {"tel.", MetadataField::phone},
    {"phone", MetadataField::phone},
    {"mobiel", MetadataField::phone},
    {"datum", MetadataField::date},
    {"date", MetadataField::date},
    {"onderwerp", MetadataField::subject},
    {"betreft", MetadataField::subject},
    {"subject", MetadataField::subject},
    {"titel", MetadataField::subject},
    {"title", MetadataField::subject},
    {"hoofdstuk", MetadataField::reference},
    {"verwijzing", MetadataField::reference},
    {"reference", MetadataField::reference},
    {"aan", MetadataField::ignored},
    {"to", MetadataField::ignored},
    {"adres", MetadataField::ignored},
    {"address", MetadataField::ignored},
    {"kenmerk", MetadataField::ignored},
    {"ons kenmerk", MetadataField::ignored},
    {"uw kenmerk", MetadataField::ignored},
    {"cc", MetadataField::ignored},
}};

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// YAML-style values may be quoted: "Jan" or 'Jan'.
std::string unquote(std::string_view value) {
    value = text::trim(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
    return text::normalize_whitespace(value);
}

std::string bare_email(std::string_view value) {
    std::string v(text::trim(value));
    if (text::starts_with_ci(v, "mailto:")) v.erase(0, 7);
    if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
    return v;
}

}  // namespace

std::optional<MetadataField> field_for_key(std::string_view key) {
    std::string k = ascii_lower(text::normalize_whitespace(key));
    for (const auto& [name, field] : kKeys)
        if (k == name) return field;
    return std::nullopt;
}

std::optional<KeyValue> split_key_value(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    std::string_view key = text::trim(line.substr(0, colon));
    if (key.empty() || key.size() > 30) return std::nullopt;
    // A key is a word or two, never a URL or a sentence.
    if (key.find("//") != std::string_view::npos) return std::nullopt;
    return KeyValue{std::string(key), std::string(text::trim(line.substr(colon + 1)))};
}

void apply_field(MetadataField field, std::string_view raw_value, IngestedSubmission& submission,
                 std::vector<std::string>& warnings) {
    std::string value = unquote(raw_value);
    if (value.empty()) return;
    Stakeholder& who = submission.stakeholder;
    switch (field) {
        case MetadataField::name: {
            // "Jan Jansen <jan@example.nl>" carries the address as well.
            size_t open = value.find('<');
            size_t close = value.rfind('>');
            if (open != std::string::npos && close != std::string::npos && open < close &&
                value.find('@', open) < close) {
                if (who.email.empty()) who.email = value.substr(open + 1, close - open - 1);
                value = text::normalize_whitespace(value.substr(0, open));
                if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                    value = value.substr(1, value.size() - 2);
            }
            if (!value.empty()) who.name = value;
            break;
        }
        case MetadataField::organisation: who.organisation = value; break;
        case MetadataField::group: who.group = value; break;
        case MetadataField::email: who.email = bare_email(value); break;
        case MetadataField::phone: who.phone = value; break;
        case MetadataField::subject: submission.subject = value; break;
        case MetadataField::reference: submission.reference = value; break;
        case MetadataField::date:
            if (auto iso = dates::find_date(value)) {
                submission.date = *iso;
            } else {
                warnings.push_back("datum niet herkend: \"" + value + "\"");
            }
            break;
        case MetadataField::ignored: break;
    }
}

}  // namespace inspraak::ingest
