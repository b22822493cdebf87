#include "html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

// Builds the text: a line is started only when visible text arrives, so empty elements leave no
// stray blank lines behind.
class TextWriter {
public:
    void text(std::string_view s) {
        for (size_t i = 0; i < s.size();) {
            if (size_t space = space_length(s, i)) {
                if (!at_line_start()) space_pending_ = true;
                i += space;
                continue;
            }
            size_t start = i;
            while (i < s.size() && space_length(s, i) == 0) next_char(s, i);
            emit(s.substr(start, i - start));
        }
    }

    // Text inside <pre>: line breaks and spacing are kept.
    void preformatted(std::string_view s) {
        size_t start = 0;
        for (size_t i = 0; i <= s.size(); ++i) {
            if (i == s.size() || s[i] == '\n') {
                std::string_view line = s.substr(start, i - start);
                if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
                if (!text::trim(line).empty()) emit(line);
                if (i < s.size()) hard_break();
                start = i + 1;
            }
        }
    }

    void block_break(int breaks) {
        if (out_.empty()) return;
        pending_breaks_ = std::max(pending_breaks_, breaks);
        space_pending_ = false;
    }

    // <br>, and an empty paragraph: one more line break than was already pending.
    void hard_break() {
        if (out_.empty()) return;
        pending_breaks_ = std::min(2, pending_breaks_ + 1);
        space_pending_ = false;
    }

    int pending() const { return pending_breaks_; }
    void restore_pending(int breaks) { pending_breaks_ = std::clamp(breaks, 0, 2); }
    void set_marker(std::string marker) { marker_ = std::move(marker); }
    void push_quote() { quote_depth_++; }
    void pop_quote() { quote_depth_--; }
    size_t length() const { return out_.size(); }
    std::string take() { return std::move(out_); }

private:
    // The length in bytes of the whitespace character at `i`, 0 if there is none.
    static size_t space_length(std::string_view s, size_t i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;  // no-break space
        return 0;
    }

    static void next_char(std::string_view s, size_t& i) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }

    bool at_line_start() const { return out_.empty() || out_.back() == '\n' || pending_breaks_ > 0; }

    void emit(std::string_view word) {
        if (out_.empty() || pending_breaks_ > 0) {
            if (!out_.empty()) {
                out_ += '\n';
                // A blank line inside a quote stays quoted; one at the quote's edge does not.
                if (pending_breaks_ > 1) out_ += quote_prefix(std::min(line_quote_depth_, quote_depth_), false) + "\n";
            }
            pending_breaks_ = 0;
            space_pending_ = false;
            line_quote_depth_ = quote_depth_;
            out_ += quote_prefix(quote_depth_, true);
        }
        if (!marker_.empty()) {
            out_ += marker_;
            marker_.clear();
            space_pending_ = false;
        }
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
        out_.append(word);
    }

    static std::string quote_prefix(int depth, bool with_space) {
        if (depth <= 0) return {};
        std::string prefix(static_cast<size_t>(depth), '>');
        if (with_space) prefix += ' ';
        return prefix;
    }

    std::string out_;
    std::string marker_;
    int pending_breaks_ = 0;
    int quote_depth_ = 0;
    int line_quote_depth_ = 0;  // the quote depth of the line being written
    bool space_pending_ = false;
};

bool name_is(const xmlNode* node, const char* name) {
    return node->name != nullptr && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool name_in(const xmlNode* node, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return name_is(node, n); });
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

struct ListState {
    bool ordered = false;
    int counter = 0;
};

class HtmlWalker {
public:
    std::string run(xmlNode* root) {
        walk(root);
        return writer_.take();
    }

private:
    void walk_children(xmlNode* node) {
        // Absurdly deep nesting is read as plain text, so that the recursion stays bounded.
        if (++depth_ > kMaxDepth) {
            xmlChar* content = xmlNodeGetContent(node);
            if (content != nullptr) writer_.text(reinterpret_cast<const char*>(content));
            xmlFree(content);
        } else {
            for (xmlNode* child = node->children; child != nullptr; child = child->next) walk(child);
        }
        --depth_;
    }

    static constexpr int kMaxDepth = 200;
    int depth_ = 0;

