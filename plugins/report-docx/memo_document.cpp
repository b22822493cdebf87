#include "memo_document.hpp"

#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "inspraak/report_stream.hpp"
#include "inspraak/report_view.hpp"
#include "inspraak/text.hpp"
#include "word_markdown.hpp"
#include "wordml.hpp"

namespace inspraak::report_docx {
namespace {

using report::make_point_view;

using Data = kainjow::mustache::data;

constexpr const char* separator = " \u00B7 ";  // " · "
// Where the rows go in the document around them: comments no other part of the memo writes.
constexpr const char* rows_marker = "inspraak-rows";
constexpr const char* annex_marker = "inspraak-annex:";

std::string value(const Data& data, const char* key) {
    const Data* found = data.get(key);
    return found != nullptr && found->is_string() ? found->string_value() : std::string{};
}

bool flag(const Data& data, const char* key) {
    const Data* found = data.get(key);
    return found != nullptr && found->is_true();
}

const kainjow::mustache::basic_list<std::string>& items(const Data& data, const char* key) {
    static const kainjow::mustache::basic_list<std::string> none;
    const Data* found = data.get(key);
    return found != nullptr && found->is_list() ? found->list_value() : none;
}

std::string label(const nlohmann::json& labels, const char* key, const std::string& fallback = {}) {
    const auto found = labels.find(key);
    return found != labels.end() && found->is_string() ? found->get<std::string>() : fallback;
}

class MemoWriter {
public:
    MemoWriter(const ReportHead& head, const nlohmann::json& labels, const StyleSheet& styles, const MemoPage& page)
        : model_(head), labels_(labels), styles_(styles), page_(page) {
        pugi::xml_node root = document_.append_child("w:document");
        root.append_attribute("xmlns:w") = ns::w;
        root.append_attribute("xmlns:r") = ns::r;
        body_ = root.append_child("w:body");
    }

    // The document around the rows, with a comment where the table's rows and each annex's rows
    // go (see write_memo_document).
    std::string write(const Data& view) {
        write_heading(view);
        write_general();
        write_points(view);
        bool first_annex = true;
        for (const auto& annex : items(view, "annexes")) {
            write_annex(annex, first_annex);
            first_annex = false;
        }
        if (flag(view, "has_framework_changes")) write_changes_annex(view, first_annex);
        write_problems(view);
        body_.append_buffer(page_.section_xml.data(), page_.section_xml.size());
        return serialize(document_);
    }

    // The rows of the table for one submission: a full-width row with the sender, then its points.
    std::string sender_row(const std::string& sender) {
        pugi::xml_document fragment;
        pugi::xml_node row = fragment.append_child("w:tr");
        row.append_child("w:trPr").append_child("w:cantSplit");
        paragraph(cell(row, left_ + right_, 2), style::sender, sender);
        return printed(fragment);
    }
    std::string point_row(const ReportPoint& point) {
        pugi::xml_document fragment;
        write_point_row(fragment, make_point_view(point, labels_), point.group_size, left_, right_);
        return printed(fragment);
    }
    // One row of an annex: the sender first when it differs from the row before.
    std::string annex_row(const ReportPoint& point, bool first) {
        pugi::xml_document fragment;
        const Data view = make_point_view(point, labels_);
        const std::string sender = value(view, "label");
        if (first || sender != previous_sender_) paragraph(fragment, style::sender, sender);
        previous_sender_ = sender;
        paragraph(fragment, style::input, value(view, "text"));
        write_campaign(fragment, view, point.group_size);
        paragraph(fragment, style::where, value(view, "where") + separator + value(view, "id"));
        return printed(fragment);
    }

private:
    std::string style(const char* ours) const { return styles_.id(ours); }

    pugi::xml_node paragraph(pugi::xml_node parent, const char* ours, const std::string& text) {
        pugi::xml_node p = add_paragraph(parent, style(ours));
        if (!text.empty()) add_run(p, text);
        return p;
    }

    void write_heading(const Data& view) {
        paragraph(body_, style::title, label(labels_, "memo"));
        for (const auto& [key, text] : {std::pair{"subject", value(view, "title")}, std::pair{"date", value(view, "date")}}) {
            pugi::xml_node p = add_paragraph(body_, style(style::memo_line));
            add_run(p, label(labels_, key) + ":", {true, false, {}});
            add_run(p, "\t" + text);
        }
    }

    void write_general() {
        paragraph(body_, style::heading1, label(labels_, "general_reaction"));
        if (text::trim(model_.general_reaction).empty()) {
            paragraph(body_, style::note, label(labels_, "general_reaction_missing"));
        } else {
            add_markdown(body_, model_.general_reaction, style(style::normal), style(style::list_item));
        }
    }

