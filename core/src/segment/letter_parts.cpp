#include "segment/letter_parts.hpp"

#include <regex>
#include <string>

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// Only the start of a line matters (match_continuous); looking at no more than that keeps
// std::regex, which recurses per character, away from very long lines.
constexpr size_t kPrefixBytes = 120;

bool matches_start(std::string_view line, const std::regex& pattern) {
    const std::string s(text::trim(line).substr(0, kPrefixBytes));
    return std::regex_search(s, pattern, std::regex_constants::match_continuous);
}

}  // namespace

bool is_greeting(std::string_view line) {
    static const std::regex pattern(
        R"((?:beste|geachte|geacht|hallo|hoi|hey|dag|goedemorgen|goedemiddag|goedenavond|dear|hi|hello|good morning|good afternoon|good evening|greetings|to whom it may concern)(?=$|[\s,.!:;]))",
        std::regex_constants::ECMAScript | std::regex_constants::icase);
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxGreetingWords || ends_with_any(t, ".?")) return false;
    // "Hallo, wij zijn het oneens met hoofdstuk 3" is a remark that starts with a greeting word;
    // a greeting line is short or ends like one.
    if (word_count(t) > kMaxBareGreetingWords && !ends_with_any(t, ",!:")) return false;
    return matches_start(t, pattern);
}

bool is_sign_off(std::string_view line) {
    static const std::regex strong(
        R"((?:met\s+(?:vriendelijke|hartelijke|collegiale|beste|warme)\s+groet(?:en)?|met\s+groet(?:en)?|(?:vriendelijke|hartelijke|beste|warme|collegiale)\s+groet(?:en)?|hoogachtend|m\.?v\.?g\.?|(?:kind|best|warm|kindest|warmest)\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|sincerely|best\s+wishes|cheers)(?=$|[\s,.!:;]))",
        std::regex_constants::ECMAScript | std::regex_constants::icase);
    static const std::regex weak(
        R"((?:groet(?:en|jes)?|bedankt|dank\s+(?:je|u)\s+wel|alvast\s+bedankt|thanks|thank\s+you|many\s+thanks|best)\s*[,!]?\s*$)",
        std::regex_constants::ECMAScript | std::regex_constants::icase);
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxGreetingWords) return false;
    if (matches_start(t, strong)) return !ends_with_any(t, "?");
    return word_count(t) <= 3 && t.size() <= kPrefixBytes && matches_start(t, weak);
}

bool is_addressee_line(std::string_view line) {
    static const std::regex pattern(
        R"((?:aan\s+(?:het\s+college|de\s+(?:gemeente|gemeenteraad|raad|wethouder|burgemeester|afdeling|leden|directie|heer|mevrouw)|burgemeester|college)|t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van|to\s+the\s+(?:council|municipality|mayor|board)|attn\.?)(?=$|[\s:,]))",
        std::regex_constants::ECMAScript | std::regex_constants::icase);
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxAddresseeWords || ends_with_any(t, ".?!;")) return false;
    return matches_start(t, pattern);
}

bool is_attachment_line(std::string_view line) {
    static const std::regex pattern(R"((?:bijlagen?|bijlage\(n\)|attachments?|attachment\(s\)|enclosures?)\s*:)",
                                    std::regex_constants::ECMAScript | std::regex_constants::icase);
    return matches_start(line, pattern);
}

}  // namespace inspraak::core
