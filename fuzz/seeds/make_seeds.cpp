// Writes the seeds that the project keeps no file for: Outlook .msg and winmail.dat, zip
// archives, small .docx/.odt variants and review sheets (.xlsx), made with the same writers the
// tests use (tests/test_support). Run by the build: make_seeds <corpus folder>; each seed goes
// to <corpus folder>/<target>/gen-<name>.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ingest-office/docx_fixture.hpp"
#include "ingest-office/odt_fixture.hpp"
#include "test_support/mail_builder.hpp"
#include "test_support/msg_writer.hpp"
#include "test_support/review_sheet.hpp"
#include "test_support/tnef_writer.hpp"
#include "test_support/zip_writer.hpp"

namespace fs = std::filesystem;
using namespace inspraak::test;

namespace {

fs::path root;

void seed(const std::string& target, const std::string& name, const std::string& bytes) {
    const fs::path folder = root / target;
    fs::create_directories(folder);
    std::ofstream out(folder / ("gen-" + name), std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + (folder / name).string());
}

const std::string letter =
    "Geachte heer, mevrouw,\n\nIn hoofdstuk 3 staat dat de haven groeit. Wij vragen meer aandacht voor "
    "de bereikbaarheid.\n\n- Punt een over pagina 22\n- Punt twee over Bijlage 1\n\nMet vriendelijke groet,\n"
    "Petra de Vries\nOndernemersvereniging Noord\n";
const std::string rtf =
    R"({\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\pard Geachte heer,\par )"
    R"(In \b hoofdstuk 3\b0  staat \'e9\'e9n punt.\par\pard{\*\htmltag64 <p>}Met groet\par})";
const std::string html =
    "<html><body><p>Geachte heer,</p><p>In <b>hoofdstuk 3</b> staat &eacute;&eacute;n punt.</p>"
    "<ul><li>eerste</li><li>tweede</li></ul><div>Met groet,<br>Petra</div></body></html>";

std::string docx_with_table() {
    return make_docx(paragraph("Reactie", "<w:pStyle w:val=\"Heading1\"/>") + paragraph("Inleiding van de brief.") +
                         "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Hoofdstuk</w:t></w:r></w:p></w:tc>"
                         "<w:tc><w:p><w:r><w:t>Opmerking</w:t></w:r></w:p></w:tc></w:tr>"
                         "<w:tr><w:tc><w:p><w:r><w:t>3.1</w:t></w:r></w:p></w:tc>"
                         "<w:tc><w:p><w:r><w:t>Meer aandacht voor de haven.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
                         paragraph("Eerste punt", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"),
                     {{"word/styles.xml",
                       std::string("<w:styles ") + word_namespace +
                           "><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                           "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style></w:styles>"},
                      {"word/numbering.xml",
                       std::string("<w:numbering ") + word_namespace +
                           "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"},
                      {"docProps/core.xml",
                       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Petra de Vries</dc:creator>"
                       "<dc:title>Reactie</dc:title></cp:coreProperties>"},
                      {"docProps/app.xml",
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       "<Company>Havenbedrijf</Company></Properties>"}});
}

std::string odt_letter() {
    return make_odt(odt_content("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_1\"/>",
                                "<text:h text:outline-level=\"1\">Reactie</text:h><text:p text:style-name=\"P1\">Kop</text:p>"
                                "<text:p>Inleiding van de brief.</text:p><text:list><text:list-item><text:p>Eerste punt"
                                "</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell>"
                                "<text:p>3.1</text:p></table:table-cell><table:table-cell><text:p>Meer haven.</text:p>"
                                "</table:table-cell></table:table-row></table:table>"),
                    odt_meta("<meta:initial-creator>Petra de Vries</meta:initial-creator><dc:title>Reactie</dc:title>"));
}

// A review sheet for the store of fuzz/review.cpp (tests/test_support/review_store.hpp); `edit`
// changes some cells of the points sheet against the hidden original.
std::string review_sheet(bool english, bool edit) {
    ReviewSheet sheet;
    sheet.language = english ? "en" : "nl";
    sheet.points = review_store_rows();
    sheet.original = sheet.points;
    if (edit) {
        sheet.points[0].chapter = "5.1 Criteria";
        sheet.points[0].route = "economische-strategie";
        sheet.points[0].reaction = "Een **nieuwe** reactie.";
        sheet.points[2].status = "goedgekeurd";
    }
    const fs::path file = root / "review.tmp.xlsx";
    write_review_sheet(file, sheet);
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fs::remove(file);
    return bytes;
}

void msg_seeds() {
    MsgMessage plain;
    plain.subject = "Reactie op het kader";
    plain.sender_name = "Petra de Vries";
    plain.sender_email = "petra@example.nl";
    plain.date = "2024-12-12 09:15:00";
    plain.plain_body = letter;
    seed("msg", "plain.msg", msg_file(plain));

    MsgMessage rich = plain;
    rich.plain_body.clear();
    rich.rtf_body = rtf;
    rich.strings = MsgStrings::string8;
    rich.transport_headers = "From: Petra <petra@example.nl>\r\nOrganization: Havenbedrijf\r\nSubject: Reactie\r\n";
    seed("msg", "rtf-string8.msg", msg_file(rich));

    MsgMessage with_html = plain;
    with_html.html_body = html;
    with_html.attachments.push_back({"reactie.txt", letter, "text/plain"});
    with_html.attachments.push_back({"logo.png", "\x89PNG\r\n\x1a\n", "image/png", "logo@01", true});
    MsgMessage forwarded = plain;
    forwarded.subject = "Doorgestuurd";
    forwarded.rtf_body = rtf;
    forwarded.rtf_form = MsgRtf::uncompressed;
    with_html.attached_messages.push_back(forwarded);
    seed("msg", "html-attachments.msg", msg_file(with_html));
}

void tnef_seeds() {
    TnefMessage message;
    message.subject = "Reactie op het kader";
    message.date = "2024-12-12";
    message.plain_body = letter;
    message.sender_name = "Petra de Vries";
    message.sender_email = "petra@example.nl";
    message.attachments.push_back({"reactie.txt", letter});
    seed("tnef", "plain.dat", tnef_file(message));
    message.plain_body.clear();
    message.rtf_body = rtf;
    message.attachments.push_back({"brief.docx", docx_with_table()});
    seed("tnef", "rtf.dat", tnef_file(message));
}

void mail_seeds() {
    Mail mail;
    mail.from_name = "Petra de Vries";
    mail.from_address = "petra@example.nl";
    mail.organisation = "Ondernemersvereniging Noord";
    mail.subject = "Reactie op het kader";
    mail.body = letter;
    mail.attachments.push_back({"reactie bijlage é.txt", "text/plain", letter});
    mail.attachments.push_back({"brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                docx_with_table()});
    seed("email", "attachments.eml", build_mail(mail));
    TnefMessage winmail;
    winmail.subject = "Reactie";
    winmail.plain_body = letter;
    Mail outer;
    outer.from_name = "Petra";
    outer.from_address = "petra@example.nl";
    outer.subject = "Met winmail";
    outer.body = "Zie bijlage.";
    outer.attachments.push_back({"winmail.dat", "application/ms-tnef", tnef_file(winmail)});
    const std::string tnef_mail = build_mail(outer);
    seed("email", "winmail.eml", tnef_mail);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_seeds CORPUS_FOLDER\n";
        return 2;
    }
    root = argv[1];
    try {
        msg_seeds();
        tnef_seeds();
        mail_seeds();
        seed("docx", "table-styles.docx", docx_with_table());
        seed("docx", "plain.docx", make_docx(paragraph("Geachte heer,") + paragraph("Een punt over hoofdstuk 3.")));
        seed("odt", "letter.odt", odt_letter());
        seed("archive", "letters.zip",
             make_zip({{"brief.txt", letter}, {"map/brief.docx", docx_with_table()}, {"__MACOSX/._brief.txt", "x"},
                       {"leeg.txt", "", true}}));
        seed("archive", "nested.zip", make_zip({{"binnen.zip", make_zip({{"brief.md", "# Reactie\n\n" + letter}})}}));
        seed("xlsx", "review-nl.xlsx", review_sheet(false, false));
        seed("review", "review-nl.xlsx", review_sheet(false, false));
        seed("review", "review-nl-edited.xlsx", review_sheet(false, true));
        seed("review", "review-en-edited.xlsx", review_sheet(true, true));
    } catch (const std::exception& e) {
        std::cerr << "make_seeds: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
