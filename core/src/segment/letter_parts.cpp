#include "segment/letter_parts.hpp"

#include <memory>
#include <string>

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"
#include "segment/byte_pattern.hpp"

namespace inspraak::core {
namespace {

// Only the start of a line matters (an anchored match), and no more of it than this.
constexpr size_t kPrefixBytes = 120;

// Case-insensitive (segment/byte_pattern.hpp). A lookahead "followed by the end, a space or
// punctuation" is a plain group here: only whether the line starts so matters.
#define INSPRAAK_SPACE INSPRAAK_PATTERN_SPACE

std::unique_ptr<const RE2> compile(const std::string& pattern) { return byte_pattern(pattern, PatternCase::insensitive); }

bool matches_start(std::string_view line, const RE2& pattern) {
    const std::string_view s = text::trim(line).substr(0, kPrefixBytes);
    return pattern.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::ANCHOR_START, nullptr, 0);
}

}  // namespace

bool is_greeting(std::string_view line) {
    static const auto pattern = compile(
        "(?:beste|geachte|geacht|hallo|hoi|hey|dag|goedemorgen|goedemiddag|goedenavond|dear|hi|hello|good morning|good "
        "afternoon|good evening|greetings|to whom it may concern)(?:$|" INSPRAAK_SPACE "|[,.!:;])");
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxGreetingWords || ends_with_any(t, ".?")) return false;
    // "Hallo, wij zijn het oneens met hoofdstuk 3" is a remark that starts with a greeting word;
    // a greeting line is short or ends like one.
    if (word_count(t) > kMaxBareGreetingWords && !ends_with_any(t, ",!:")) return false;
    return matches_start(t, *pattern);
}

bool is_sign_off(std::string_view line) {
    static const auto strong = compile(
        "(?:met" INSPRAAK_SPACE "+(?:vriendelijke|hartelijke|collegiale|beste|warme)" INSPRAAK_SPACE "+groet(?:en)?|met"
        INSPRAAK_SPACE "+groet(?:en)?|(?:vriendelijke|hartelijke|beste|warme|collegiale)" INSPRAAK_SPACE
        "+groet(?:en)?|hoogachtend|m\\.?v\\.?g\\.?|(?:kind|best|warm|kindest|warmest)" INSPRAAK_SPACE
        "+regards|regards|yours" INSPRAAK_SPACE "+(?:sincerely|faithfully|truly)|sincerely|best" INSPRAAK_SPACE
        "+wishes|cheers)(?:$|" INSPRAAK_SPACE "|[,.!:;])");
    static const auto weak = compile("(?:groet(?:en|jes)?|bedankt|dank" INSPRAAK_SPACE "+(?:je|u)" INSPRAAK_SPACE
                                     "+wel|alvast" INSPRAAK_SPACE "+bedankt|thanks|thank" INSPRAAK_SPACE "+you|many"
                                     INSPRAAK_SPACE "+thanks|best)" INSPRAAK_SPACE "*[,!]?" INSPRAAK_SPACE "*$");
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxGreetingWords) return false;
    if (matches_start(t, *strong)) return !ends_with_any(t, "?");
    return word_count(t) <= 3 && t.size() <= kPrefixBytes && matches_start(t, *weak);
}

bool is_addressee_line(std::string_view line) {
    static const auto pattern = compile(
        "(?:aan" INSPRAAK_SPACE "+(?:het" INSPRAAK_SPACE "+college|de" INSPRAAK_SPACE
        "+(?:gemeente|gemeenteraad|raad|wethouder|burgemeester|afdeling|leden|directie|heer|mevrouw)|burgemeester|"
        "college)|t\\.?" INSPRAAK_SPACE "?a\\.?" INSPRAAK_SPACE "?v\\.?|ter" INSPRAAK_SPACE "+attentie" INSPRAAK_SPACE
        "+van|to" INSPRAAK_SPACE "+the" INSPRAAK_SPACE "+(?:council|municipality|mayor|board)|attn\\.?)(?:$|"
        INSPRAAK_SPACE "|[:,])");
    std::string_view t = text::trim(line);
    if (t.empty() || word_count(t) > kMaxAddresseeWords || ends_with_any(t, ".?!;")) return false;
    return matches_start(t, *pattern);
}

bool is_attachment_line(std::string_view line) {
    static const auto pattern =
        compile("(?:bijlagen?|bijlage\\(n\\)|attachments?|attachment\\(s\\)|enclosures?)" INSPRAAK_SPACE "*:");
    return matches_start(line, *pattern);
}

#undef INSPRAAK_SPACE

}  // namespace inspraak::core
