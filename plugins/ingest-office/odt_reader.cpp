#include "odt_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

#include "office_reasons.hpp"
#include "xml_part.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::string_view extension = "odt";

struct ListLevel {
    bool ordered = false;
    int start = 1;
};
using ListStyles = std::map<std::string, std::map<int, ListLevel>>;  // style name -> level (1-based)

void read_list_styles(const pugi::xml_node& node, ListStyles& into, int depth = 0) {
    if (depth > 4) return;  // list styles sit in office:styles or office:automatic-styles
    for (pugi::xml_node child : node.children()) {
        if (local_name(child) == "list-style") {
            auto& levels = into[attribute_named(child, "name").value()];
            for (pugi::xml_node level : child.children()) {
                ListLevel l;
                std::string_view kind = local_name(level);
                if (kind != "list-level-style-number" && kind != "list-level-style-bullet" && kind != "list-level-style-image")
                    continue;
                std::string format = attribute_named(level, "num-format").value();
                l.ordered = kind == "list-level-style-number" && !format.empty();
                l.start = std::max(1, std::atoi(attribute_named(level, "start-value").as_string("1")));
                levels[std::atoi(attribute_named(level, "level").as_string("1"))] = l;
            }
        } else if (local_name(child) == "styles" || local_name(child) == "automatic-styles") {
            read_list_styles(child, into, depth + 1);
        }
    }
}

// The visible text inside a paragraph or heading.
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
            continue;
        }
        if (child.type() != pugi::node_element) continue;
        std::string_view name = local_name(child);
        if (name == "s") {
            int count = std::clamp(std::atoi(attribute_named(child, "c").as_string("1")), 1, 64);
            out.append(static_cast<size_t>(count), ' ');
        } else if (name == "tab" || name == "line-break") {
            out += ' ';
        } else if (name == "annotation" || name == "note" || name == "tracked-changes" || name == "change" ||
                   name == "title" || name == "desc") {
            // comments, footnotes and endnotes, the marker of a deletion, an image's alt text
        } else if (name == "p" || name == "h") {
            collect_text(child, out);  // inside a text box
            out += ' ';
        } else {
            collect_text(child, out);  // text:span, text:a, text:change-start..end (insertions), ...
        }
    }
}

std::string text_of(const pugi::xml_node& node) {
    std::string text;
    collect_text(node, text);
    return text;
}

// A cell's text: its paragraphs, lists and nested tables, one after another.
std::string cell_text(const pugi::xml_node& cell) {
    std::string text;
    for (pugi::xml_node child : cell.children()) {
        std::string_view name = local_name(child);
        if (name == "p" || name == "h") text += text_of(child) + ' ';
        else if (name == "list" || name == "list-item" || name == "table" || name == "table-row" ||
                 name == "table-cell" || name == "section" || name == "table-rows" || name == "table-header-rows")
            text += cell_text(child) + ' ';
    }
    return text;
}

void collect_rows(const pugi::xml_node& node, bool header, std::vector<TableRow>& rows) {
    for (pugi::xml_node child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "table-row") {
            TableRow row;
            row.header = header;
            for (pugi::xml_node cell : child.children()) {
                if (local_name(cell) != "table-cell") continue;  // covered cells belong to a merged one
                std::string text = cell_text(cell);
                int repeated = std::clamp(std::atoi(attribute_named(cell, "number-columns-repeated").as_string("1")), 1, 64);
                // Repeated empty cells pad a row to the table's width: one is enough.
                if (text.find_first_not_of(' ') == std::string::npos) repeated = 1;
                for (int i = 0; i < repeated; ++i) row.cells.push_back(text);
            }
            rows.push_back(std::move(row));
        } else if (name == "table-header-rows") {
            collect_rows(child, true, rows);
        } else if (name == "table-rows" || name == "table-row-group") {
            collect_rows(child, header, rows);
        }
    }
}

class BodyWalker {
public:
    explicit BodyWalker(const ListStyles& list_styles) : list_styles_(list_styles) {}

