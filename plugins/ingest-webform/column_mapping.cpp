#include "column_mapping.hpp"

#include <array>
#include <utility>

#include "inspraak/text.hpp"

namespace inspraak::webform {

namespace {

struct Synonym {
    std::string_view header;  // as people write it; compared through header_key
    Field field;
};

// Dutch and English headers of web forms (Excel, Google Forms, Microsoft Forms, CMS exports).
constexpr std::array kSynonyms = {
    Synonym{"naam", Field::name}, Synonym{"name", Field::name}, Synonym{"volledige naam", Field::name},
    Synonym{"full name", Field::name}, Synonym{"indiener", Field::name}, Synonym{"naam indiener", Field::name},
    Synonym{"contactpersoon", Field::name}, Synonym{"voor- en achternaam", Field::name},

    Synonym{"organisatie", Field::organisation}, Synonym{"organisation", Field::organisation},
    Synonym{"organization", Field::organisation}, Synonym{"naam organisatie", Field::organisation},
    Synonym{"organisatienaam", Field::organisation}, Synonym{"bedrijf", Field::organisation},
    Synonym{"bedrijfsnaam", Field::organisation}, Synonym{"company", Field::organisation},
    Synonym{"namens", Field::organisation}, Synonym{"instelling", Field::organisation},

    Synonym{"groep", Field::group}, Synonym{"group", Field::group}, Synonym{"categorie", Field::group},
    Synonym{"category", Field::group}, Synonym{"type indiener", Field::group},
    Synonym{"soort indiener", Field::group}, Synonym{"doelgroep", Field::group},
    Synonym{"stakeholdergroep", Field::group},

    Synonym{"email", Field::email}, Synonym{"e-mail", Field::email}, Synonym{"e-mailadres", Field::email},
    Synonym{"emailadres", Field::email}, Synonym{"email address", Field::email}, Synonym{"mail", Field::email},

    Synonym{"telefoon", Field::phone}, Synonym{"telefoonnummer", Field::phone}, Synonym{"phone", Field::phone},
    Synonym{"phone number", Field::phone}, Synonym{"telephone", Field::phone}, Synonym{"tel", Field::phone},
    Synonym{"mobiel", Field::phone},

    Synonym{"datum", Field::date}, Synonym{"date", Field::date}, Synonym{"ingediend op", Field::date},
    Synonym{"timestamp", Field::date}, Synonym{"tijdstempel", Field::date}, Synonym{"ingediend", Field::date},
    Synonym{"datum ingediend", Field::date}, Synonym{"submitted", Field::date},
    Synonym{"submitted at", Field::date}, Synonym{"created at", Field::date},

    Synonym{"onderwerp", Field::subject}, Synonym{"subject", Field::subject}, Synonym{"betreft", Field::subject},
    Synonym{"titel", Field::subject}, Synonym{"title", Field::subject},

    Synonym{"onderdeel", Field::reference}, Synonym{"hoofdstuk", Field::reference},
    Synonym{"chapter", Field::reference}, Synonym{"section", Field::reference},
    Synonym{"paragraaf", Field::reference}, Synonym{"pagina", Field::reference}, Synonym{"page", Field::reference},
    Synonym{"hoofdstuk/paragraaf", Field::reference}, Synonym{"onderdeel van het kader", Field::reference},

    Synonym{"reactie", Field::body}, Synonym{"opmerking", Field::body}, Synonym{"opmerkingen", Field::body},
    Synonym{"input", Field::body}, Synonym{"comment", Field::body}, Synonym{"comments", Field::body},
    Synonym{"reaction", Field::body}, Synonym{"toelichting", Field::body}, Synonym{"bericht", Field::body},
    Synonym{"message", Field::body}, Synonym{"zienswijze", Field::body}, Synonym{"inspraakreactie", Field::body},
    Synonym{"feedback", Field::body},
};

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The words of a header, case folded and without diacritics, punctuation, remarks in brackets
// ("E-mailadres (optioneel)") and a leading possessive ("Uw naam", "Your comment").
std::vector<std::string> header_words(std::string_view header) {
    std::string folded = text::fold_case(text::strip_diacritics(text::normalize_whitespace(header)));
    std::vector<std::string> words(1);
    int bracket_depth = 0;
    for (char c : folded) {
        if (c == '(' || c == '[') {
            ++bracket_depth;
        } else if ((c == ')' || c == ']') && bracket_depth > 0) {
            --bracket_depth;
        } else if (bracket_depth == 0 && (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80)) {
            words.back() += c;
            continue;
        }
        if (!words.back().empty()) words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    if (words.size() > 1 && (words.front() == "uw" || words.front() == "your" || words.front() == "jouw"))
        words.erase(words.begin());
    return words;
}

}  // namespace

std::string header_key(std::string_view header) {
    // Punctuation and spacing differ between exports ("E-mail", "e-mail adres"): compare the
    // words run together.
    std::string key;
    for (const auto& word : header_words(header)) key += word;
    return key;
}

Field field_for_header(std::string_view header) {
    const std::string key = header_key(header);
    if (key.empty()) return Field::unknown;
    for (const auto& synonym : kSynonyms)
        if (header_key(synonym.header) == key) return synonym.field;
    return Field::unknown;
}

bool ColumnMapping::has_body() const {
    for (Field field : fields)
        if (field == Field::body) return true;
    return false;
}

ColumnMapping map_columns(const std::vector<std::string>& headers) {
    ColumnMapping mapping;
    mapping.fields.reserve(headers.size());
    for (const auto& header : headers) mapping.fields.push_back(field_for_header(header));
    if (mapping.has_body()) return mapping;

    // Forms often ask a question as the header ("Uw reactie op het kader", "Opmerkingen over
    // hoofdstuk 3"). Only when no header names the body exactly, a header that starts with a
    // body word is taken as the body; the caller warns about the guess.
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (mapping.fields[i] != Field::unknown) continue;
        const auto words = header_words(headers[i]);
        if (words.size() > 1 && field_for_header(words.front()) == Field::body) {
            mapping.fields[i] = Field::body;
            mapping.guessed_body_columns.push_back(i);
        }
    }
    return mapping;
}

std::string expected_body_headers() { return "reactie, opmerking, input, toelichting, comment, ..."; }

}  // namespace inspraak::webform
