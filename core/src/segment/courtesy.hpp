// Courtesy paragraphs: the opening and closing lines of a letter or mail that are politeness, not
// input ("Dank voor het concept; hieronder vindt u onze opmerkingen.", "Wij denken graag mee.").
// They are not points: nobody can answer them on a row of the reactienota.
//
// The rule, meant to be explainable to a policy officer:
// - only paragraphs at the edges are candidates: the first paragraph(s) before the first real
//   point and the last paragraph(s) before the sign-off (the segmenter decides that); list items
//   never are;
// - a paragraph is courtesy when EVERY sentence in it carries a courtesy cue (thanks, the
//   opportunity to respond, interest in the draft, announcing the remarks that follow, how the
//   response came about, offering to talk, explain or think along, "zoals beloofd"), and
// - NOTHING in it carries a content cue (a request, something missing, "zou", "moet", a
//   proposal, an opinion about the draft, a negation, a question, a reference to a chapter or
//   page), and it is short.
// Cues are per language data (courtesy.cpp); all languages are applied to every text, because
// stakeholders write in either. When in doubt the paragraph stays a point: dropping a real point
// is worse than keeping a courtesy line.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::core {

struct CourtesyJudgement {
    bool is_courtesy = false;
    std::string reason;  // why, for tests and debugging: "content cue 'missen'", "courtesy: 'dank'"
};

CourtesyJudgement judge_courtesy(std::string_view paragraph);

inline bool is_courtesy_paragraph(std::string_view paragraph) { return judge_courtesy(paragraph).is_courtesy; }

// Longer paragraphs and sentences are never taken for courtesy: politeness is brief, and a long
// sentence that happens to open with "Dank voor ..." usually goes on to say something.
inline constexpr int kMaxCourtesyParagraphWords = 60;
inline constexpr int kMaxCourtesySentenceWords = 32;

// In a cue, "*" stands for up to this many arbitrary words ("hebben * besproken").
inline constexpr size_t kMaxCueGapWords = 5;

}  // namespace inspraak::core
