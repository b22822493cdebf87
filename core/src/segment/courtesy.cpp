#include "segment/courtesy.hpp"

#include <algorithm>
#include <span>
#include <vector>

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"
#include "segment/reference_finder.hpp"
#include "segment/sentences.hpp"

namespace inspraak::core {
namespace {

// Cue phrases, matched on whole words after case folding and removing diacritics:
//   "met belangstelling"   the words in this order, adjacent
//   "hebben * besproken"   "*" allows up to kMaxCueGapWords words in between (also none)
//   "reag*"                a word starting with "reag" (reageren, reageert)
struct LanguageCues {
    std::string_view language;
    std::span<const std::string_view> courtesy;  // each sentence needs one of these
    std::span<const std::string_view> content;   // any of these anywhere keeps the paragraph a point
};

constexpr std::string_view kDutchCourtesy[] = {
    // thanks, the opportunity to respond, interest in the draft
    "dank", "danken", "dankt", "bedankt", "bedanken", "dankbaar", "erkentelijk",
    "gelegenheid * reag*", "mogelijkheid * reag*", "gelegenheid * reactie", "mogelijkheid * reactie",
    "gelegenheid * inspraak", "mogelijkheid * inspraak",
    "met belangstelling", "met interesse", "met genoegen", "met plezier", "kennisgenomen", "kennis genomen",
    // announcing the remarks that follow
    "hieronder", "in deze brief", "deze brief", "deze mail", "deze e mail", "onze reactie", "onze reacties",
    "onze opmerkingen", "onze punten", "onze inbreng", "onze zienswijze", "de volgende punten",
    "de volgende opmerkingen", "hebben * opmerkingen", "reageren wij", "reageer ik",
    // a cover note for the letter that is the real input ("Bijgaand treft u onze reactie aan")
    "bijgaand", "bijgevoegd", "bijgevoegde", "bijgesloten", "in de bijlage", "als bijlage", "in bijlage",
    // how the response came about
    "namens * reag*", "namens * reactie", "mening gevraagd", "om hun mening", "om hun reactie",
    "hebben * besproken", "heeft * besproken", "hebben * geraadpleegd", "heeft * geraadpleegd",
    // offering to talk, explain or think along
    "graag * gesprek", "gesprek * graag", "met u in gesprek", "gesprek met u", "toe te lichten", "toelichten",
    "denk* * mee", "meedenken", "mee te denken", "neem * contact", "contact op", "contact opnemen",
    // following up on an earlier contact
    "zoals beloofd", "zoals afgesproken", "zoals toegezegd", "zoals besproken",
};

constexpr std::string_view kDutchContent[] = {
    // requests and proposals
    "vragen wij", "vraag ik", "wij vragen", "ik vraag", "vragen u", "vraag u", "verzoek*", "zou", "zouden",
    "moet", "moeten", "stel* * voor", "voorstel*", "adviseren", "adviseer", "pleiten", "pleit", "aanbevel*",
    "graag zien", "zien graag", "zien wij graag", "graag dat", "roep* * op", "wens", "wensen",
    // something missing or wrong
    "mis", "missen", "mist", "ontbreekt", "ontbreken", "onvoldoende", "weinig", "te veel", "teveel",
    "onduidelijk", "vaag", "vage", "bezwaar", "bezwaren", "zorg", "zorgen", "bezorgd", "jammer", "helaas",
    "kritisch", "negatief", "niet", "geen", "nooit", "maar", "echter",
    // an opinion about the draft
    "helder", "heldere", "duidelijk", "duidelijke", "goed", "goede", "sterk", "sterke", "zwak", "zwakke",
    "mooi", "mooie", "positief", "eens", "oneens", "steun*", "onderschrijv*",
    // pointing into the framework (numbered references are found by reference_finder too)
    "hoofdstuk", "paragraaf", "pagina",
};

constexpr std::string_view kEnglishCourtesy[] = {
    // thanks, the opportunity to respond, interest in the draft
    "thank", "thanks", "grateful", "opportunity * respond*", "opportunity * comment*", "opportunity * react*",
    "opportunity * feedback", "with interest", "with great interest",
    // announcing the remarks that follow
    "please find", "below", "this letter", "this email", "this e mail", "our comments", "our response",
    "our reaction", "our feedback", "our remarks", "the following points", "the following comments",
    "the following remarks", "attached", "enclosed", "please find attached",
    // how the response came about
    "on behalf of * respond*", "on behalf of * submit*", "on behalf of * comment*",
    // offering to talk, explain or think along
    "happy to * discuss*", "glad to * discuss*", "pleased to * discuss*", "happy to * explain*",
    "happy to * talk", "happy to * meet", "discuss * further", "further discussion", "in touch",
    "contact us", "contact me", "think along", "pleased to * respond*", "pleased to * submit*",
    // following up on an earlier contact
    "as promised", "as agreed", "as discussed", "following up", "follow up",
};

constexpr std::string_view kEnglishContent[] = {
    // requests and proposals
    "we ask", "we request", "request*", "should", "must", "need", "needs", "suggest*", "propos*",
    "recommend*", "urge",
    // something missing or wrong
    "miss", "misses", "missing", "lack*", "insufficient", "unclear", "vague", "concern*", "worried",
    "unfortunately", "however", "but", "disagree", "object*", "too little", "too much",
    // an opinion about the draft
    "clear", "good", "strong", "weak", "agree", "support*", "endorse*", "positive", "negative", "welcome",
    // pointing into the framework
    "chapter", "section", "page", "paragraph", "appendix", "annex", "table",
};

constexpr LanguageCues kCues[] = {
    {"nl", kDutchCourtesy, kDutchContent},
    {"en", kEnglishCourtesy, kEnglishContent},
};

using Words = std::vector<std::string>;

// Folded words: "Één" and "een" are the same word; punctuation separates words.
Words words_of(std::string_view s) {
    const std::string folded = text::fold_case(text::strip_diacritics(s));
    Words words;
    std::string current;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        const bool word_char = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word_char) {
            current += c;
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

// A cue's words as written in the tables above: lower case, separated by spaces.
Words words_of_cue(std::string_view cue) {
    Words words;
    size_t start = 0;
    while (start < cue.size()) {
        size_t end = cue.find(' ', start);
        if (end == std::string_view::npos) end = cue.size();
        if (end > start) words.emplace_back(cue.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool word_matches(std::string_view pattern, std::string_view word) {
    if (!pattern.empty() && pattern.back() == '*') {
        pattern.remove_suffix(1);
        return word.starts_with(pattern);
    }
    return word == pattern;
}

bool matches_at(const Words& cue, size_t ci, const Words& words, size_t wi) {
    if (ci == cue.size()) return true;
    if (cue[ci] == "*") {
        for (size_t gap = 0; gap <= kMaxCueGapWords && wi + gap <= words.size(); ++gap)
            if (matches_at(cue, ci + 1, words, wi + gap)) return true;
        return false;
    }
    return wi < words.size() && word_matches(cue[ci], words[wi]) && matches_at(cue, ci + 1, words, wi + 1);
}

bool contains_cue(const Words& words, const Words& cue) {
    for (size_t wi = 0; wi < words.size(); ++wi)
        if (matches_at(cue, 0, words, wi)) return true;
    return false;
}

// A cue as written in the tables, and its words.
struct SplitCue {
    std::string_view text;
    Words words;
};

// The cues of one kind of every language, in the tables' order, split into words once: every
// paragraph of every letter is matched against them.
std::vector<SplitCue> split_cues(std::span<const std::string_view> LanguageCues::*kind) {
    std::vector<SplitCue> cues;
    for (const LanguageCues& language : kCues)
        for (std::string_view cue : language.*kind) cues.push_back(SplitCue{cue, words_of_cue(cue)});
    return cues;
}

// The first of `cues` found in `words`, or empty.
std::string_view first_cue(const Words& words, const std::vector<SplitCue>& cues) {
    for (const SplitCue& cue : cues)
        if (contains_cue(words, cue.words)) return cue.text;
    return {};
}

const std::vector<SplitCue>& content_cues() {
    static const std::vector<SplitCue> cues = split_cues(&LanguageCues::content);
    return cues;
}

const std::vector<SplitCue>& courtesy_cues() {
    static const std::vector<SplitCue> cues = split_cues(&LanguageCues::courtesy);
    return cues;
}

CourtesyJudgement point(std::string reason) { return CourtesyJudgement{false, std::move(reason)}; }

}  // namespace

CourtesyJudgement judge_courtesy(std::string_view paragraph) {
    const std::string_view t = text::trim(paragraph);
    if (t.empty()) return point("empty");
    if (word_count(t) > kMaxCourtesyParagraphWords) return point("too long for courtesy");
    // A question asks the municipality something.
    if (t.find('?') != std::string_view::npos) return point("a question");
    if (const std::string refs = reference_text(t); !refs.empty()) return point("refers to " + refs);
    const Words words = words_of(t);
    if (std::string_view cue = first_cue(words, content_cues()); !cue.empty())
        return point("content cue '" + std::string(cue) + "'");

    std::string cues;
    // An abbreviation splits a sentence in two; the part without a courtesy cue then keeps the
    // paragraph a point, which errs on the safe side.
    for (std::string_view sentence : sentences_of(t)) {
        if (word_count(sentence) > kMaxCourtesySentenceWords) return point("sentence too long for courtesy");
        const std::string_view cue = first_cue(words_of(sentence), courtesy_cues());
        if (cue.empty()) return point("no courtesy cue in \"" + std::string(sentence) + "\"");
        if (!cues.empty()) cues += ", ";
        cues += "'" + std::string(cue) + "'";
    }
    return CourtesyJudgement{true, "courtesy: " + cues};
}

}  // namespace inspraak::core
