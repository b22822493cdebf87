// End to end: the same framework as Markdown, as a Word document and as a PDF gives the same
// chapters and places the demo's points the same way. The .docx and .pdf are made by LibreOffice
// from the demo's kader.md (through HTML), as an officer's office suite would make them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "test_support/office.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

std::string escape_html(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}

// The demo framework's light Markdown as HTML: headings, list items, paragraphs.
std::string markdown_to_html(const std::string& markdown) {
    static const std::regex heading(R"(^(#{1,6}) (.*)$)");
    static const std::regex item(R"(^(?:- |\d+\. )(.*)$)");
    std::string out = "<html><head><meta charset=\"utf-8\"><title>Kader</title></head><body>\n";
    std::string paragraph;
    auto flush = [&] {
        if (!paragraph.empty()) out += "<p>" + escape_html(paragraph) + "</p>\n";
        paragraph.clear();
    };
    std::istringstream lines(markdown);
    for (std::string line; std::getline(lines, line);) {
        line = std::regex_replace(line, std::regex(R"(\*\*)"), "");
        std::smatch m;
        if (std::regex_match(line, m, heading)) {
            flush();
            const std::string level = std::to_string(m[1].length());
            out += "<h" + level + ">" + escape_html(m[2]) + "</h" + level + ">\n";
        } else if (std::regex_match(line, m, item)) {
            flush();
            out += "<ul><li>" + escape_html(m[1]) + "</li></ul>\n";
        } else if (line.find_first_not_of(' ') == std::string::npos) {
            flush();
        } else {
            paragraph += (paragraph.empty() ? "" : " ") + line;
        }
    }
    flush();
    return out + "</body></html>\n";
}

class FrameworkFormats : public ::testing::Test {
protected:
    // Runs the demo round with its framework replaced by `framework`; returns the JSON report.
    json run_with(const fs::path& framework, const std::string& name) {
        const fs::path round = dir_.path() / name;
        fs::copy(demo, round, fs::copy_options::recursive);
        fs::remove_all(round / "sources");
        fs::copy_file(framework, round / framework.filename(), fs::copy_options::overwrite_existing);
        std::string config = slurp(round / "round.json");
        config = std::regex_replace(config, std::regex(R"("framework": "kader\.md")"),
                                    "\"framework\": \"" + framework.filename().string() + "\"");
        std::ofstream(round / "round.json", std::ios::binary) << config;
        const fs::path out = dir_.path() / ("out-" + name);
        auto result = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string(), "--format", "json"},
                                  dir_.path());
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(slurp(out / "reactienota.json"), nullptr, false);
    }

    TempDir dir_;
};

std::vector<std::string> chapters_of(const json& report) {
    std::vector<std::string> chapters;
    for (const auto& c : report["framework"]["chapters"])
        chapters.push_back(c["number"].get<std::string>() + " " + c["title"].get<std::string>());
    return chapters;
}

TEST_F(FrameworkFormats, WordAndPdfGiveTheChaptersAndPlacementsOfTheMarkdown) {
    const fs::path soffice = find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const fs::path html = dir_.path() / "kader.html";
    std::ofstream(html, std::ios::binary) << markdown_to_html(slurp(demo / "kader.md"));
    const auto pdf = office_convert(soffice, html, "pdf:writer_web_pdf_Export", dir_.path() / "made", dir_.path());
    const auto docx = office_convert(soffice, html, "docx:MS Word 2007 XML", dir_.path() / "made", dir_.path());
    ASSERT_TRUE(pdf && docx);

    const json from_md = run_with(demo / "kader.md", "md");
    ASSERT_FALSE(from_md.is_discarded());
    ASSERT_EQ(chapters_of(from_md).size(), 9u);  // six chapters (two numbered 5) and three appendices
    for (const auto& [name, file] : {std::pair{"docx", *docx}, std::pair{"pdf", *pdf}}) {
        SCOPED_TRACE(name);
        const json report = run_with(file, name);
        ASSERT_FALSE(report.is_discarded());
        EXPECT_EQ(chapters_of(report), chapters_of(from_md));
        // The same points land in the same first chapter (the text is the same; only its
        // paragraphs and line breaks may differ a little).
        ASSERT_EQ(report["points"].size(), from_md["points"].size());
        size_t same = 0;
        for (size_t i = 0; i < report["points"].size(); ++i) {
            const auto& a = report["points"][i]["chapters"];
            const auto& b = from_md["points"][i]["chapters"];
            same += !a.empty() && !b.empty() && a[0]["number"] == b[0]["number"];
        }
        EXPECT_GE(same * 10, report["points"].size() * 9) << same << " of " << report["points"].size();
    }
}

