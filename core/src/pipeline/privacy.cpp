#include "pipeline/privacy.hpp"

#include <regex>

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

const std::regex& email_pattern() {
    static const std::regex pattern(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    return pattern;
}

// Dutch numbers as people write them: 06-12345678, 06 1234 5678, +31 (0)6 12 34 56 78,
// 0412-123456, (0412) 123 456. Ten digits, or +31 and nine.
const std::regex& phone_pattern() {
    static const std::regex pattern(
        R"((\+31[\s-]?(\(0\)[\s-]?)?|\b0|\(0)\d{1,3}\)?([\s-]?\d){6,8}\b)");
    return pattern;
}

std::string replace_word(std::string text, const std::string& word, const std::string& marker) {
    if (word.size() < 3) return text;
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + marker.size())) {
        text.replace(at, word.size(), marker);
    }
    return text;
}

}  // namespace

std::string redact_personal_data(std::string_view text, const Stakeholder& sender, std::string_view language) {
    bool dutch = language != "en";
    std::string out = std::regex_replace(std::string(text), email_pattern(),
                                         dutch ? "[e-mailadres verwijderd]" : "[e-mail removed]");
    out = std::regex_replace(out, phone_pattern(), dutch ? "[telefoonnummer verwijderd]" : "[phone number removed]");
    std::string name = text::normalize_whitespace(sender.name);
    if (!name.empty()) out = replace_word(out, name, dutch ? "[naam verwijderd]" : "[name removed]");
    return out;
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
