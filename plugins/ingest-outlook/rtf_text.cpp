#include "rtf_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <vector>

#include "inspraak/text.hpp"
#include "mapi_text.hpp"

namespace inspraak::ingest::outlook {
namespace {

constexpr std::size_t kMaxGroupDepth = 512;

// Destinations whose content is not body text (tables, metadata, pictures, field codes).
bool is_hidden_destination(std::string_view word) {
    static constexpr std::array<std::string_view, 28> kHidden{
        "fonttbl",   "colortbl",   "stylesheet", "info",      "pict",        "object",   "header",
        "headerl",   "headerr",    "headerf",    "footer",    "footerl",     "footerr",  "footerf",
        "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
        "datastore", "latentstyles", "xmlnstbl", "fldinst",   "pgdsctbl",    "revtbl",   "filetbl",
        "mhtmltag"};
    return std::find(kHidden.begin(), kHidden.end(), word) != kHidden.end();
}

struct GroupState {
    bool hidden = false;   // a destination that is not text
    bool htmltag = false;  // inside {\*\htmltagN ...}: HTML source
    bool htmlrtf = false;  // between \htmlrtf and \htmlrtf0: RTF-only rendering of the HTML
    int unicode_skip = 1;  // \ucN: characters that stand in for each \uN
};

class RtfTextWriter {
public:
    explicit RtfTextWriter(bool html) : html_(html) { groups_.emplace_back(); }

    RtfBody run(std::string_view rtf) {
        for (std::size_t i = 0; i < rtf.size();) {
            const char c = rtf[i];
            if (c == '{') {
                open_group();
                ++i;
            } else if (c == '}') {
                if (groups_.size() > 1) groups_.pop_back();
                star_ = false;
                ++i;
            } else if (c == '\\') {
                i = control(rtf, i + 1);
            } else if (c == '\r' || c == '\n') {
                ++i;
            } else {
                character(static_cast<unsigned char>(c));
                ++i;
            }
        }
        flush();
        return RtfBody{std::move(out_), html_};
    }

private:
    GroupState& top() { return groups_.back(); }

    void open_group() {
        // Too deep: stay in the current group, but hide what follows (a crafted file's
        // million '{' cannot grow the stack).
        if (groups_.size() >= kMaxGroupDepth) {
            top().hidden = true;
            return;
        }
        groups_.push_back(top());
        star_ = false;
    }

    bool shows_text() {
        const GroupState& g = top();
        if (g.hidden) return false;
        if (html_ && g.htmlrtf && !g.htmltag) return false;
        return true;
    }

    void character(unsigned char c) {
        if (skip_ > 0) {
            --skip_;
            return;
        }
        if (shows_text()) pending_.push_back(static_cast<char>(c));
    }

    void utf8(std::string_view s) {
        skip_ = 0;
        if (!shows_text()) return;
        flush();
        out_.append(s);
    }

    void flush() {
        if (pending_.empty()) return;
        out_ += text::to_utf8(pending_, charset_);
        pending_.clear();
    }

    // Handles the control word or symbol after a backslash; returns the index after it.
    std::size_t control(std::string_view rtf, std::size_t i) {
        if (i >= rtf.size()) return i;
        const char c = rtf[i];
        if (!std::isalpha(static_cast<unsigned char>(c))) return symbol(rtf, i);
        const std::size_t start = i;
        while (i < rtf.size() && i - start < 32 && std::isalpha(static_cast<unsigned char>(rtf[i]))) ++i;
        const std::string_view word = rtf.substr(start, i - start);
        std::optional<long> parameter;
        bool negative = false;
        if (i < rtf.size() && rtf[i] == '-') {
            negative = true;
            ++i;
        }
        long value = 0;
        const std::size_t digits = i;
        while (i < rtf.size() && i - digits < 10 && std::isdigit(static_cast<unsigned char>(rtf[i])))
            value = value * 10 + (rtf[i++] - '0');
        if (i > digits) parameter = negative ? -value : value;
        if (i < rtf.size() && rtf[i] == ' ') ++i;  // the delimiter belongs to the word
        control_word(word, parameter);
        return i;
    }

