#include "json_reader.hpp"

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "inspraak/text.hpp"

namespace inspraak::webform {

namespace {

// Ordered, so that columns keep the order of the file: several body fields are joined in it.
using Json = nlohmann::ordered_json;

// Keys under which exports put the list of submissions, in order of preference.
constexpr std::array<std::string_view, 10> kListKeys = {
    "reacties", "inzendingen", "submissions", "responses", "items",
    "entries",  "records",     "results",     "data",      "rows"};

std::string kind_of(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object: return "een object";
        case Json::value_t::array: return "een lijst";
        case Json::value_t::string: return "een tekst";
        case Json::value_t::boolean: return "een waar/onwaar-waarde";
        case Json::value_t::null: return "null";
        default: return "een getal";
    }
}

bool is_list_of_objects(const Json& value) {
    if (!value.is_array()) return false;
    for (const auto& element : value)
        if (element.is_object()) return true;
    return false;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Finds the array of submissions: the document itself, or an array inside a wrapping object.
Result<const Json*> find_submission_list(const Json& document) {
    if (document.is_array()) return &document;
    if (!document.is_object())
        return Error{"verwacht een JSON-lijst van reacties, gevonden: " + kind_of(document)};

    for (std::string_view wanted : kListKeys)
        for (const auto& [key, value] : document.items())
            if (lower_ascii(key) == wanted && value.is_array()) return &value;

    // Otherwise the one member that is a list of objects, if there is exactly one.
    const Json* only = nullptr;
    int lists = 0;
    for (const auto& [key, value] : document.items()) {
        if (is_list_of_objects(value)) {
            only = &value;
            ++lists;
        }
    }
    if (lists == 1) return only;
    return Error{"geen lijst met reacties gevonden in het JSON-object (verwacht een lijst van objecten onder "
                 "\"reacties\", \"submissions\", \"responses\" of \"items\")"};
}

// Line and column of a byte offset, for parse errors.
std::string position_of(std::string_view text, std::size_t byte) {
    if (byte > 0) --byte;  // nlohmann counts the offending byte 1-based
    if (byte > text.size()) byte = text.size();
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return "regel " + std::to_string(line) + ", kolom " + std::to_string(byte - line_start + 1);
}

// nlohmann's message without its "[json.exception...] parse error at line 3, column 5: " prefix.
// The message quotes the bytes read before the error, which can stop inside a multi-byte
// character: to_utf8 keeps it UTF-8, as the store and the reports need.
std::string parse_error_detail(const std::string& what) {
    std::size_t at = what.find("parse error");
    if (at != std::string::npos) {
        std::size_t colon = what.find(": ", at);
        if (colon != std::string::npos) return text::to_utf8(what.substr(colon + 2));
    }
    return text::to_utf8(what);
}

// nlohmann's message without its "[json.exception.out_of_range.406] " prefix.
std::string without_exception_id(const std::string& what) {
    std::size_t end = what.find("] ");
    return what.rfind("[json.exception", 0) == 0 && end != std::string::npos ? what.substr(end + 2) : what;
}

std::string scalar_to_string(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_null()) return {};
    return value.dump();  // numbers as JSON writes them: 42, 3.5
}

}  // namespace

Result<Table> read_json(std::string_view utf8) {
    if (text::trim(utf8).empty()) return Error{"het bestand is leeg"};

    Json document;
    try {
        document = Json::parse(utf8);
    } catch (const Json::parse_error& e) {
        return Error{"ongeldige JSON op " + position_of(utf8, e.byte) + ": " + parse_error_detail(e.what())};
    } catch (const Json::exception& e) {
        // Not a syntax error but a value nlohmann cannot hold, such as a number like 1e999.
        return Error{"ongeldige JSON: " + without_exception_id(e.what())};
    }

    auto list = find_submission_list(document);
    if (!list) return list.error();
    const Json& elements = *list.value();
    if (elements.empty()) return Error{"de lijst met reacties is leeg"};

    Table table;
    std::map<std::string, int, std::less<>> column_of;      // key -> column index
    std::vector<std::string> nested_keys;                   // in order of first appearance
    std::map<std::string, int, std::less<>> nested_count;   // key -> objects where it was nested
    std::vector<std::string> not_objects;

    // Keys in order of first appearance over all objects; values are filled in a second pass,
    // once the number of columns is known.
    std::vector<std::vector<std::pair<int, std::string>>> cells(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const Json& element = elements[i];
        const std::string number = std::to_string(i + 1);
        if (!element.is_object()) {
            not_objects.push_back(number + " (" + kind_of(element) + ")");
            continue;
        }
        for (const auto& [key, value] : element.items()) {
            if (value.is_object() || value.is_array()) {
                if (nested_count[key]++ == 0) nested_keys.push_back(key);
                continue;
            }
            auto found = column_of.find(key);
            int column = 0;
            if (found == column_of.end()) {
                column = static_cast<int>(table.columns.size());
                column_of.emplace(key, column);
                table.columns.push_back(key);
            } else {
                column = found->second;
            }
            cells[i].emplace_back(column, scalar_to_string(value));
        }
    }

    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (!elements[i].is_object()) continue;
        Record record{"object " + std::to_string(i + 1), std::vector<std::string>(table.columns.size())};
        for (auto& [column, value] : cells[i]) record.values[static_cast<std::size_t>(column)] = std::move(value);
        table.records.push_back(std::move(record));
    }

    if (!not_objects.empty()) {
        std::string list_text;
        for (const auto& item : not_objects) list_text += (list_text.empty() ? "" : ", ") + item;
        table.warnings.push_back("elementen van de lijst die geen object zijn, overgeslagen: " + list_text);
    }
    for (const auto& key : nested_keys) {
        table.warnings.push_back("veld \"" + key + "\" bevat een genest object of een lijst en is genegeerd (in " +
                                 std::to_string(nested_count[key]) +
                                 (nested_count[key] == 1 ? " object)" : " objecten)"));
    }
    if (table.records.empty()) return Error{"de lijst bevat geen objecten met reacties"};
    return table;
}

}  // namespace inspraak::webform
