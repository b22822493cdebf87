#include "classify_bm25/tokenizer.hpp"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <new>
#include <stdexcept>
#include <unordered_set>

#include "classify_bm25/stop_words.hpp"
#include "inspraak/text.hpp"

namespace inspraak::classify_bm25 {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};

std::size_t code_point_count(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// "regio's", "auto’s", "Jansen'": the apostrophe and a possessive or plural s carry no meaning.
void strip_apostrophe_s(std::string& folded) {
    static constexpr std::string_view curly = "\xE2\x80\x99";  // ’
    if (folded.find(curly) != std::string::npos) {
        std::string straight;
        for (std::size_t i = 0; i < folded.size();) {
            const bool is_curly = std::string_view(folded).substr(i, curly.size()) == curly;
            straight.push_back(is_curly ? '\'' : folded[i]);
            i += is_curly ? curly.size() : 1;
        }
        folded = std::move(straight);
    }
    if (ends_with(folded, "'s"))
        folded.resize(folded.size() - 2);
    else if (ends_with(folded, "'"))
        folded.pop_back();
}

// Snowball's Dutch stemmer leaves some plural and singular forms apart that a reader of a
// policy text takes as one word. These rules join them, after stemming:
//   -ies -> -ie       handelsmissies / handelsmissie, studies / studie
//   -ieen, -eeen -> drop -en   economieën / economie, ideeën / idee (diacritics already gone)
//   final v -> f, z -> s      bedrijven (bedrijv) / bedrijf, huizen (huiz) / huis
//   final s after a consonant other than j is dropped, as Snowball does for a word that ends
//   in s, so that a stem that only got its s back by losing -en agrees: kansen (kans) / kans (kan)
void refine_dutch_stem(std::string& stem) {
    if (ends_with(stem, "ies")) {
        stem.pop_back();
    } else if (ends_with(stem, "ieen") || ends_with(stem, "eeen")) {
        stem.resize(stem.size() - 2);
    }
    if (stem.size() < 3) return;
    char& last = stem.back();
    if (last == 'v') last = 'f';
    if (last == 'z') last = 's';
    if (stem.size() > 3 && stem.back() == 's') {
        const char before = stem[stem.size() - 2];
        if (!is_vowel(before) && before != 'j' && before != '\'') stem.pop_back();
    }
}

bool is_all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

}  // namespace

struct Tokenizer::Engine {
    std::unique_ptr<icu::BreakIterator> words;
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
    std::unordered_set<std::string_view> stop;  // views into the static lists

    explicit Engine(Language language) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(language == Language::english ? "en" : "nl");
        words.reset(icu::BreakIterator::createWordInstance(locale, status));
        if (U_FAILURE(status) || !words)
            throw std::runtime_error(std::string("classify-bm25: ICU word breaker unavailable: ") + u_errorName(status));
        stemmer.reset(sb_stemmer_new(language == Language::english ? "english" : "dutch", "UTF_8"));
        if (!stemmer) throw std::runtime_error("classify-bm25: Snowball stemmer unavailable");
        for (std::string_view w : stop_words(language)) stop.insert(w);
    }

    std::string stem(const std::string& folded) {
        const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                                               static_cast<int>(folded.size()));
        if (out == nullptr) throw std::bad_alloc();
        return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
    }
};

// An engine borrowed from the pool for one call, given back when the call ends.
class Tokenizer::Lease {
public:
    explicit Lease(const Tokenizer& owner) : owner_(owner) {
        {
            std::lock_guard lock(owner_.mutex_);
            if (!owner_.idle_.empty()) {
                engine_ = std::move(owner_.idle_.back());
                owner_.idle_.pop_back();
            } else {
                owner_.idle_.reserve(++owner_.engines_);  // so that giving it back never allocates
            }
        }
        if (!engine_) engine_ = std::make_unique<Engine>(owner_.language_);  // outside the lock: ICU takes a while
    }
    ~Lease() {
        std::lock_guard lock(owner_.mutex_);
        owner_.idle_.push_back(std::move(engine_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Engine* operator->() const { return engine_.get(); }

private:
    const Tokenizer& owner_;
    std::unique_ptr<Engine> engine_;
};

Tokenizer::Tokenizer(Language language) : language_(language) {
    idle_.push_back(std::make_unique<Engine>(language));  // fails here, not at the first call, when ICU or Snowball cannot
}

Tokenizer::~Tokenizer() = default;

std::vector<Token> Tokenizer::tokenize(std::string_view text) const {
    std::vector<Token> tokens;
    if (text.empty()) return tokens;

    const Lease engine(*this);
    UErrorCode status = U_ZERO_ERROR;
    // A UTF-8 UText makes the break positions byte offsets into `text`, which is what FTS5
    // wants back, without a round trip through UTF-16.
    std::unique_ptr<UText, UTextCloser> utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("classify-bm25: ICU text: ") + u_errorName(status));
    icu::BreakIterator& words = *engine->words;
    words.setText(utext.get(), status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("classify-bm25: ICU word breaks: ") + u_errorName(status));

    int32_t start = words.first();
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
        // Spaces and punctuation have status UBRK_WORD_NONE; numbers, letters, kana and
        // ideographs all come after it.
        if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        const auto begin = static_cast<std::size_t>(start);
        const auto finish = static_cast<std::size_t>(end);
        std::string_view word = text.substr(begin, finish - begin);
        std::string folded = text::strip_diacritics(text::fold_case(word));
        strip_apostrophe_s(folded);
        if (code_point_count(folded) < 2) continue;  // single letters and digits carry no topic
        if (engine->stop.contains(folded)) continue;
        std::string term = is_all_digits(folded) ? folded : engine->stem(folded);
        if (language_ == Language::dutch && !is_all_digits(term)) refine_dutch_stem(term);
        if (term.empty()) continue;
        tokens.push_back(Token{std::string(word), std::move(term), begin, finish});
    }
    return tokens;
}

std::string Tokenizer::term_of_folded(std::string folded) const {
    strip_apostrophe_s(folded);
    if (code_point_count(folded) < 2) return {};
    const Lease engine(*this);
    if (engine->stop.contains(folded)) return {};
    std::string term = is_all_digits(folded) ? folded : engine->stem(folded);
    if (language_ == Language::dutch && !is_all_digits(term)) refine_dutch_stem(term);
    return term;
}

std::vector<std::string> Tokenizer::terms(std::string_view text) const {
    std::vector<std::string> out;
    for (Token& token : tokenize(text)) out.push_back(std::move(token.term));
    return out;
}

}  // namespace inspraak::classify_bm25
