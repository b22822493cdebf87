#include "table_points.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

// A remark cell is prose; chapter, page and name cells are short.
constexpr size_t long_cell = 60;
constexpr size_t long_average = 30;
constexpr size_t short_header_cell = 40;

enum class ReferenceKind { chapter, section, page, appendix, part, as_written };

std::vector<std::string> words_of(std::string_view text) {
    std::string folded = text::strip_diacritics(text::fold_case(text));
    std::vector<std::string> words;
    std::string word;
    for (char c : folded) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

bool any_word_in(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(wanted.begin(), wanted.end(), w) != wanted.end();
    });
}

// What a column header says the column holds, for the reference columns.
std::optional<ReferenceKind> reference_kind_of_header(std::string_view header) {
    auto words = words_of(header);
    // The first kind named wins: "Hoofdstuk/paragraaf" is a chapter column whose dotted values
    // are sections (see reference_from_cell).
    for (const std::string& w : words) {
        if (w == "hoofdstuk" || w == "hoofdstukken" || w == "hfdst" || w == "h" || w == "chapter" || w == "chapters")
            return ReferenceKind::chapter;
        if (w == "paragraaf" || w == "paragrafen" || w == "par" || w == "section" || w == "sectie")
            return ReferenceKind::section;
        if (w == "pagina" || w == "paginas" || w == "pag" || w == "blz" || w == "bladzijde" || w == "page" || w == "pages" || w == "p")
            return ReferenceKind::page;
        if (w == "bijlage" || w == "bijlagen" || w == "appendix" || w == "annex") return ReferenceKind::appendix;
        if (w == "onderdeel" || w == "onderwerp" || w == "part" || w == "tekstdeel" || w == "passage") return ReferenceKind::part;
    }
    return std::nullopt;
}

bool is_remark_header(std::string_view header) {
    return any_word_in(words_of(header), {"opmerking", "opmerkingen", "reactie", "inbreng", "toelichting", "commentaar",
                                          "zienswijze", "suggestie", "vraag", "remark", "remarks", "comment", "comments",
                                          "input", "feedback"});
}

// "5" under "Hoofdstuk" becomes "hoofdstuk 5", "3.1" becomes "paragraaf 3.1", "22" under
// "Pagina" becomes "pagina 22". A value that already names what it is ("H5", "p. 22") or is no
// number at all ("Inleiding") is kept as written.
std::string reference_from_cell(const std::string& value, ReferenceKind kind) {
    if (kind == ReferenceKind::as_written) {
        // Without a header a bare number is more likely a row number than a chapter.
        return value.find_first_not_of("0123456789. ") == std::string::npos ? std::string() : value;
    }
    if (value.empty() || !std::isdigit(static_cast<unsigned char>(value.front()))) return value;
    const size_t number_end = value.find_first_not_of("0123456789.");
    const std::string number = value.substr(0, number_end);
    const bool dotted = number.find('.') != std::string::npos && number.back() != '.';
    switch (kind) {
        case ReferenceKind::chapter:
        case ReferenceKind::part:
            return (dotted ? "paragraaf " : "hoofdstuk ") + value;
        case ReferenceKind::section:
            return "paragraaf " + value;
        case ReferenceKind::page:
            return "pagina " + value;
        case ReferenceKind::appendix:
            return "bijlage " + value;
        default:
            return value;
    }
}

struct Column {
    size_t longest = 0;
    size_t total = 0;
    size_t filled = 0;
    size_t average() const { return filled == 0 ? 0 : total / filled; }
    bool is_prose() const { return longest >= long_cell || average() >= long_average; }
};

}  // namespace

TableText table_to_text(const std::vector<TableRow>& raw_rows) {
    std::vector<TableRow> rows = raw_rows;
    size_t width = 0;
    for (TableRow& row : rows) {
        for (std::string& cell : row.cells) cell = text::normalize_whitespace(cell);
        width = std::max(width, row.cells.size());
    }
    for (TableRow& row : rows) row.cells.resize(width);

    // The header: rows the document marks as such, or else a first row of short cells.
    size_t data_start = 0;
    while (data_start < rows.size() && rows[data_start].header) ++data_start;
    if (data_start == 0 && rows.size() >= 2 &&
        std::all_of(rows[0].cells.begin(), rows[0].cells.end(), [](const std::string& c) { return c.size() <= short_header_cell; }))
        data_start = 1;
    const std::vector<std::string> header = data_start > 0 ? rows[data_start - 1].cells : std::vector<std::string>(width);

    std::vector<Column> columns(width);
    for (size_t r = data_start; r < rows.size(); ++r) {
        if (rows[r].header) continue;
        for (size_t c = 0; c < width; ++c) {
            const std::string& cell = rows[r].cells[c];
            if (cell.empty()) continue;
            columns[c].longest = std::max(columns[c].longest, cell.size());
            columns[c].total += cell.size();
            ++columns[c].filled;
        }
    }

    // The remark column: one the header calls so, else the one with the longest text.
    std::optional<size_t> remark;
    for (size_t c = 0; c < width && !remark; ++c)
        if (is_remark_header(header[c]) && columns[c].is_prose()) remark = c;
    for (size_t c = 0; c < width; ++c)
        if (columns[c].is_prose() && (!remark || (!is_remark_header(header[*remark]) && columns[c].average() > columns[*remark].average())))
            remark = c;

    TableText out;
    if (!remark) {
        for (const TableRow& row : rows)
            for (const std::string& cell : row.cells)
                if (!cell.empty() && (out.texts.empty() || out.texts.back() != cell)) out.texts.push_back(cell);  // merged cells repeat
        return out;
    }

    out.remarks = true;
    std::vector<std::optional<ReferenceKind>> reference_columns(width);
    for (size_t c = 0; c < width; ++c) {
        if (c == *remark) continue;
        if (data_start > 0) {
            reference_columns[c] = reference_kind_of_header(header[c]);
        } else if (!columns[c].is_prose()) {
            reference_columns[c] = ReferenceKind::as_written;  // no header to say what it is
        }
    }
    for (size_t r = data_start; r < rows.size(); ++r) {
        const TableRow& row = rows[r];
        if (row.header || row.cells[*remark].empty()) continue;
        std::string references;
        for (size_t c = 0; c < width; ++c) {
            if (!reference_columns[c] || row.cells[c].empty()) continue;
            std::string reference = reference_from_cell(row.cells[c], *reference_columns[c]);
            if (reference.empty()) continue;
            if (!references.empty()) references += ", ";
            references += reference;
        }
        std::string item = references.empty() ? row.cells[*remark] : "(" + references + ") " + row.cells[*remark];
        // Another column of prose (a proposed wording, say) belongs to the same point. Short
        // columns that are no reference (a number, a name) are left out: names are personal data.
        for (size_t c = 0; c < width; ++c) {
            if (c == *remark || reference_columns[c] || !columns[c].is_prose() || row.cells[c].empty()) continue;
            item += header[c].empty() ? " " + row.cells[c] : " " + header[c] + ": " + row.cells[c];
        }
        out.texts.push_back(item);
    }
    return out;
}

}  // namespace inspraak::ingest
