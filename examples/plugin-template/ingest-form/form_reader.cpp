#include "form_reader.hpp"

#include <string>
#include <vector>

#include "inspraak/dates.hpp"

namespace form_plugin {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct Field {
    std::string key;
    std::string value;
};

// The fields in file order, continuation lines joined to their field.
std::vector<Field> fields_of(std::string_view text, std::vector<std::string>& warnings) {
    std::vector<Field> fields;
    int line_number = 0;
    while (!text.empty()) {
        auto end = text.find('\n');
        auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++line_number;
        if (trim(line).empty() || trim(line).front() == '#') continue;
        if ((line.front() == ' ' || line.front() == '\t') && !fields.empty()) {
            fields.back().value.append(" ").append(trim(line));
            continue;
        }
        auto colon = line.find(':');
        if (colon == std::string_view::npos) {
            std::string warning = "regel ";
            warning.append(std::to_string(line_number)).append(": geen 'sleutel: waarde'");
            warnings.push_back(std::move(warning));
            continue;
        }
        fields.push_back({std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
    }
    return fields;
}

}  // namespace

inspraak::Result<inspraak::IngestResult> read_form(std::string_view text) {
    inspraak::IngestResult result;
    inspraak::IngestedSubmission submission;
    for (const auto& field : fields_of(text, result.warnings)) {
        if (field.key == "naam") submission.stakeholder.name = field.value;
        else if (field.key == "organisatie") submission.stakeholder.organisation = field.value;
        else if (field.key == "e-mail") submission.stakeholder.email = field.value;
        else if (field.key == "datum") submission.date = inspraak::dates::normalize_date(field.value);
        else if (field.key == "onderwerp") submission.subject = field.value;
        else if (field.key == "reactie") submission.body.append(submission.body.empty() ? "" : "\n\n").append(field.value);
        else result.warnings.push_back(std::string("onbekend veld '").append(field.key).append("' overgeslagen"));
    }
    if (submission.body.empty()) return inspraak::Error{"het formulier heeft geen 'reactie'"};
    result.submissions.push_back(std::move(submission));
    return result;
}

}  // namespace form_plugin
