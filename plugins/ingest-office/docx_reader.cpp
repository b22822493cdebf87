#include "docx_reader.hpp"

#include <map>
#include <memory>
#include <utility>

#include "docx_styles.hpp"
#include "office_reasons.hpp"
#include "xml_part.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::string_view extension = "docx";

bool is_hidden_run(const pugi::xml_node& run) {
    pugi::xml_node vanish = child_named(child_named(run, "rPr"), "vanish");
    if (!vanish) return false;
    std::string val = attribute_named(vanish, "val").value();
    return val.empty() || (val != "0" && val != "false" && val != "off");
}

// The visible, accepted text inside a paragraph (or any part of one).
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        std::string_view name = local_name(child);
        if (name == "t") {
            out += all_text(child);
        } else if (name == "tab" || name == "ptab" || name == "br" || name == "cr") {
            out += ' ';
        } else if (name == "noBreakHyphen") {
            out += '-';
        } else if (name == "r") {
            if (!is_hidden_run(child)) collect_text(child, out);
        } else if (name == "del" || name == "moveFrom" || name == "delText" || name == "delInstrText" ||
                   name == "instrText" || name == "pPr" || name == "rPr" || name == "sdtPr" ||
                   name == "Fallback" || name == "footnoteReference" || name == "endnoteReference" ||
                   name == "commentReference") {
            // deleted or moved-away text, field codes, properties, the second copy of a drawing,
            // and markers of comments and notes (their text lives in other parts)
        } else if (name == "txbxContent") {
            out += ' ';  // a text box's paragraphs are run on with the paragraph holding it
            collect_text(child, out);
            out += ' ';
        } else if (name == "p") {
            collect_text(child, out);
            out += ' ';
        } else {
            collect_text(child, out);  // w:ins, w:hyperlink, w:smartTag, w:fldSimple, w:sdtContent, ...
        }
    }
}

std::string paragraph_text(const pugi::xml_node& paragraph) {
    std::string text;
    collect_text(paragraph, text);
    return text;
}

// A cell's text: its paragraphs, and those of tables nested in it, one after another.
std::string cell_text(const pugi::xml_node& cell) {
    std::string text;
    for (pugi::xml_node child : cell.children()) {
        std::string_view name = local_name(child);
        if (name == "p") {
            text += paragraph_text(child) + ' ';
        } else if (name == "tbl" || name == "tr" || name == "tc" || name == "sdt" || name == "sdtContent" ||
                   name == "customXml" || name == "ins") {
            text += cell_text(child) + ' ';
        }
    }
    return text;
}

bool row_deleted(const pugi::xml_node& row) { return static_cast<bool>(child_named(child_named(row, "trPr"), "del")); }

void collect_rows(const pugi::xml_node& node, std::vector<TableRow>& rows) {
    for (pugi::xml_node child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "tr") {
            if (row_deleted(child)) continue;
            TableRow row;
            row.header = static_cast<bool>(child_named(child_named(child, "trPr"), "tblHeader"));
            for (pugi::xml_node cell : child.children()) {
                if (local_name(cell) == "tc") row.cells.push_back(cell_text(cell));
                else if (local_name(cell) == "sdt") row.cells.push_back(cell_text(child_named(cell, "sdtContent")));
            }
            rows.push_back(std::move(row));
        } else if (name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins") {
            collect_rows(child, rows);
        }
    }
}

class BodyWalker {
public:
    explicit BodyWalker(const DocxStyles& styles) : styles_(styles) {}

    void walk(const pugi::xml_node& container) {
        for (pugi::xml_node child : container.children()) {
            std::string_view name = local_name(child);
            if (name == "p") {
                paragraph(child);
            } else if (name == "tbl") {
                DocumentBlock table;
                table.kind = DocumentBlock::Kind::table;
                collect_rows(child, table.rows);
                blocks.push_back(std::move(table));
            } else if (name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" || name == "moveTo") {
                walk(child);  // content controls and tracked insertions of whole paragraphs
            }
        }
    }

    std::vector<DocumentBlock> blocks;

private:
    void paragraph(const pugi::xml_node& p) {
        DocumentBlock block;
        block.text = paragraph_text(p);
        pugi::xml_node properties = child_named(p, "pPr");
        if (auto level = styles_.heading_level(properties)) {
            block.kind = DocumentBlock::Kind::heading;
            block.level = std::min(*level, 6);
            // Word numbers headings itself ("3.1 Criteria") when their style is in a numbered
            // list; the number is not in the text, but the reader sees it and refers to it.
            if (auto list = styles_.list_info(properties); list && list->ordered)
                block.text = heading_number(*list) + " " + block.text;
        } else if (auto list = styles_.list_info(properties)) {
            block.kind = DocumentBlock::Kind::list_item;
            block.level = list->level;
            block.ordered = list->ordered;
            block.number = next_number(*list);
            block.list_id = "docx " + list->num_id;
        }
        if (block.text.find_first_not_of(' ') == std::string::npos) return;  // empty, or wholly deleted
        blocks.push_back(std::move(block));
    }

    // Word numbers each (list, level) on its own and restarts deeper levels after a shallower item.
    int next_number(const DocxListInfo& list) {
        auto& counters = counters_[list.num_id];
        for (auto it = counters.upper_bound(list.level); it != counters.end();) it = counters.erase(it);
        auto [it, inserted] = counters.try_emplace(list.level, list.start);
        if (!inserted) ++it->second;
        return it->second;
    }

    // "3.1": the counters of the heading's list from its top level down to its own.
    std::string heading_number(const DocxListInfo& list) {
        next_number(list);
        std::string number;
        for (const auto& [level, value] : counters_[list.num_id]) {
            if (level > list.level) break;
            number += (number.empty() ? "" : ".") + std::to_string(value);
        }
        return number;
    }

    const DocxStyles& styles_;
    std::map<std::string, std::map<int, int>> counters_;
};

}  // namespace

Result<DocumentBody> read_docx_body(ZipArchive& archive) {
    const std::string main_part = "word/document.xml";
    if (!archive.contains(main_part)) return Error{damaged(extension, main_part + " ontbreekt")};
    auto bytes = archive.read(main_part);
    if (!bytes) return as_damage(extension, bytes.error());
    auto document = parse_xml_part(*bytes, main_part);
    if (!document) return as_damage(extension, document.error());

    DocumentBody body;
    auto styles_xml = read_optional_part(archive, "word/styles.xml", body.warnings);
    if (!styles_xml) return styles_xml.error();
    auto numbering_xml = read_optional_part(archive, "word/numbering.xml", body.warnings);
    if (!numbering_xml) return numbering_xml.error();
    DocxStyles styles(**styles_xml, **numbering_xml);

    pugi::xml_node root = (*document)->document_element();
    pugi::xml_node content = child_named(root, "body");
    if (local_name(root) != "document" || !content) return Error{damaged(extension, main_part + " heeft geen w:body")};
    BodyWalker walker(styles);
    walker.walk(content);
    body.blocks = std::move(walker.blocks);
    return body;
}

}  // namespace inspraak::ingest
