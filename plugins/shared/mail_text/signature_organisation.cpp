#include "signature_organisation.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <vector>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

using Lines = std::vector<std::string_view>;

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text::fold_for_comparison(s)) {
        if (c == ' ' || c == ',' || c == '|' || c == '(' || c == ')' || c == ':' || c == ';') {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

bool is_sign_off(std::string_view line) {
    static const std::regex sign_off(
        R"(^((met )?((vriendelijke|hartelijke|beste|warme|collegiale|zonnige) )?groet(en|jes)?|mvg|m\.v\.g\.?|vr\.? ?gr\.?|hoogachtend|(with )?(kind|best|warm|warmest|kindest) regards|regards|(yours )?(sincerely|faithfully)|best wishes|best|cheers|groetjes)[,.!]*$)");
    if (line.size() > 60) return false;  // sign-offs are short; keeps std::regex's recursion bounded
    std::string f = text::fold_for_comparison(line);
    return !f.empty() && std::regex_match(f, sign_off);
}

// Words that name a kind of organisation; long ones may sit inside a compound
// ("Ondernemersvereniging"), short ones must be a whole word ("B.V.", "BOM").
constexpr std::array<const char*, 46> kOrganisationParts{
    "vereniging", "stichting", "gemeente",  "board",      "ondernemers", "federatie",   "coöperatie", "cooperatie",
    "platform",   "school",    "college",   "universiteit", "university", "hogeschool", "campus",     "park",
    "capital",    "kamer",     "netwerk",   "network",    "holding",     "groep",       "group",      "company",
    "association", "foundation", "council", "bedrijf",    "bedrijven",   "industrie",   "kring",      "centrum",
    "center",     "centre",    "agentschap", "agency",    "provincie",   "ministerie",  "waterschap", "alliantie",
    "consortium", "bureau",    "partners",  "academie",   "instituut",   "institute"};
constexpr std::array<const char*, 11> kOrganisationWords{"bv",  "b.v.", "nv",  "n.v.", "vof", "v.o.f.",
                                                         "bom", "inc",  "ltd", "gmbh", "llc"};
constexpr std::array<const char*, 38> kRoleWords{
    "voorzitter", "vicevoorzitter", "secretaris", "penningmeester", "directeur",  "director",   "bestuurslid",
    "bestuurder", "manager",        "adviseur",   "beleidsadviseur", "coördinator", "coordinator", "eigenaar",
    "owner",      "ceo",            "cfo",        "cto",            "coo",        "projectleider", "programmamanager",
    "accountmanager", "medewerker", "chair",      "chairman",       "chairwoman", "secretary",  "treasurer",
    "founder",    "oprichter",      "lid",        "member",         "senior",     "junior",     "algemeen",
    "general",    "namens",         "partner"};
constexpr std::array<const char*, 5> kConnectors{"bij", "van", "at", "of", "namens"};

template <size_t N>
bool contains(const std::array<const char*, N>& list, const std::string& word) {
    return std::any_of(list.begin(), list.end(), [&](const char* w) { return word == w; });
}

bool names_organisation(std::string_view segment) {
    for (const std::string& word : words(segment)) {
        if (contains(kOrganisationWords, word)) return true;
        for (const char* part : kOrganisationParts)
            if (word.find(part) != std::string::npos) return true;
    }
    return false;
}

bool has_contact_details(std::string_view line) {
    std::string f = text::fold_for_comparison(line);
    return std::any_of(f.begin(), f.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
           f.find('@') != std::string::npos || f.find("www.") != std::string::npos ||
           f.find("http") != std::string::npos;
}

// "Voorzitter Ondernemersvereniging Oss-Noord" -> "Ondernemersvereniging Oss-Noord";
// "Directeur Marketing bij Jansen B.V." -> "Jansen B.V."
std::string organisation_in_segment(std::string_view raw) {
    std::string segment = text::normalize_whitespace(raw);
    for (const char* connector : {" bij ", " at ", " namens "}) {
        size_t at = text::fold_for_comparison(segment).rfind(connector);
        if (at != std::string::npos && names_organisation(segment.substr(at))) {
            segment = segment.substr(at + std::string_view(connector).size());
            break;
        }
    }
    // Drop leading role words and a connector that follows them ("Voorzitter van ...").
    while (true) {
        size_t space = segment.find(' ');
        if (space == std::string::npos) break;
        std::string first = text::fold_for_comparison(segment.substr(0, space));
        while (!first.empty() && (first.back() == ',' || first.back() == '.')) first.pop_back();
        if (!contains(kRoleWords, first) && !contains(kConnectors, first)) break;
        segment = text::normalize_whitespace(segment.substr(space + 1));
    }
    return names_organisation(segment) ? segment : std::string();
}

std::string organisation_in_line(std::string_view line) {
    // Signatures separate parts with bars, commas or dashes: "Jan | Voorzitter | BOM".
    static const std::regex separators(R"(\s*(\||,|\s-\s|\s\xE2\x80\x93\s|\s\xC2\xB7\s)\s*)");
    if (line.size() > 200) return {};  // not a signature line; keeps std::regex's recursion bounded
    std::string l(line);
    for (std::sregex_token_iterator it(l.begin(), l.end(), separators, -1), last; it != last; ++it) {
        std::string found = organisation_in_segment(it->str());
        if (!found.empty()) return found;
    }
    return {};
}

bool is_particle(const std::string& word) {
    static constexpr std::array<const char*, 13> kParticles{"de", "van", "der", "den", "ter", "ten", "het",
                                                            "'t", "la",  "le",  "du",  "von", "in"};
    return contains(kParticles, word);
}

bool looks_like_name(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.empty() || has_contact_details(t) || names_organisation(t)) return false;
    if (!std::isupper(static_cast<unsigned char>(t.front()))) return false;
    std::vector<std::string> ws = words(t);
    if (ws.empty() || ws.size() > 5) return false;
    return std::all_of(ws.begin(), ws.end(), [](const std::string& w) {
        return !contains(kRoleWords, w) && (is_particle(w) || w.size() <= 20);
    });
}

bool is_sender(std::string_view line, std::string_view sender_name) {
    std::string l = text::fold_for_comparison(line);
    while (!l.empty() && (l.back() == ',' || l.back() == '.')) l.pop_back();
    if (l.empty()) return false;
    if (sender_name.empty()) return looks_like_name(line);
    std::string name = text::fold_for_comparison(sender_name);
    // "Jansen, Jan" as Outlook shows it, against "Jan Jansen" in the signature.
    size_t comma = name.find(", ");
    if (comma != std::string::npos) name = name.substr(comma + 2) + " " + name.substr(0, comma);
    if (l == name) return true;
    // A first name alone, or the full name with initials or titles around it.
    return (name.rfind(l + " ", 0) == 0 && l.size() >= 2) || l.find(name) != std::string::npos;
}

// From the sender's name line at `name_line`, the organisation in the lines right below it.
std::string organisation_below(const Lines& lines, size_t name_line) {
    for (size_t i = name_line + 1; i < lines.size() && i <= name_line + 4; ++i) {
        if (text::trim(lines[i]).empty()) break;
        if (has_contact_details(lines[i])) continue;
        std::string found = organisation_in_line(lines[i]);
        if (!found.empty()) return found;
    }
    return {};
}

std::string organisation_after(const Lines& lines, size_t from, std::string_view sender_name) {
    for (size_t i = from; i < lines.size() && i <= from + 3; ++i) {
        if (text::trim(lines[i]).empty()) continue;
        if (is_sender(lines[i], sender_name)) {
            // "Karen | Secretaris | Stichting X" on the name line itself, else the lines below.
            std::string on_line = organisation_in_line(lines[i]);
            return on_line.empty() ? organisation_below(lines, i) : on_line;
        }
        // "Name | Role | Organisation" on one line.
        if (!sender_name.empty() && text::fold_for_comparison(lines[i]).find(text::fold_for_comparison(sender_name)) != std::string::npos)
            return organisation_in_line(lines[i]);
        return {};
    }
    return {};
}

}  // namespace

std::string organisation_from_signature(std::string_view body, std::string_view signature,
                                        std::string_view sender_name) {
    const Lines body_lines = text::split_lines(body);
    for (size_t i = body_lines.size(); i-- > 0;) {
        if (!is_sign_off(body_lines[i])) continue;
        std::string found = organisation_after(body_lines, i + 1, sender_name);
        if (!found.empty()) return found;
        break;
    }
    const Lines signature_lines = text::split_lines(signature);
    return organisation_after(signature_lines, 0, sender_name);
}

}  // namespace inspraak::ingest
