#include "reply_cleanup.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <regex>

#include "inspraak/text.hpp"
#include "text_layout.hpp"

namespace inspraak::ingest {
namespace {

using Lines = std::vector<std::string_view>;

// Reply markers are short lines; std::regex (which recurses per character) only sees such lines.
constexpr size_t kMaxMarkerLine = 300;

// Reply attributions: Gmail, Outlook, Apple Mail and Thunderbird, in Dutch and English. Gmail
// wraps long ones, so up to three lines are joined before matching.
bool is_attribution(const Lines& lines, size_t i) {
    static const std::regex start(R"(^(op|on|am)\s.+)", std::regex::icase);
    static const std::regex end(R"(\b(schreef|wrote|geschreven|schrieb)\b.*:\s*$)", std::regex::icase);
    static const std::regex standalone(R"(^.{3,160}\s(schreef|wrote)\b.{0,80}:\s*$)", std::regex::icase);
    // Attributions are short; the bound also keeps std::regex (recursing per character) safe.
    if (lines[i].size() > kMaxMarkerLine) return false;
    std::string line(text::trim(lines[i]));
    if (std::regex_match(line, start)) {
        std::string joined = line;
        for (size_t k = i; k < lines.size() && k < i + 3; ++k) {
            if (k > i) {
                if (lines[k].size() > kMaxMarkerLine) return false;
                joined += " " + std::string(text::trim(lines[k]));
            }
            if (std::regex_search(joined, end)) return true;
        }
        return false;
    }
    // "Jan Jansen <jan@example.nl> schreef:" followed by quoted lines.
    if (std::regex_match(line, standalone)) {
        for (size_t k = i + 1; k < lines.size(); ++k) {
            std::string_view next = text::trim(lines[k]);
            if (next.empty()) continue;
            return next.front() == '>';
        }
    }
    return false;
}

bool is_separator(std::string_view line) {
    if (line.size() > kMaxMarkerLine) return false;
    static const std::regex separator(
        R"(^[-_=\s]*-{2,}\s*(oorspronkelijk bericht|origineel bericht|original message|doorgestuurd bericht|forwarded message|begin doorgestuurd bericht|begin forwarded message)\s*:?\s*-*\s*$)",
        std::regex::icase);
    std::string trimmed(text::trim(line));
    if (std::regex_match(trimmed, separator)) return true;
    // Apple Mail: "Begin doorgestuurd bericht:" on its own.
    std::string f = text::fold_for_comparison(trimmed);
    return f == "begin doorgestuurd bericht:" || f == "begin forwarded message:";
}

std::optional<std::string> header_key(std::string_view line) {
    std::string f = text::fold_for_comparison(line.substr(0, 40));
    // The HTML converter and some clients mark keys bold: "*Van:* ...".
    f.erase(std::remove(f.begin(), f.end(), '*'), f.end());
    size_t colon = f.find(':');
    if (colon == std::string::npos || colon > 12) return std::nullopt;
    return f.substr(0, colon);
}

// "Van: ...", then within a few lines at least two of Verzonden/Datum/Aan/Onderwerp (or the
// English keys): the header of an earlier message that Outlook quotes under a reply.
bool is_quoted_header_block(const Lines& lines, size_t i) {
    auto key = header_key(lines[i]);
    if (!key || (*key != "van" && *key != "from")) return false;
    static constexpr std::array<const char*, 10> kKeys{"verzonden", "sent", "datum", "date", "aan",
                                                       "to", "onderwerp", "subject", "cc", "verstuurd"};
    int found = 0;
    for (size_t k = i + 1; k < lines.size() && k <= i + 5; ++k) {
        auto next = header_key(lines[k]);
        if (next && std::find(kKeys.begin(), kKeys.end(), *next) != kKeys.end()) ++found;
    }
    return found >= 2;
}

bool is_rule(std::string_view line) {
    std::string_view t = text::trim(line);
    return t.size() >= 8 && std::all_of(t.begin(), t.end(), [](char c) { return c == '_' || c == '-'; });
}

bool is_signature_separator(std::string_view line) { return line == "-- " || line == "--"; }

bool is_quoted(std::string_view line) {
    std::string_view t = text::trim(line);
    return !t.empty() && t.front() == '>';
}

std::string join(const Lines& lines, size_t from, size_t to) {
    std::string out;
    for (size_t i = from; i < to && i < lines.size(); ++i) {
        out.append(lines[i]);
        out.push_back('\n');
    }
    return out;
}

// Quoted history as plain text: header lines and '>' markers go.
std::string history_text(const Lines& lines, size_t from) {
    std::string out;
    bool in_header = true;
    for (size_t i = from; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (in_header) {
            if (is_separator(line) || is_rule(line) || is_attribution(lines, i) || header_key(line) ||
                text::trim(line).empty())
                continue;
            in_header = false;
        }
        while (!line.empty() && (line.front() == '>' || line.front() == ' ')) line.remove_prefix(1);
        out.append(line);
        out.push_back('\n');
    }
    return tidy_layout(out);
}

// Paragraphs are separated by blank lines; each keeps its line breaks.
std::vector<std::string> split_paragraphs(const std::string& body) {
    std::vector<std::string> paragraphs;
    std::string current;
    for (std::string_view line : text::split_lines(body)) {
        if (text::trim(line).empty()) {
            if (!current.empty()) paragraphs.push_back(std::move(current));
            current.clear();
            continue;
        }
        current.append(line);
        current.push_back('\n');
    }
    if (!current.empty()) paragraphs.push_back(std::move(current));
    return paragraphs;
}

}  // namespace

bool is_disclaimer(std::string_view paragraph) {
    static constexpr std::array<const char*, 22> kPhrases{
        "uitsluitend bestemd voor de geadresseerde",
        "uitsluitend bestemd voor de persoon",
        "alleen bestemd voor de geadresseerde",
        "niet de geadresseerde bent",
        "niet de beoogde ontvanger",
        "ten onrechte ontvangen",
        "ten onrechte heeft ontvangen",
        "abusievelijk ontvangen",
        "kunnen geen rechten worden ontleend",
        "aansprakelijkheid voor schade",
        "denk aan het milieu",
        "this e-mail and any attachments",
        "this email and any attachments",
        "this message and any attachments",
        "intended recipient",
        "intended solely for",
        "received this e-mail in error",
        "received this email in error",
        "received this message in error",
        "please consider the environment",
        "is confidential and may be legally privileged",
        "no rights can be derived",
    };
    const std::string f = text::fold_for_comparison(paragraph);
    return std::any_of(kPhrases.begin(), kPhrases.end(), [&](const char* p) { return f.find(p) != std::string::npos; });
}

CleanedMail clean_reply(std::string_view input) {
    const std::string tidy = tidy_layout(input);
    const Lines lines = text::split_lines(tidy);
    CleanedMail mail;

    // 1. Everything from the first marker of an earlier message on is history.
    size_t end = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (is_attribution(lines, i) || is_separator(lines[i]) || is_quoted_header_block(lines, i)) {
            end = i;
            // Outlook draws a line above the quoted header; it belongs to the history.
            size_t k = i;
            while (k > 0 && text::trim(lines[k - 1]).empty()) --k;
            if (k > 0 && is_rule(lines[k - 1])) end = k - 1;
            mail.removed_history = true;
            mail.history = history_text(lines, i);
            break;
        }
    }

    // 2. The signature: from the first "-- " line up to the history.
    size_t own_end = end;
    for (size_t i = 0; i < end; ++i) {
        if (is_signature_separator(lines[i])) {
            own_end = i;
            mail.signature = tidy_layout(join(lines, i + 1, end));
            break;
        }
    }

    // 3. Interleaved quotes ('>' lines) go, and so do disclaimer paragraphs.
    std::string own;
    for (size_t i = 0; i < own_end; ++i) {
        if (is_quoted(lines[i])) {
            mail.removed_history = true;
            continue;
        }
        own.append(lines[i]);
        own.push_back('\n');
    }
    std::string kept;
    for (const std::string& paragraph : split_paragraphs(tidy_layout(own))) {
        if (is_disclaimer(paragraph)) {
            mail.removed_disclaimer = true;
            continue;
        }
        kept += paragraph + "\n";
    }
    mail.body = tidy_layout(kept);
    return mail;
}

}  // namespace inspraak::ingest
