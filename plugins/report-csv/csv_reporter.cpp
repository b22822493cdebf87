#include "csv_reporter.hpp"

#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "inspraak/report_stream.hpp"

namespace inspraak::report_csv {
namespace {

constexpr const char* utf8_bom = "\xEF\xBB\xBF";

// Column headers are a data contract for people's spreadsheets, so they live here rather than in
// the template folder.
struct Headers {
    std::vector<std::string> leading;   // before the personal data columns
    std::vector<std::string> personal;  // only with_personal_data
    std::vector<std::string> trailing;
};

Headers headers_for(const std::string& language) {
    if (language == "en") {
        return {{"id", "stakeholder", "group"},
                {"name", "email"},
                {"chapter", "other chapters", "section", "route", "confidence", "input", "response", "status", "identical"}};
    }
    return {{"id", "afzender", "groep"},
            {"naam", "e-mail"},
            {"hoofdstuk", "overige hoofdstukken", "paragraaf", "route", "zekerheid", "input", "reactie", "status",
             "gelijkluidend"}};
}

std::string chapter_cell(const ReportChapter& chapter) {
    if (chapter.number.empty()) return chapter.title;
    if (chapter.title.empty()) return chapter.number;
    return chapter.number + " " + chapter.title;
}

// Two decimals with a dot, whatever the locale: "0.74".
std::string decimal(double value) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                         std::chars_format::fixed, 2);
    return ec == std::errc{} ? std::string(buffer.data(), end) : std::string{};
}

// The annex of the framework's changes: a section after the points, after an empty record, with
// a header of its own whose first column is the type ("wijziging"), so that a filter on that
// column picks these rows. Kinds are the stable keys (added, rewritten, removed, moved), as routes
// and statuses are. Only when the round has a revised framework.
std::string changes_section(const ReportHead& model) {
    if (model.framework_changes.empty()) return {};
    const bool en = model.language == "en";
    const std::string type = en ? "change" : "wijziging";
    std::string csv = csv_record({});
    csv += csv_record(en ? std::vector<std::string>{"type", "number", "change", "chapter", "section", "page", "old text",
                                                    "new text", "points"}
                         : std::vector<std::string>{"soort", "nummer", "wijziging", "hoofdstuk", "paragraaf", "pagina",
                                                    "oude tekst", "nieuwe tekst", "punten"});
    for (const auto& change : model.framework_changes) {
        std::string points;
        for (const auto& point : change.points) points += (points.empty() ? "" : "; ") + point.id + " (" + point.label + ")";
        csv += csv_record({type, std::to_string(change.number), change.kind,
                           chapter_cell(ReportChapter{{}, change.chapter, change.chapter_title, 0}), change.section,
                           change.page > 0 ? std::to_string(change.page) : std::string{}, change.old_text,
                           change.new_text, points});
    }
    return csv;
}

}  // namespace

Result<void> CsvReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> {
        const ReportHead& model = source.head();
        const Headers headers = headers_for(model.language);
        std::vector<std::string> header_row = headers.leading;
        if (model.with_personal_data) header_row.insert(header_row.end(), headers.personal.begin(), headers.personal.end());
        header_row.insert(header_row.end(), headers.trailing.begin(), headers.trailing.end());

        report::SinkWriter out(sink);
        out << utf8_bom << csv_record(header_row);
        report::for_each_point(source, {}, [&](const ReportEntry& entry) {
            const ReportPoint& point = entry.point;
            std::vector<std::string> row{point.id, point.label, point.group};
            if (model.with_personal_data) {
                row.push_back(entry.submission.stakeholder.name);
                row.push_back(entry.submission.stakeholder.email);
            }
            std::string others;
            for (std::size_t i = 1; i < point.chapters.size(); ++i) {
                others += (others.empty() ? "" : "; ") + chapter_cell(point.chapters[i]);
            }
            row.push_back(point.chapters.empty() ? "" : chapter_cell(point.chapters.front()));
            row.push_back(others);
            row.push_back(point.section);
            row.push_back(point.route_name.empty() ? point.route : point.route_name);
            row.push_back(decimal(point.confidence));
            row.push_back(point.text);
            row.push_back(point.reaction);
            row.push_back(point.status);
            // How many points the row stands for: 12 for a campaign of 12 identical letters, 1 alone.
            row.push_back(std::to_string(point.group_size));
            out << csv_record(row);
        });
        out << changes_section(model);
        out.flush();
        return {};
    });
}

Result<std::string> CsvReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_csv
