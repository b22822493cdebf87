#include "privacy/redactor.hpp"

#include <algorithm>

#include "privacy/detectors.hpp"

namespace inspraak::core {

std::vector<Redaction> find_redactions(std::string_view text, const Stakeholder& sender, const KeptPublic& kept) {
    std::vector<PersonalSpan> spans;
    detect::emails(text, spans);
    detect::ibans(text, spans);
    detect::licence_plates(text, spans);
    detect::birth_dates(text, spans);
    detect::phones(text, spans);
    detect::bsns(text, spans);
    detect::postcodes(text, spans);
    detect::addresses(text, spans);
    detect::names(text, sender, spans);
    std::stable_sort(spans.begin(), spans.end(), [](const PersonalSpan& a, const PersonalSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    // Overlapping stretches become one, so that nothing of either shows ("Petra de Vries
    // Dorpsstraat" found as a name and "Dorpsstraat 12" as an address).
    std::vector<PersonalSpan> joined;
    for (const PersonalSpan& span : spans) {
        if (!joined.empty() && span.begin < joined.back().end) {
            PersonalSpan& last = joined.back();
            if (span.end > last.end) {
                if (span.end - span.begin > last.end - last.begin) last.kind = span.kind;
                last.end = span.end;
            }
            continue;
        }
        joined.push_back(span);
    }
    std::vector<Redaction> out;
    out.reserve(joined.size());
    for (const PersonalSpan& span : joined) {
        std::string found(text.substr(span.begin, span.end - span.begin));
        const bool keep = kept.count({std::string(kind_id(span.kind)), found}) != 0;
        out.push_back(Redaction{span, std::move(found), keep});
    }
    return out;
}

std::string apply_redactions(std::string_view text, const std::vector<Redaction>& redactions, std::string_view language) {
    std::string out;
    out.reserve(text.size());
    size_t at = 0;
    for (const Redaction& redaction : redactions) {
        if (redaction.kept) continue;
        out.append(text.substr(at, redaction.span.begin - at));
        out.append(kind_label(redaction.span.kind, language));
        at = redaction.span.end;
    }
    out.append(text.substr(at));
    return out;
}

std::string redact_personal_data(std::string_view text, const Stakeholder& sender, std::string_view language,
                                 const KeptPublic& kept) {
    return apply_redactions(text, find_redactions(text, sender, kept), language);
}

std::string published_sender_label(const Stakeholder& sender, std::string_view language) {
    if (!sender.organisation.empty()) return sender.organisation;
    if (!sender.group.empty()) {
        std::string group = sender.group;
        if (group[0] >= 'a' && group[0] <= 'z') group[0] = static_cast<char>(group[0] - 'a' + 'A');
        return group;
    }
    return language == "en" ? "Resident" : "Inwoner";
}

}  // namespace inspraak::core