    void walk(xmlNode* node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            const char* content = reinterpret_cast<const char*>(node->content);
            if (content == nullptr) return;
            if (in_pre_ > 0) {
                writer_.preformatted(content);
            } else {
                writer_.text(content);
            }
            return;
        }
        if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE &&
            node->type != XML_HTML_DOCUMENT_NODE) {
            return;
        }
        if (node->type != XML_ELEMENT_NODE) {
            walk_children(node);
            return;
        }
        if (name_in(node, {"head", "script", "style", "title", "noscript", "template", "meta", "link", "img",
                           "object", "svg", "iframe", "select", "button"}))
            return;
        if (name_is(node, "br")) {
            writer_.hard_break();
            return;
        }
        if (name_is(node, "hr")) {
            writer_.block_break(2);
            return;
        }
        if (name_in(node, {"h1", "h2", "h3", "h4", "h5", "h6"})) {
            writer_.block_break(2);
            writer_.set_marker(std::string(static_cast<size_t>(node->name[1] - '0'), '#') + " ");
            walk_children(node);
            writer_.set_marker({});
            writer_.block_break(2);
            return;
        }
        if (name_is(node, "ul") || name_is(node, "ol")) {
            writer_.block_break(lists_.empty() ? 2 : 1);
            lists_.push_back({name_is(node, "ol"), 0});
            walk_children(node);
            lists_.pop_back();
            writer_.block_break(lists_.empty() ? 2 : 1);
            return;
        }
        if (name_is(node, "li")) {
            writer_.block_break(1);
            std::string indent(lists_.empty() ? 0 : 2 * (lists_.size() - 1), ' ');
            if (!lists_.empty() && lists_.back().ordered) {
                writer_.set_marker(indent + std::to_string(++lists_.back().counter) + ". ");
            } else {
                writer_.set_marker(indent + "- ");
            }
            walk_children(node);
            writer_.set_marker({});
            writer_.block_break(1);
            return;
        }
        if (name_is(node, "blockquote")) {
            writer_.block_break(1);
            writer_.push_quote();
            walk_children(node);
            writer_.pop_quote();
            writer_.block_break(1);
            return;
        }
        if (name_is(node, "pre")) {
            writer_.block_break(2);
            ++in_pre_;
            walk_children(node);
            --in_pre_;
            writer_.block_break(2);
            return;
        }
        if (name_is(node, "p")) {
            // Outlook writes every line as <p class=MsoNormal> and a blank line as an empty one.
            const bool line_style = attribute(node, "class").rfind("Mso", 0) == 0;
            walk_block(node, line_style ? 1 : 2);
            return;
        }
        if (name_in(node, {"div", "address", "article", "aside", "center", "dd", "dl", "dt", "fieldset", "figure",
                           "figcaption", "footer", "form", "header", "main", "nav", "section", "table", "tbody",
                           "thead", "tfoot", "tr", "caption", "details", "summary"})) {
            walk_block(node, name_in(node, {"table", "section", "article"}) ? 2 : 1);
            return;
        }
        if (name_in(node, {"td", "th"})) {
            writer_.text(" ");
            walk_children(node);
            writer_.text(" ");
            return;
        }
        walk_children(node);  // inline: a, span, b, i, font, o:p, ...
    }

    // A block that shows nothing leaves no paragraph break behind (libxml2, like a browser, turns a
    // stray </p> into an empty <p>), but an empty line-style block (<div><br></div>, Outlook's
    // <p class=MsoNormal>&nbsp;</p>) is how mail editors write a blank line.
    void walk_block(xmlNode* node, int breaks) {
        const int pending_before = writer_.pending();
        writer_.block_break(breaks);
        const size_t before = writer_.length();
        walk_children(node);
        if (writer_.length() != before) {
            writer_.block_break(breaks);
            return;
        }
        if (breaks == 1) {
            writer_.hard_break();
        } else {
            writer_.restore_pending(pending_before);
        }
    }

    TextWriter writer_;
    std::vector<ListState> lists_;
    int in_pre_ = 0;
};

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

std::string html_to_text(std::string_view html) {
    if (text::trim(html).empty()) return {};
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
    if (!doc) return {};
    HtmlWalker walker;
    return walker.run(reinterpret_cast<xmlNode*>(doc.get()));
}

}  // namespace inspraak::ingest