    void walk(const pugi::xml_node& container) {
        for (pugi::xml_node child : container.children()) {
            std::string_view name = local_name(child);
            if (name == "h") {
                DocumentBlock block;
                block.kind = DocumentBlock::Kind::heading;
                block.level = std::clamp(std::atoi(attribute_named(child, "outline-level").as_string("1")), 1, 6);
                block.text = text_of(child);
                add(std::move(block));
            } else if (name == "p") {
                DocumentBlock block;
                block.text = text_of(child);
                add(std::move(block));
            } else if (name == "list") {
                list_id_ = "odt " + std::to_string(++lists_);
                list(child, 0, "");
            } else if (name == "table") {
                DocumentBlock table;
                table.kind = DocumentBlock::Kind::table;
                collect_rows(child, false, table.rows);
                blocks.push_back(std::move(table));
            } else if (name == "section") {
                walk(child);
            }
            // text:tracked-changes, text:table-of-content, declarations and forms are no input
        }
    }

    std::vector<DocumentBlock> blocks;

private:
    void add(DocumentBlock block) {
        if (block.text.find_first_not_of(' ') == std::string::npos) return;
        blocks.push_back(std::move(block));
    }

    void list(const pugi::xml_node& node, int depth, std::string style) {
        if (depth > 16) return;
        if (pugi::xml_attribute own = attribute_named(node, "style-name")) style = own.value();  // nested lists inherit
        ListLevel level;
        if (auto s = list_styles_.find(style); s != list_styles_.end())
            if (auto l = s->second.find(depth + 1); l != s->second.end()) level = l->second;
        int number = level.start;
        for (pugi::xml_node item : node.children()) {
            std::string_view name = local_name(item);
            if (name != "list-item" && name != "list-header") continue;
            if (pugi::xml_attribute restart = attribute_named(item, "start-value")) number = restart.as_int(number);
            DocumentBlock block;
            block.kind = name == "list-item" ? DocumentBlock::Kind::list_item : DocumentBlock::Kind::paragraph;
            block.level = depth;
            block.ordered = level.ordered;
            block.number = number;
            block.list_id = list_id_;
            std::vector<pugi::xml_node> nested;
            for (pugi::xml_node part : item.children()) {
                std::string_view part_name = local_name(part);
                if (part_name == "p" || part_name == "h") block.text += text_of(part) + ' ';
                else if (part_name == "list") nested.push_back(part);
            }
            if (block.text.find_first_not_of(' ') != std::string::npos) {
                add(std::move(block));
                if (name == "list-item") ++number;
            }
            for (const pugi::xml_node& inner : nested) list(inner, depth + 1, style);
        }
    }

    const ListStyles& list_styles_;
    int lists_ = 0;
    std::string list_id_;  // the top-level list being walked
};

}  // namespace

Result<DocumentBody> read_odt_body(ZipArchive& archive) {
    DocumentBody body;
    // Encrypted parts are still listed in the archive; the manifest says they are encrypted.
    if (archive.contains("META-INF/manifest.xml")) {
        auto manifest = archive.read("META-INF/manifest.xml");
        if (!manifest) return as_damage(extension, manifest.error());
        if (manifest->find("encryption-data") != std::string::npos) return Error{std::string(encrypted_reason)};
    }

    const std::string main_part = "content.xml";
    if (!archive.contains(main_part)) return Error{damaged(extension, main_part + " ontbreekt")};
    auto bytes = archive.read(main_part);
    if (!bytes) return as_damage(extension, bytes.error());
    auto content = parse_xml_part(*bytes, main_part);
    if (!content) return as_damage(extension, content.error());

    ListStyles list_styles;
    auto styles = read_optional_part(archive, "styles.xml", body.warnings);
    if (!styles) return styles.error();
    read_list_styles((*styles)->document_element(), list_styles);
    pugi::xml_node root = (*content)->document_element();
    read_list_styles(root, list_styles);  // automatic styles in content.xml win

    pugi::xml_node text = child_named(child_named(root, "body"), "text");
    if (!text) return Error{damaged(extension, main_part + " bevat geen tekstdocument (office:text)")};
    BodyWalker walker(list_styles);
    walker.walk(text);
    body.blocks = std::move(walker.blocks);
    return body;
}

}  // namespace inspraak::ingest
