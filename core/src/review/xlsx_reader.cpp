#include "review/xlsx_reader.hpp"

#include <fmt/core.h>
#include <pugixml.hpp>
#include <zip.h>

#include <charconv>
#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

#include "util/files.hpp"

namespace inspraak::core {
namespace {

// Larger parts are refused: a review sheet is a few megabytes, a zip bomb is not.
constexpr zip_uint64_t max_part_size = 256ULL * 1024 * 1024;
constexpr int max_columns = 16384;   // XFD, Excel's last column
constexpr int max_rows = 1048576;    // Excel's last row

using ZipPtr = std::unique_ptr<zip_t, decltype(&zip_discard)>;

class Package {
public:
    Package(const std::string& bytes, const std::string& name) : name_(name), zip_(nullptr, &zip_discard) {
        if (bytes.empty()) throw XlsxError(Message{"xlsx.empty", {name}});
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source == nullptr) throw XlsxError(Message{"xlsx.bad_zip", {name}});
        zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (archive == nullptr) {
            zip_source_free(source);
            zip_error_fini(&error);
            throw XlsxError(Message{"xlsx.not_zip", {name}});
        }
        zip_.reset(archive);
    }

    std::optional<std::string> part(const std::string& entry) const {
        zip_int64_t index = zip_name_locate(zip_.get(), entry.c_str(), 0);
        if (index < 0) return std::nullopt;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
            throw XlsxError(Message{"xlsx.part_unreadable", {name_, entry}});
        if (stat.size > max_part_size) throw XlsxError(Message{"xlsx.part_too_large", {name_, entry}});
        zip_file_t* file = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
        if (file == nullptr) throw XlsxError(Message{"xlsx.part_encrypted", {name_, entry}});
        std::string content(static_cast<size_t>(stat.size), '\0');
        zip_int64_t read = zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
            throw XlsxError(Message{"xlsx.part_unreadable", {name_, entry}});
        return content;
    }

    pugi::xml_document xml(const std::string& entry, bool required) const {
        pugi::xml_document doc;
        auto content = part(entry);
        if (!content) {
            if (required) throw XlsxError(Message{"xlsx.part_missing", {name_, entry}});
            return doc;
        }
        // parse_ws_pcdata_single keeps a cell that holds only spaces (<t xml:space="preserve"> </t>).
        auto result = doc.load_buffer(content->data(), content->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
        if (!result) throw XlsxError(Message{"xlsx.part_damaged", {name_, entry, result.description()}});
        return doc;
    }

private:
    std::string name_;
    ZipPtr zip_;
};

// Writers differ in namespace prefixes ("x:row" or "row"): compare local names only.
std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (auto c : node.children())
        if (local_name(c) == name) return c;
    return {};
}

template <typename F>
void each_child(const pugi::xml_node& node, std::string_view name, F&& f) {
    for (auto c : node.children())
        if (c.type() == pugi::node_element && local_name(c) == name) f(c);
}

void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Windows and old Mac line ends become "\n", so that a cell compares equal to what inspraak wrote.
std::string unix_line_ends(const std::string& text) {
    if (text.find('\r') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') out += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n') out += '\n';
    }
    return out;
}

// OOXML writes characters XML cannot hold as _xHHHH_ (Excel: a carriage return as _x000D_).
std::string unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            unsigned code = 0;
            auto [end, error] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
            if (error == std::errc() && end == text.data() + i + 6) {
                append_utf8(out, code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return unix_line_ends(out);
}

// A shared or inline string: <t> directly, or rich-text runs <r><t>; phonetic runs (<rPh>) are
// reading aids, not text.
std::string string_item(const pugi::xml_node& item) {
    std::string text;
    for (auto c : item.children()) {
        if (local_name(c) == "t") text += c.text().get();
        else if (local_name(c) == "r") text += child(c, "t").text().get();
    }
    return unescape(text);
}

std::vector<std::string> shared_strings(const Package& package, const std::string& part) {
    std::vector<std::string> strings;
    auto doc = package.xml(part, false);
    each_child(doc.document_element(), "si", [&](const pugi::xml_node& si) { strings.push_back(string_item(si)); });
    return strings;
}

// Numbers as a person reads them: 0.74 rather than 0.73999999999999999.
std::string number_text(const std::string& raw) {
    double value = 0;
    auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (error != std::errc() || end != raw.data() + raw.size()) return raw;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

// "B12" -> column 1; -1 when the reference has no letters.
int column_of_ref(std::string_view ref) {
    std::string letters;
    for (char c : ref) {
        if (c >= 'A' && c <= 'Z') letters += c;
        else if (c >= 'a' && c <= 'z') letters += static_cast<char>(c - 'a' + 'A');
        else break;
    }
    return xlsx_column_index(letters);
}

std::string cell_value(const pugi::xml_node& c, const std::vector<std::string>& strings, const std::string& file) {
    std::string_view type = c.attribute("t").value();
    std::string raw = child(c, "v").text().get();
    if (type == "s") {
        size_t index = 0;
        auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), index);
        if (error != std::errc() || index >= strings.size())
            throw XlsxError(Message{"xlsx.bad_shared_string", {file, c.attribute("r").value()}});
        return strings[index];
    }
    if (type == "inlineStr") return string_item(child(c, "is"));
    if (type == "str" || type == "e" || type == "d") return unescape(raw);
    if (type == "b") return raw == "1" ? "TRUE" : raw.empty() ? "" : "FALSE";
    return raw.empty() ? raw : number_text(raw);
}

