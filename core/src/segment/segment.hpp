// The segmenter: splits the body of a submission into points, one remark each, so that every
// point can be tied to a chapter, routed and answered on its own row of the reactienota.
//
// `body` is the light Markdown dialect of IngestedSubmission::body (plain letters work too):
// - every list item ("-", "*", "+", "•", "·", "o", "1.", "1)", "a.", "a)") is one point, its
//   wrapped continuation lines joined; every other paragraph is one point; except that a
//   paragraph which makes a remark and ends by introducing short examples ("... blijven. Denk
//   aan:" and items of at most kMaxExampleItemWords words) is one point with its items;
// - headings are not points but become the `heading` of the points under them: '#' lines,
//   a short standalone line (at most kMaxStandaloneHeadingWords words, starting with a capital,
//   without closing punctuation) followed by more text, a line ending in ':' that introduces a
//   list (the list's heading), a short line without closing punctuation directly followed by a
//   list, and a list item that has deeper items (bullets under a numbered item): each deeper
//   item is a point with the parent item's text as heading;
// - the greeting (in the first lines; short letterhead lines before it go too), addressee lines
//   at the top ("Aan het college van ...", "T.a.v. ..."), the sign-off
//   with everything after it (the signature), and "Bijlage(n): ..." lines are dropped;
// - opening and closing courtesy paragraphs ("Dank voor het concept. Hieronder onze opmerkingen.",
//   "Wij denken graag mee.") are dropped: only at the edges, never list items (courtesy.hpp);
// - point text is exactly what was written, whitespace normalised and list markers removed;
// - `reference` holds the references to the framework in the point itself (reference_finder).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core {

struct Segment {
    std::string text;       // the point as written, whitespace normalised
    std::string heading;    // the heading it appeared under, or empty
    int position = 0;       // 1-based, in order
    std::string reference;  // "hoofdstuk 4; pagina 22", or empty
};

// `language` ("nl", "en") is accepted for symmetry with the other stages; Dutch and English
// letter conventions are recognised in either.
std::vector<Segment> segment(std::string_view body, std::string_view language);

inline constexpr int kMaxStandaloneHeadingWords = 5;
inline constexpr int kMaxListLeadInWords = 8;    // a lead-in without ':' before a list
inline constexpr int kMaxColonLeadInWords = 30;  // a lead-in ending in ':' before a list
inline constexpr int kMinRemarkWords = 6;         // a sentence before "Denk aan:" that makes it a remark
inline constexpr int kMaxExampleItemWords = 15;   // list items that are examples of that remark

}  // namespace inspraak::core
