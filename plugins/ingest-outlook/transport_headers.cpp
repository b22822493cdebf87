#include "transport_headers.hpp"

#include "inspraak/text.hpp"

namespace inspraak::ingest::outlook {

std::string header_value(std::string_view headers, std::string_view name) {
    const auto lines = text::split_lines(headers);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.empty()) break;  // the end of the header block
        if (line.size() <= name.size() || line[name.size()] != ':' || !text::starts_with_ci(line, name)) continue;
        std::string value(line.substr(name.size() + 1));
        while (i + 1 < lines.size() && !lines[i + 1].empty() && (lines[i + 1][0] == ' ' || lines[i + 1][0] == '\t'))
            value.append(" ").append(lines[++i]);
        if (value.find("=?") != std::string::npos) return {};
        return text::normalize_whitespace(value);
    }
    return {};
}

}  // namespace inspraak::ingest::outlook