    std::size_t symbol(std::string_view rtf, std::size_t i) {
        const char c = rtf[i];
        switch (c) {
            case '\'': {
                if (i + 2 < rtf.size() && std::isxdigit(static_cast<unsigned char>(rtf[i + 1])) &&
                    std::isxdigit(static_cast<unsigned char>(rtf[i + 2]))) {
                    const std::string hex(rtf.substr(i + 1, 2));
                    character(static_cast<unsigned char>(std::stoi(hex, nullptr, 16)));
                    return i + 3;
                }
                return i + 1;
            }
            case '*':
                star_ = true;
                return i + 1;
            case '\\':
            case '{':
            case '}':
                character(static_cast<unsigned char>(c));
                return i + 1;
            case '~':
                utf8("\u00A0");
                return i + 1;
            case '_':
                utf8("-");
                return i + 1;
            case '\r':
            case '\n':
                utf8("\n");
                return i + 1;
            default:
                return i + 1;  // \- (optional hyphen), \| and the like: nothing to show
        }
    }

    void control_word(std::string_view word, std::optional<long> parameter) {
        const bool destination = star_;
        star_ = false;
        if (destination || is_hidden_destination(word)) {
            if (word == "htmltag" && html_) {
                top().htmltag = true;
                top().hidden = false;
            } else {
                top().hidden = true;
            }
            return;
        }
        if (word == "htmlrtf") {
            top().htmlrtf = !parameter || *parameter != 0;
        } else if (word == "par" || word == "line") {
            utf8("\n");
        } else if (word == "tab") {
            utf8("\t");
        } else if (word == "u" && parameter) {
            long code = *parameter;
            if (code < 0) code += 65536;
            std::string s;
            if (code > 0 && code < 0x110000) s = utf16_unit(static_cast<std::uint32_t>(code));
            utf8(s);
            skip_ = top().unicode_skip;
        } else if (word == "uc" && parameter) {
            top().unicode_skip = static_cast<int>(std::clamp<long>(*parameter, 0, 8));
        } else if (word == "ansicpg" && parameter && *parameter > 0) {
            flush();
            if (std::string charset = codepage_charset(static_cast<std::uint32_t>(*parameter)); !charset.empty())
                charset_ = charset;
        } else if (word == "lquote" || word == "rquote") {
            utf8(word == "lquote" ? "\u2018" : "\u2019");
        } else if (word == "ldblquote" || word == "rdblquote") {
            utf8(word == "ldblquote" ? "\u201C" : "\u201D");
        } else if (word == "bullet") {
            utf8("\u2022");
        } else if (word == "emdash" || word == "endash") {
            utf8(word == "emdash" ? "\u2014" : "\u2013");
        }
    }

    // One UTF-16 unit from \uN as UTF-8; a surrogate half (rare in mail bodies) becomes U+FFFD.
    std::string utf16_unit(std::uint32_t unit) {
        std::string bytes{static_cast<char>(unit & 0xFF), static_cast<char>(unit >> 8)};
        if (unit >= 0xD800 && unit <= 0xDFFF) return "\uFFFD";
        return utf16le_to_utf8(bytes);
    }

    bool html_;
    std::vector<GroupState> groups_;
    bool star_ = false;     // "\*" seen: the next control word names an ignorable destination
    int skip_ = 0;          // characters still to skip after a \uN
    std::string charset_ = "windows-1252";
    std::string pending_;   // bytes in charset_, not yet converted
    std::string out_;
};

bool is_encapsulated_html(std::string_view rtf) {
    // The \fromhtml1 marker sits in the header, before the first group of content.
    return rtf.substr(0, 1024).find("\\fromhtml1") != std::string_view::npos;
}

}  // namespace

RtfBody rtf_body(std::string_view rtf) { return RtfTextWriter(is_encapsulated_html(rtf)).run(rtf); }

}  // namespace inspraak::ingest::outlook
