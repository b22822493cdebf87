#include "csv_writer.hpp"

namespace inspraak::report_csv {

std::string neutralise_formula(std::string_view cell) {
    if (!cell.empty()) {
        switch (cell.front()) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
                return "'" + std::string(cell);
            default:
                break;
        }
    }
    return std::string(cell);
}

std::string csv_field(std::string_view cell) {
    const std::string safe = neutralise_formula(cell);
    if (safe.find_first_of(",\"\r\n") == std::string::npos) return safe;
    std::string quoted = "\"";
    for (char c : safe) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string csv_record(const std::vector<std::string>& cells) {
    std::string record;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) record += ',';
        record += csv_field(cells[i]);
    }
    return record + "\r\n";
}

}  // namespace inspraak::report_csv
