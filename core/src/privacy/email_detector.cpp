// E-mail addresses: a local part, "@", and a domain with a dot and a top-level domain of letters.
#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

bool local_char(char c) { return scan::alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_char(char c) { return scan::alnum(c) || c == '.' || c == '-'; }

}  // namespace

void emails(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        size_t begin = at;
        while (begin > 0 && local_char(text[begin - 1])) --begin;
        while (begin < at && text[begin] == '.') ++begin;
        size_t end = at + 1;
        while (end < text.size() && domain_char(text[end])) ++end;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;  // the sentence's full stop
        const std::string_view domain = text.substr(at + 1, end - at - 1);
        const size_t dot = domain.rfind('.');
        if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) continue;
        bool letters = true;
        for (char c : domain.substr(dot + 1)) letters = letters && scan::letter(c);
        if (letters) found.push_back({begin, end, PersonalDataKind::email});
    }
}

}  // namespace inspraak::core::detect