    // The small line under a point: where it belongs in the framework, its route, its id.
    std::string where_line(const Data& point) const {
        std::string line = value(point, "where");
        const std::string route = value(point, "route_name");
        if (!route.empty()) line += separator + label(labels_, "route") + ": " + route;
        return line + separator + value(point, "id");
    }

    // A campaign: this row stands for several identical responses. The SDK's view says so in
    // group_label where it has it; otherwise the count comes from the model.
    void write_campaign(pugi::xml_node parent, const Data& point, int size) {
        std::string text = value(point, "group_label");
        if (text.empty() && size > 1) text = identical_responses(size, labels_, model_.language);
        if (!text.empty()) paragraph(parent, style::where, text);
    }

    pugi::xml_node cell(pugi::xml_node row, int width, int span = 1) {
        pugi::xml_node tc = row.append_child("w:tc");
        pugi::xml_node properties = tc.append_child("w:tcPr");
        pugi::xml_node tc_width = properties.append_child("w:tcW");
        tc_width.append_attribute("w:w") = width;
        tc_width.append_attribute("w:type") = "dxa";
        if (span > 1) set_child_value(properties, "w:gridSpan", std::to_string(span));
        return tc;
    }

    void write_points(const Data& view) {
        paragraph(body_, style::heading1, label(labels_, "points"));
        if (!flag(view, "has_points")) {
            paragraph(body_, style::note, label(labels_, "no_points"));
            return;
        }
        const int width = page_.text_width > 0 ? page_.text_width : 9070;
        const int left = width / 2;
        const int right = width - left;
        left_ = left;
        right_ = right;

        pugi::xml_node table = body_.append_child("w:tbl");
        pugi::xml_node properties = table.append_child("w:tblPr");
        set_child_value(properties, "w:tblStyle", style(style::table));
        pugi::xml_node table_width = properties.append_child("w:tblW");
        table_width.append_attribute("w:w") = 5000;  // fiftieths of a percent: 100%
        table_width.append_attribute("w:type") = "pct";
        set_child_value(properties, "w:tblLayout", "fixed", "w:type");
        pugi::xml_node look = properties.append_child("w:tblLook");
        look.append_attribute("w:val") = "04A0";
        look.append_attribute("w:firstRow") = 1;
        look.append_attribute("w:lastRow") = 0;
        look.append_attribute("w:firstColumn") = 0;
        look.append_attribute("w:lastColumn") = 0;
        look.append_attribute("w:noHBand") = 1;
        look.append_attribute("w:noVBand") = 1;
        pugi::xml_node grid = table.append_child("w:tblGrid");
        grid.append_child("w:gridCol").append_attribute("w:w") = left;
        grid.append_child("w:gridCol").append_attribute("w:w") = right;

        // The header row repeats on every page.
        pugi::xml_node header = table.append_child("w:tr");
        pugi::xml_node header_properties = header.append_child("w:trPr");
        header_properties.append_child("w:cantSplit");
        header_properties.append_child("w:tblHeader");
        paragraph(cell(header, left), style::table_header, label(labels_, "input"));
        paragraph(cell(header, right), style::table_header, label(labels_, "reaction"));

        // The rows, per submission: written in their place as they are read.
        table.append_child(pugi::node_comment).set_value(rows_marker);
        // A paragraph after the table, so that the next heading does not stick to it.
        add_paragraph(body_, style(style::normal));
    }

    void write_point_row(pugi::xml_node table, const Data& point, int group_size, int left, int right) {
        pugi::xml_node row = table.append_child("w:tr");
        pugi::xml_node input = cell(row, left);
        paragraph(input, style::input, value(point, "text"));
        write_campaign(input, point, group_size);
        paragraph(input, style::where, where_line(point));

        pugi::xml_node reaction = cell(row, right);
        if (flag(point, "is_draft")) {
            pugi::xml_node mark = add_paragraph(reaction, style(style::reaction));
            add_run(mark, label(labels_, "draft"), {false, false, style(style::draft_mark)});
        }
        if (flag(point, "has_reaction")) {
            add_markdown(reaction, value(point, "reaction"), style(style::reaction), style(style::list_item));
        } else {
            paragraph(reaction, style::note, label(labels_, "reaction_missing"));
        }
    }

    void write_annex(const Data& annex, bool first) {
        const std::string title = label(labels_, "annex") + " " + value(annex, "number") + ": " +
                                  label(labels_, "annex_input_for") + " " + value(annex, "name");
        pugi::xml_node heading = paragraph(body_, style::heading1, title);
        // Annexes start on a new page, like the appendices of a memo.
        if (first) paragraph_properties(heading).append_child("w:pageBreakBefore");
        paragraph(body_, style::note, label(labels_, "annex_intro"));
        // The annex's rows: written in their place as they are read.
        body_.append_child(pugi::node_comment).set_value((annex_marker + value(annex, "id")).c_str());
    }