std::vector<XlsxRow> read_sheet(const Package& package, const std::string& part, const std::vector<std::string>& strings,
                                const std::string& file) {
    auto doc = package.xml(part, true);
    auto data = child(doc.document_element(), "sheetData");
    std::vector<XlsxRow> rows;
    int row_number = 0;
    each_child(data, "row", [&](const pugi::xml_node& row) {
        int r = row.attribute("r").as_int(row_number + 1);
        if (r <= row_number || r > max_rows) throw XlsxError(Message{"xlsx.row_out_of_order", {file, std::to_string(r)}});
        row_number = r;
        XlsxRow cells;
        int column = -1;
        each_child(row, "c", [&](const pugi::xml_node& c) {
            const char* ref = c.attribute("r").value();
            int at = *ref ? column_of_ref(ref) : column + 1;
            if (at < 0 || at >= max_columns || at <= column)
                throw XlsxError(Message{"xlsx.bad_cell_ref", {file, ref}});
            column = at;
            std::string value = cell_value(c, strings, file);
            if (value.empty()) return;
            cells.resize(static_cast<size_t>(at) + 1);
            cells[static_cast<size_t>(at)] = std::move(value);
        });
        if (cells.empty()) return;
        rows.resize(static_cast<size_t>(r));
        rows[static_cast<size_t>(r) - 1] = std::move(cells);
    });
    return rows;
}

// A relationship target relative to xl/ ("worksheets/sheet1.xml") or absolute in the package
// ("/xl/worksheets/sheet1.xml").
std::string part_path(const std::string& target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    return "xl/" + target;
}

std::string relationship_id(const pugi::xml_node& sheet) {
    // "r:id" in the relationships namespace; the prefix is the writer's choice.
    for (auto attribute : sheet.attributes()) {
        std::string_view name = attribute.name();
        if (name.size() > 3 && name.ends_with(":id")) return attribute.value();
    }
    return {};
}

}  // namespace

int xlsx_column_index(const std::string& letters) {
    if (letters.empty() || letters.size() > 3) return -1;
    int index = 0;
    for (char c : letters) {
        if (c < 'A' || c > 'Z') return -1;
        index = index * 26 + (c - 'A' + 1);
    }
    return index - 1;
}

const std::string& xlsx_cell(const XlsxRow& row, size_t column) {
    static const std::string empty;
    return column < row.size() ? row[column] : empty;
}

XlsxWorkbook XlsxWorkbook::open(const std::filesystem::path& file) {
    std::string bytes;
    try {
        bytes = read_file(file);
    } catch (const AppException& e) {
        throw XlsxError(e.error().message);
    } catch (const std::exception& e) {
        throw XlsxError(Message{"plain", {e.what()}});
    }
    return from_bytes(bytes, file.string());
}

XlsxWorkbook XlsxWorkbook::from_bytes(const std::string& bytes, const std::string& name) {
    Package package(bytes, name);
    XlsxWorkbook workbook;
    auto workbook_xml = package.xml("xl/workbook.xml", true);
    auto rels = package.xml("xl/_rels/workbook.xml.rels", true);

    std::map<std::string, std::string> targets;
    std::string strings_part = "xl/sharedStrings.xml";
    each_child(rels.document_element(), "Relationship", [&](const pugi::xml_node& rel) {
        std::string type = rel.attribute("Type").value();
        targets[rel.attribute("Id").value()] = part_path(rel.attribute("Target").value());
        if (type.ends_with("/sharedStrings")) strings_part = part_path(rel.attribute("Target").value());
    });
    auto strings = shared_strings(package, strings_part);

    each_child(child(workbook_xml.document_element(), "sheets"), "sheet", [&](const pugi::xml_node& sheet) {
        std::string sheet_name = sheet.attribute("name").value();
        auto target = targets.find(relationship_id(sheet));
        if (target == targets.end())
            throw XlsxError(Message{"xlsx.sheet_without_content", {name, sheet_name}});
        workbook.sheet_names_.push_back(sheet_name);
        workbook.sheets_[sheet_name] = read_sheet(package, target->second, strings, name);
    });

    auto core = package.xml("docProps/core.xml", false);
    if (auto root = core.document_element()) workbook.last_modified_by_ = child(root, "lastModifiedBy").text().get();
    return workbook;
}

const std::vector<XlsxRow>& XlsxWorkbook::rows(const std::string& sheet) const {
    auto it = sheets_.find(sheet);
    if (it == sheets_.end()) throw XlsxError(Message{"xlsx.sheet_missing", {sheet}});
    return it->second;
}

}  // namespace inspraak::core
