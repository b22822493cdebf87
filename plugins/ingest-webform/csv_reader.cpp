#include "csv_reader.hpp"

#include <csv.h>

#include <memory>
#include <string>
#include <vector>

#include "inspraak/text.hpp"

namespace inspraak::webform {

namespace {

// Collects libcsv's callbacks. The callbacks are C functions, so nothing may throw out of them:
// an allocation failure is remembered and reported after parsing.
struct Collector {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> current;
    int line = 1;              // line being fed to the parser
    int field_start_line = 1;  // line on which the field being parsed began
    bool out_of_memory = false;
};

void on_field(void* data, std::size_t length, void* context) noexcept {
    auto* collector = static_cast<Collector*>(context);
    try {
        collector->current.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
    } catch (...) {
        collector->out_of_memory = true;
    }
    collector->field_start_line = collector->line;
}

void on_record_end(int /*terminator*/, void* context) noexcept {
    auto* collector = static_cast<Collector*>(context);
    try {
        collector->records.push_back(std::move(collector->current));
    } catch (...) {
        collector->out_of_memory = true;
    }
    collector->current.clear();
    collector->field_start_line = collector->line + 1;
}

struct ParserDeleter {
    void operator()(csv_parser* parser) const noexcept {
        csv_free(parser);
        delete parser;
    }
};

bool is_blank(std::string_view s) { return text::trim(s).empty(); }

// 1-based character (not byte) position of byte `offset` in a UTF-8 line, for messages.
std::size_t character_position(std::string_view line, std::size_t offset) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++characters;
    return characters + 1;
}

}  // namespace

char detect_delimiter(std::string_view utf8) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (char c : utf8) {
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice, which is what it should do
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

Result<Table> read_csv(std::string_view utf8) {
    if (is_blank(utf8)) return Error{"het bestand is leeg"};

    std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser{});
    // Strict: a stray quote or text after a closing quote is an error rather than a silently
    // different record; STRICT_FINI reports a quote still open at the end of the file.
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
        delete parser.release();  // csv_init failed, so there is nothing for csv_free to free
        return Error{"CSV-lezer kon niet starten (onvoldoende geheugen)"};
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(detect_delimiter(utf8)));

    // Feed the parser one line at a time, so that an error can name its line.
    Collector collector;
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = utf8.find('\n', start);
        end = end == std::string_view::npos ? utf8.size() : end + 1;
        std::string_view chunk = utf8.substr(start, end - start);
        std::size_t parsed = csv_parse(parser.get(), chunk.data(), chunk.size(), on_field, on_record_end, &collector);
        if (parsed != chunk.size()) {
            if (csv_error(parser.get()) == CSV_EPARSE)
                return Error{"ongeldige CSV op regel " + std::to_string(collector.line) + ", teken " +
                             std::to_string(character_position(chunk, parsed)) +
                             ": een aanhalingsteken midden in een veld, of tekst na een afsluitend "
                             "aanhalingsteken (zet het hele veld tussen \"...\" en verdubbel "
                             "aanhalingstekens erin)"};
            return Error{std::string("CSV-lezer gestopt op regel ") + std::to_string(collector.line) + ": " +
                         csv_strerror(csv_error(parser.get()))};
        }
        if (chunk.back() == '\n') ++collector.line;
        start = end;
    }
    if (csv_fini(parser.get(), on_field, on_record_end, &collector) != 0) {
        return Error{"ongeldige CSV: een aanhalingsteken is niet gesloten; het veld dat op regel " +
                     std::to_string(collector.field_start_line) + " begint, loopt door tot het einde van het bestand"};
    }
    if (collector.out_of_memory) return Error{"onvoldoende geheugen bij het lezen van de CSV"};

    auto& records = collector.records;
    if (records.empty()) return Error{"het bestand is leeg"};

    Table table;
    table.columns = std::move(records.front());
    if (records.size() == 1)
        return Error{"het bestand bevat alleen een kopregel en geen reacties"};

    std::vector<int> rows_with_extra_fields;
    for (std::size_t i = 1; i < records.size(); ++i) {
        auto& values = records[i];
        const int row = static_cast<int>(i) + 1;  // the header is row 1
        if (values.size() > table.columns.size()) {
            bool extra_has_data = false;
            for (std::size_t k = table.columns.size(); k < values.size(); ++k)
                extra_has_data = extra_has_data || !is_blank(values[k]);
            if (extra_has_data) rows_with_extra_fields.push_back(row);
        }
        values.resize(table.columns.size());
        table.records.push_back(Record{"rij " + std::to_string(row), std::move(values)});
    }
    if (!rows_with_extra_fields.empty()) {
        std::string rows;
        for (int row : rows_with_extra_fields) rows += (rows.empty() ? "" : ", ") + std::to_string(row);
        table.warnings.push_back("meer velden dan kolommen in de kopregel; de extra velden zijn genegeerd (rij " +
                                 rows + ")");
    }
    return table;
}

}  // namespace inspraak::webform