    // The annex "Wijzigingen in het kader": per change a line saying what and where, the text with
    // the difference as Word's tracked changes (so that Word and LibreOffice show the deletions
    // and insertions as revisions by "inspraak", dated the round's date), and the points that
    // led to it.
    void write_changes_annex(const Data& view, bool first) {
        const std::string title =
            label(labels_, "annex") + " " + value(view, "changes_annex_number") + ": " + label(labels_, "changes_annex");
        pugi::xml_node heading = paragraph(body_, style::heading1, title);
        if (first) paragraph_properties(heading).append_child("w:pageBreakBefore");
        paragraph(body_, style::note, label(labels_, "changes_intro"));
        const TrackedChange revision{"inspraak", revision_date(model_.date)};
        for (const auto& change : items(view, "framework_changes")) {
            paragraph(body_, style::sender,
                      value(change, "number") + separator + value(change, "where") + separator + value(change, "kind_label"));
            if (flag(change, "is_moved") && !value(change, "moved_from").empty())
                paragraph(body_, style::where, value(change, "moved_from"));
            pugi::xml_node text = add_paragraph(body_, style(style::input));
            for (const auto& segment : items(change, "diff")) {
                if (flag(segment, "is_ins")) {
                    add_tracked_run(text, value(segment, "text"), TrackedKind::insertion, revision, ++revision_id_);
                } else if (flag(segment, "is_del")) {
                    add_tracked_run(text, value(segment, "text"), TrackedKind::deletion, revision, ++revision_id_);
                } else {
                    add_run(text, value(segment, "text"));
                }
            }
            paragraph(body_, style::where, label(labels_, "change_points") + ": " + value(change, "points_line"));
        }
    }

    void write_problems(const Data& view) {
        if (!flag(view, "has_problems")) return;
        paragraph(body_, style::heading1, label(labels_, "problems"));
        paragraph(body_, style::note, label(labels_, "problems_intro"));
        for (const auto& problem : items(view, "problems")) paragraph(body_, style::list_item, value(problem, "text"));
    }

    static std::string printed(const pugi::xml_document& fragment) {
        std::ostringstream out;
        for (pugi::xml_node node : fragment.children())
            node.print(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
        return out.str();
    }

    const ReportHead& model_;
    const nlohmann::json& labels_;
    const StyleSheet& styles_;
    const MemoPage& page_;
    int left_ = 0, right_ = 0;     // the table's columns
    std::string previous_sender_;  // of the annex row before
    int revision_id_ = 0;  // w:id of the tracked changes, unique in the document
    pugi::xml_document document_;
    pugi::xml_node body_;
};

}  // namespace

std::string identical_responses(int count, const nlohmann::json& labels, const std::string& language) {
    std::string text = label(labels, "identical_responses", language == "en" ? "{n} identical responses"
                                                                              : "{n} gelijkluidende reacties");
    const std::string number = std::to_string(count);
    if (text.find("{n}") == std::string::npos) return number + " " + text;
    for (auto at = text.find("{n}"); at != std::string::npos; at = text.find("{n}", at + number.size())) {
        text.replace(at, 3, number);
    }
    return text;
}

void write_memo_document(ReportSource& source, const nlohmann::json& labels, const Data& view, const StyleSheet& styles,
                         const MemoPage& page, const std::function<void(std::string_view)>& out) {
    MemoWriter writer(source.head(), labels, styles, page);
    const std::string document = writer.write(view);
    // pugixml writes a comment as <!--text--> and escapes no '-' in it: the markers come out as set.
    const std::string rows = std::string("<!--") + rows_marker + "-->";
    const std::string annex = std::string("<!--") + annex_marker;
    std::size_t copied = 0;
    for (std::size_t at = document.find("<!--inspraak-", copied); at != std::string::npos;
         at = document.find("<!--inspraak-", copied)) {
        out(std::string_view(document).substr(copied, at - copied));
        if (document.compare(at, rows.size(), rows) == 0) {
            copied = at + rows.size();
            std::string submission;
            bool first = true;
            report::for_each_point(source, {}, [&](const ReportEntry& entry) {
                if (first || entry.point.submission_id != submission) out(writer.sender_row(entry.point.label));
                first = false;
                submission = entry.point.submission_id;
                out(writer.point_row(entry.point));
            });
        } else {
            const std::size_t end = document.find("-->", at);
            ReportPointFilter filter;
            filter.route = document.substr(at + annex.size(), end - at - annex.size());
            copied = end + 3;
            bool first = true;
            report::for_each_point(source, filter, [&](const ReportEntry& entry) {
                out(writer.annex_row(entry.point, first));
                first = false;
            });
        }
    }
    out(std::string_view(document).substr(copied));
}

}  // namespace inspraak::report_docx
