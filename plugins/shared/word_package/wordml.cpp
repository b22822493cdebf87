#include "wordml.hpp"

#include <sstream>

namespace inspraak::word_package {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the UTF-8 sequence at text[i], or 0 when it is not valid UTF-8 or not allowed in
// XML 1.0 (surrogates, U+FFFE, U+FFFF).
std::size_t valid_sequence(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    char32_t code = 0;
    if (lead < 0x80U) return 1;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
        code = lead & 0x1FU;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        code = lead & 0x0FU;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        code = lead & 0x07U;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0U) != 0x80U) return 0;
        code = (code << 6U) | (byte(i + k) & 0x3FU);
    }
    const bool overlong = (length == 3 && code < 0x800U) || (length == 4 && code < 0x10000U);
    const bool not_xml = (code >= 0xD800U && code <= 0xDFFFU) || code == 0xFFFEU || code == 0xFFFFU || code > 0x10FFFFU;
    return overlong || not_xml ? 0 : length;
}

}  // namespace

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20U) {
            if (c == '\t' || c == '\n') out += static_cast<char>(c);
            ++i;  // '\r' and other control characters
            continue;
        }
        const std::size_t length = valid_sequence(text, i);
        if (length == 0) {
            out += replacement;
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string serialize(const pugi::xml_document& document) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    return out.str();
}

bool parse_part(pugi::xml_document& document, const std::string& bytes) {
    return static_cast<bool>(document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata));
}

pugi::xml_node paragraph_properties(pugi::xml_node paragraph) {
    pugi::xml_node properties = paragraph.child("w:pPr");
    if (!properties) properties = paragraph.prepend_child("w:pPr");
    return properties;
}

pugi::xml_node set_child_value(pugi::xml_node parent, const char* element, std::string_view value,
                               const char* attribute) {
    pugi::xml_node child = parent.child(element);
    if (!child) child = parent.append_child(element);
    pugi::xml_attribute attr = child.attribute(attribute);
    if (!attr) attr = child.append_attribute(attribute);
    attr.set_value(std::string(value).c_str());
    return child;
}

pugi::xml_node add_paragraph(pugi::xml_node parent, const std::string& style_id) {
    pugi::xml_node paragraph = parent.append_child("w:p");
    if (!style_id.empty()) set_child_value(paragraph_properties(paragraph), "w:pStyle", style_id);
    return paragraph;
}

pugi::xml_node add_run(pugi::xml_node paragraph, std::string_view text, const RunFormat& format) {
    pugi::xml_node run = paragraph.append_child("w:r");
    if (format.bold || format.italic || !format.character_style.empty()) {
        pugi::xml_node properties = run.append_child("w:rPr");
        if (!format.character_style.empty()) set_child_value(properties, "w:rStyle", format.character_style);
        if (format.bold) properties.append_child("w:b");
        if (format.italic) properties.append_child("w:i");
    }
    const std::string safe = xml_safe(text);
    std::string piece;
    const auto flush = [&] {
        if (piece.empty()) return;
        pugi::xml_node t = run.append_child("w:t");
        t.append_attribute("xml:space") = "preserve";
        t.text().set(piece.c_str());
        piece.clear();
    };
    for (const char c : safe) {
        if (c == '\t' || c == '\n') {
            flush();
            run.append_child(c == '\t' ? "w:tab" : "w:br");
        } else {
            piece += c;
        }
    }
    flush();
    return run;
}

}  // namespace inspraak::word_package

namespace inspraak::word_package {

pugi::xml_node add_tracked_run(pugi::xml_node paragraph, std::string_view text, TrackedKind kind,
                               const TrackedChange& revision, int id) {
    const bool inserted = kind == TrackedKind::insertion;
    pugi::xml_node change = paragraph.append_child(inserted ? "w:ins" : "w:del");
    change.append_attribute("w:id") = id;
    change.append_attribute("w:author") = revision.author.c_str();
    if (!revision.date.empty()) change.append_attribute("w:date") = revision.date.c_str();
    // A deletion's text is <w:delText>: Word reads a <w:t> inside <w:del> as damage.
    pugi::xml_node t = change.append_child("w:r").append_child(inserted ? "w:t" : "w:delText");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(xml_safe(text).c_str());
    return change;
}

std::string revision_date(std::string_view iso_date) {
    const auto digits = [&](size_t from, size_t count) {
        for (size_t i = from; i < from + count; ++i)
            if (i >= iso_date.size() || iso_date[i] < '0' || iso_date[i] > '9') return false;
        return true;
    };
    if (iso_date.size() < 10 || !digits(0, 4) || iso_date[4] != '-' || !digits(5, 2) || iso_date[7] != '-' ||
        !digits(8, 2))
        return {};
    return std::string(iso_date.substr(0, 10)) + "T00:00:00Z";
}

}  // namespace inspraak::word_package