// A short framework written for this test, a chapter per page (as many municipal PDFs are).
const char* paged_framework_html = R"(<html><head><meta charset="utf-8"><title>Kader</title></head><body>
<h1>Kader Groen in de Wijk</h1>
<h2>1 Aanleiding</h2>
<p>De gemeente wil meer bomen en minder tegels in de wijken.</p><p>Hittegolven en hoosbuien komen vaker voor.</p>
<h2 style="page-break-before: always">2 Bomen</h2>
<p>Elke straat krijgt minstens tien bomen.</p><p>Bewoners kiezen mee welke soorten er komen.</p>
<h2 style="page-break-before: always">3 Geveltuinen</h2>
<p>Een geveltuin van dertig centimeter breed mag zonder vergunning.</p><p>De stoep blijft vrij voor rolstoelen.</p>
<h2 style="page-break-before: always">4 Onderhoud</h2>
<p>De buitendienst maait twee keer per jaar.</p><p>Bewoners mogen een stuk plantsoen adopteren.</p>
</body></html>
)";

TEST_F(FrameworkFormats, APdfsPageReferencesNameTheChapterOnThatPage) {
    const fs::path soffice = find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const fs::path html = dir_.path() / "kader.html";
    std::ofstream(html, std::ios::binary) << paged_framework_html;
    const auto pdf = office_convert(soffice, html, "pdf:writer_web_pdf_Export", dir_.path() / "made", dir_.path());
    ASSERT_TRUE(pdf);

    const fs::path round = dir_.path() / "groen";
    fs::create_directories(round / "submissions");
    fs::copy_file(*pdf, round / "kader.pdf");
    std::ofstream(round / "round.json") << json{{"title", "Groen in de wijk"},
                                                {"date", "2025-05-01"},
                                                {"language", "nl"},
                                                {"framework", "kader.pdf"},
                                                {"workstreams", json::array({{{"id", "kader"}, {"name", "Kader"}}})}}
                                               .dump();
    // No word of either remark is in its chapter: only the page can place it.
    std::ofstream(round / "submissions" / "brief.txt")
        << "Geachte heer, mevrouw,\n\nWat op pagina 3 staat begrijp ik niet. Geldt dat ook voor mijn huis?\n\n"
           "En op blz. 4 mis ik wie er helpt als je zelf niet meer kunt.\n\nMet vriendelijke groet,\nJan\n";
    const fs::path out = dir_.path() / "out-groen";
    auto result = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string(), "--format", "json"},
                              dir_.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json report = json::parse(slurp(out / "reactienota.json"));
    EXPECT_EQ(chapters_of(report), (std::vector<std::string>{"1 Aanleiding", "2 Bomen", "3 Geveltuinen", "4 Onderhoud"}));
    ASSERT_EQ(report["points"].size(), 2u) << report["points"].dump(2);
    for (const auto& [index, chapter] : {std::pair{0, "3"}, std::pair{1, "4"}}) {
        const json& point = report["points"][index];
        SCOPED_TRACE(point["text"].get<std::string>());
        ASSERT_FALSE(point["chapters"].empty());
        EXPECT_EQ(point["chapters"][0]["number"], chapter);
        EXPECT_NE(point["why"].dump().find(std::string("verwijzing: hoofdstuk ") + chapter), std::string::npos)
            << point["why"].dump();
    }
}

}  // namespace
}  // namespace inspraak
