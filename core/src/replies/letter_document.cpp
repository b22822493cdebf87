#include "replies/letter_document.hpp"

#include <pugixml.hpp>

#include "inspraak/text.hpp"
#include "word_markdown.hpp"
#include "wordml.hpp"

namespace inspraak::core {
namespace {

namespace wp = word_package;
namespace style = word_package::style;

// "{}" in a label replaced by a value; labels come from the catalogue with at most one.
std::string fill(const std::string& label, const std::string& value) {
    const auto at = label.find("{}");
    return at == std::string::npos ? label : label.substr(0, at) + value + label.substr(at + 2);
}

class LetterWriter {
public:
    LetterWriter(const LetterWording& wording, const wp::StyleSheet& styles) : wording_(wording), styles_(styles) {
        pugi::xml_node root = document_.append_child("w:document");
        root.append_attribute("xmlns:w") = wp::ns::w;
        root.append_attribute("xmlns:r") = wp::ns::r;
        body_ = root.append_child("w:body");
    }

    std::string write(const ReplyLetter& letter, const std::string& section_xml) {
        write_addressee(letter);
        write_memo_lines(letter);
        paragraph(style::normal, wording_.salutation);
        paragraph(style::normal, wording_.intro);
        write_points(letter);
        paragraph(style::heading1, wording_.general_heading);
        if (!text::trim(wording_.general_reaction).empty())
            wp::add_markdown(body_, wording_.general_reaction, id(style::normal), id(style::list_item));
        paragraph(style::normal, "");
        paragraph(style::normal, wording_.closing);
        if (!wording_.signature.empty()) paragraph(style::normal, wording_.signature);
        body_.append_buffer(section_xml.data(), section_xml.size());
        return wp::serialize(document_);
    }

private:
    std::string id(const char* ours) const { return styles_.id(ours); }

    pugi::xml_node paragraph(const char* ours, const std::string& text, const wp::RunFormat& format = {}) {
        pugi::xml_node p = wp::add_paragraph(body_, id(ours));
        if (!text.empty()) wp::add_run(p, text, format);
        return p;
    }

    // Name and organisation as a window envelope shows them; the e-mail address only where
    // there is nothing else to address the letter to.
    void write_addressee(const ReplyLetter& letter) {
        const Stakeholder& sender = letter.sender;
        for (const auto& line : {sender.name, sender.organisation})
            if (!text::trim(line).empty()) paragraph(style::normal, std::string(text::trim(line)));
        if (text::trim(sender.name).empty() && text::trim(sender.organisation).empty() && !sender.email.empty())
            paragraph(style::normal, sender.email);
        paragraph(style::normal, "");
    }

    void write_memo_lines(const ReplyLetter& letter) {
        for (const auto& [label, value] : {std::pair{wording_.date_label, wording_.date},
                                           std::pair{wording_.reference_label, letter.submission_id},
                                           std::pair{wording_.subject_label, wording_.subject}}) {
            pugi::xml_node p = wp::add_paragraph(body_, id(style::memo_line));
            wp::add_run(p, label + ":", {true, false, {}});
            wp::add_run(p, "\t" + value);
        }
        paragraph(style::normal, "");
    }

    void write_points(const ReplyLetter& letter) {
        paragraph(style::heading1, wording_.points_heading);
        if (letter.points.empty()) {
            paragraph(style::note, wording_.no_points);
            return;
        }
        int number = 0;
        for (const auto& point : letter.points) {
            paragraph(style::heading2, fill(wording_.point_label, std::to_string(++number)));
            paragraph(style::input, point.text);
            if (point.group_size > 1) paragraph(style::where, fill(wording_.campaign_note, std::to_string(point.group_size)));
            pugi::xml_node label = paragraph(style::reaction, wording_.reaction_label + ":", {true, false, {}});
            if (!point.approved && !point.reaction.empty())
                wp::add_run(label, " " + wording_.draft_mark, {false, false, id(style::draft_mark)});
            if (text::trim(point.reaction).empty())
                paragraph(style::note, wording_.no_reaction);
            else
                wp::add_markdown(body_, point.reaction, id(style::reaction), id(style::list_item));
        }
    }

    const LetterWording& wording_;
    const wp::StyleSheet& styles_;
    pugi::xml_document document_;
    pugi::xml_node body_;
};

}  // namespace

std::string letter_document_xml(const ReplyLetter& letter, const LetterWording& wording,
                                const word_package::StyleSheet& styles, const std::string& section_xml) {
    return LetterWriter(wording, styles).write(letter, section_xml);
}

}  // namespace inspraak::core
