#include "submission_builder.hpp"

#include <string>
#include <vector>

#include "column_mapping.hpp"
#include "inspraak/dates.hpp"
#include "inspraak/text.hpp"

namespace inspraak::webform {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// A free-text field keeps its lines and paragraphs, with \n line endings and no trailing spaces.
std::string clean_multiline(std::string_view value) {
    std::string out;
    std::string line;
    auto flush = [&] {
        std::size_t end = line.find_last_not_of(" \t");
        out += line.substr(0, end == std::string::npos ? 0 : end + 1);
        line.clear();
    };
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < value.size() && value[i + 1] == '\n') ++i;
            flush();
            out += '\n';
        } else {
            line += c;
        }
    }
    flush();
    return std::string(text::trim(out));
}

bool all_blank(const std::vector<std::string>& values) {
    for (const auto& value : values)
        if (!text::trim(value).empty()) return false;
    return true;
}

// The first non-empty value of a column mapped to `field`, whitespace normalised.
std::string first_value(const ColumnMapping& mapping, const Record& record, Field field) {
    for (std::size_t i = 0; i < mapping.fields.size(); ++i) {
        if (mapping.fields[i] != field) continue;
        std::string value = text::normalize_whitespace(record.values[i]);
        if (!value.empty()) return value;
    }
    return {};
}

void warn_about_unmapped_columns(const Table& table, const ColumnMapping& mapping, std::vector<std::string>& warnings) {
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (mapping.fields[i] != Field::unknown) continue;
        if (!text::trim(table.columns[i]).empty()) {
            unknown.push_back(quoted(text::normalize_whitespace(table.columns[i])));
            continue;
        }
        // A column without a header only matters when it holds something.
        for (const auto& record : table.records) {
            if (!text::trim(record.values[i]).empty()) {
                unknown.push_back("kolom " + std::to_string(i + 1) + " (zonder naam)");
                break;
            }
        }
    }
    if (!unknown.empty()) warnings.push_back("onbekende kolommen genegeerd: " + join(unknown, ", "));
}

}  // namespace

Result<IngestResult> build_submissions(const Table& table) {
    const ColumnMapping mapping = map_columns(table.columns);
    if (!mapping.has_body()) {
        std::vector<std::string> found;
        for (const auto& column : table.columns)
            if (!text::trim(column).empty()) found.push_back(quoted(text::normalize_whitespace(column)));
        return Error{"geen kolom met de reactie gevonden (verwacht: " + expected_body_headers() + "); gevonden: " +
                     (found.empty() ? std::string("geen kolomnamen") : join(found, ", "))};
    }

    IngestResult result;
    result.warnings = table.warnings;
    warn_about_unmapped_columns(table, mapping, result.warnings);
    for (std::size_t column : mapping.guessed_body_columns)
        result.warnings.push_back("kolom " + quoted(text::normalize_whitespace(table.columns[column])) +
                                  " gelezen als de reactie");

    std::vector<std::string> empty_records;
    for (const auto& record : table.records) {
        if (all_blank(record.values)) {
            empty_records.push_back(record.label);
            continue;
        }
        // Several body columns ("reactie" and "toelichting") become paragraphs, in column order.
        std::vector<std::string> paragraphs;
        for (std::size_t i = 0; i < mapping.fields.size(); ++i) {
            if (mapping.fields[i] != Field::body) continue;
            std::string paragraph = clean_multiline(record.values[i]);
            if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
        }
        if (paragraphs.empty()) {
            result.warnings.push_back(record.label + " overgeslagen: de reactie is leeg");
            continue;
        }

        IngestedSubmission submission;
        submission.body = join(paragraphs, "\n\n");
        submission.stakeholder.name = first_value(mapping, record, Field::name);
        submission.stakeholder.organisation = first_value(mapping, record, Field::organisation);
        submission.stakeholder.group = first_value(mapping, record, Field::group);
        submission.stakeholder.email = first_value(mapping, record, Field::email);
        submission.stakeholder.phone = first_value(mapping, record, Field::phone);
        submission.subject = first_value(mapping, record, Field::subject);
        submission.reference = first_value(mapping, record, Field::reference);
        submission.date = dates::normalize_date(first_value(mapping, record, Field::date));
        submission.notes.push_back("webformulier-export, " + record.label);
        result.submissions.push_back(std::move(submission));
    }
    if (!empty_records.empty())
        result.warnings.push_back("lege " + std::string(empty_records.size() == 1 ? "rij" : "rijen") +
                                  " overgeslagen: " + join(empty_records, ", "));
    return result;
}

}  // namespace inspraak::webform
